/* furniture.c — recognises page furniture lines by their folded key (see
 * furniture.h). Keys are simplified and half-width, so one word list
 * serves both scripts and both widths. */
#include "furniture.h"

#include <pthread.h>

#include "linekey.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int starts_any(const sbuf *key, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (linekey_starts(key, words[i]))
            return 1;
    return 0;
}

static int is_breadcrumb(const sbuf *key, size_t nchars)
{
    static const char *const lead[] = {"当前位置", "您现在的位置", "您的位置",
        "您当前所在的位置", "您当前的位置", "当前所在位置", "所在位置",
        "现在位置", "位置:首页"};
    /* The arrows only after the lead words: most lines have none, and
     * four searches of every line cost. */
    if (starts_any(key, lead, COUNT(lead)))
        return nchars < 40 || linekey_has(key, ">") || linekey_has(key, "›") ||
               linekey_has(key, "»") || linekey_has(key, "首页");
    /* 首页 > 政务公开 > … with no lead words */
    return linekey_starts(key, "首页>") && nchars < 80;
}

static const char *const pubinfo_fields[] = {"发布时间", "发布日期", "发布机构",
        "来源:", "信息来源", "浏览次数", "浏览量", "点击数", "点击量",
        "阅读次数", "访问量", "访问总数", "作者:", "责任编辑", "更新时间",
        "字号"};

static const char *const toolbar_words[] = {"【打印】", "【关闭】",
        "【关闭窗口】", "分享到", "【字体", "字体:大中小", "字体:【大中小】",
        "打印本页", "关闭窗口", "扫一扫在手机打开当前页",
        "扫一扫在手机上查看当前页面", "【收藏】", "【返回顶部】", "[打印]",
        "[关闭]", "【我要纠错】"};

static const char *const footer_any[] = {"icp备", "公网安备", "网站标识码",
        "icp证"};

/* The three word lists searched for anywhere in a key, one after the
 * other in one list, built once: one pass over a key finds them all. */
enum {
    PUBINFO_AT = 0,
    TOOLBAR_AT = PUBINFO_AT + COUNT(pubinfo_fields),
    FOOTER_AT = TOOLBAR_AT + COUNT(toolbar_words),
    NWORDS = FOOTER_AT + COUNT(footer_any)
};
_Static_assert((size_t)NWORDS <= (size_t)LINEKEY_WORDS_MAX, "furniture words: too many");
static linekey_words words_set;
static pthread_once_t sets_once = PTHREAD_ONCE_INIT;

static void sets_build(void)
{
    static const char *all[NWORDS];
    for (size_t i = 0; i < COUNT(pubinfo_fields); i++)
        all[PUBINFO_AT + i] = pubinfo_fields[i];
    for (size_t i = 0; i < COUNT(toolbar_words); i++)
        all[TOOLBAR_AT + i] = toolbar_words[i];
    for (size_t i = 0; i < COUNT(footer_any); i++)
        all[FOOTER_AT + i] = footer_any[i];
    linekey_words_init(&words_set, all, NWORDS);
}

/* A key and which of words_set it holds, found at the first question. */
typedef struct key_words {
    const sbuf *key;
    int found_yet;
    unsigned char found[NWORDS];
} key_words;

/* How many of the words from..to of words_set are in the key. */
static size_t count_has(key_words *kw, size_t from, size_t to)
{
    if (!kw->found_yet) {
        linekey_words_find(&words_set, kw->key, kw->found);
        kw->found_yet = 1;
    }
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += kw->found[i];
    return n;
}

static int is_pubinfo(key_words *kw, size_t nchars)
{
    if (nchars > 80)
        return 0;
    size_t hits = count_has(kw, PUBINFO_AT, TOOLBAR_AT);
    return hits >= 2 ||
           (hits == 1 && starts_any(kw->key, pubinfo_fields, COUNT(pubinfo_fields)));
}

static int is_toolbar(key_words *kw, size_t nchars)
{
    return nchars <= 40 && count_has(kw, TOOLBAR_AT, FOOTER_AT) > 0;
}

static int is_footer(key_words *kw, size_t nchars)
{
    static const char *const lead[] = {"主办:", "承办:", "主办单位", "承办单位",
        "版权所有", "copyright", "联系我们", "网站地图", "tags:", "标签云",
        "站点信息", "•文章统计", "•标签管理", "•微信公众号", "文章统计",
        "标签管理", "微信公众号:", "技术支持:", "相关文章", "相关链接"};
    if (nchars > 100)
        return 0;
    return starts_any(kw->key, lead, COUNT(lead)) ||
           count_has(kw, FOOTER_AT, NWORDS) > 0;
}

/* A line of one or two dashes or bullets left by a page layout. */
static int is_filler(const sbuf *key, size_t nchars)
{
    if (nchars > 2 || !key->len)
        return 0;
    for (size_t i = 0; i < key->len; i++) {
        char c = key->p[i];
        if (c != '-' && c != '*' && c != '_')
            return linekey_starts(key, "•") && nchars == 1;
    }
    return 1;
}

drop_reason furniture_classify(const sbuf *key, size_t nchars)
{
    pthread_once(&sets_once, sets_build);
    if (is_breadcrumb(key, nchars))
        return DROP_BREADCRUMB;
    key_words kw = {key, 0, {0}};
    if (is_pubinfo(&kw, nchars))
        return DROP_PUBINFO;
    if (is_toolbar(&kw, nchars))
        return DROP_TOOLBAR;
    if (is_footer(&kw, nchars))
        return DROP_FOOTER;
    if (is_filler(key, nchars))
        return DROP_REPEAT;
    return DROP_NREASONS;
}
