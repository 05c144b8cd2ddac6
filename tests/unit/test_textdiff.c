/* test_textdiff.c — the text diff of two texts in words. Named cases
 * (a word changed, a number changed, an insertion, a deletion, equal
 * texts, spaces the fold drops, a rewritten passage one hunk, changed
 * numbers apart); then 240 random edit scripts (seeded;
 * the seed of a failing case printed) on paragraphs of samples 000, 001
 * (traditional) and 003 — characters inserted, deleted, replaced, words
 * replaced, digits of numbers changed — each checked: applying the diff
 * to A's folded text gives B's, the original offsets rebuild B too, every
 * hunk's two sides differ when folded, hunks are in order with equal text
 * between and start and end on word boundaries of both sides, a changed
 * number is a number hunk. Then a traditional against a simplified copy
 * of the same text (no hunk) and the budget: two large unrelated texts
 * return in bounded work with the fallback flagged, and smaller budgets
 * give the line level and the whole-text hunk, still exact.
 * Args: the sample files (000… 001… 003… are used). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "edits.h"
#include "fold.h"
#include "sbuf.h"
#include "slurp.h"
#include "textdiff.h"
#include "unitab.h"
#include "utf8.h"
#include "wordbreak.h"

#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SANITIZED 1
#endif
#endif
#ifndef SANITIZED
#define SANITIZED 0
#endif

/* ---- helpers ---- */

/* The diff of a and b; the words of the whole texts in aw, bw (for the
 * checks: the diff asks for those of lines). */
static void diff_words(const char *a, size_t an, const char *b, size_t bn,
                       size_t budget, textdiff *d, word_bounds *aw,
                       word_bounds *bw)
{
    wordbreak_find(a, an, aw);
    wordbreak_find(b, bn, bw);
    textdiff_run(a, an, b, bn, wordbreak_find, budget, d);
}

static int is_bound(const word_bounds *w, uint32_t at)
{
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (w->at[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < w->n && w->at[lo] == at;
}

static char *fold_of(const char *s, size_t n, size_t *len)
{
    folded f;
    fold_text(s, n, &f);
    free(f.seg);
    *len = f.len;
    return f.s;
}

/* Every property of d on a and b (see the top); returns 1 when all
 * hold. */
static int check_diff(const char *a, size_t an, const word_bounds *aw,
                      const char *b, size_t bn, const word_bounds *bw,
                      const textdiff *d)
{
    int ok = 1;
    size_t fal, fbl, got_len;
    char *fa = fold_of(a, an, &fal), *fb = fold_of(b, bn, &fbl);
    char *got = textdiff_apply(d, fa, fal, fb, &got_len);
    ok &= CHECK(got_len == fbl && !memcmp(got, fb, fbl));
    ok &= CHECK((d->nhunks == 0) == (fal == fbl && !memcmp(fa, fb, fal)));
    sbuf rebuilt = {0};
    uint32_t pos = 0;
    size_t unaligned = 0, same = 0, disorder = 0;
    for (size_t k = 0; k < d->nhunks; k++) {
        const textdiff_hunk *h = &d->hunks[k];
        if (k) {
            const textdiff_hunk *p = &d->hunks[k - 1];
            disorder += !(p->fa_end < h->fa_start && p->fb_end < h->fb_start &&
                          p->a_end <= h->a_start && p->b_end <= h->b_start);
        }
        disorder += h->a_start > h->a_end || h->b_start > h->b_end ||
                    h->a_end > an || h->b_end > bn || h->a_start < pos;
        if (h->a_start < h->a_end)
            unaligned += !is_bound(aw, h->a_start) + !is_bound(aw, h->a_end);
        if (h->b_start < h->b_end)
            unaligned += !is_bound(bw, h->b_start) + !is_bound(bw, h->b_end);
        size_t la = h->fa_end - h->fa_start, lb = h->fb_end - h->fb_start;
        same += la == lb && !memcmp(fa + h->fa_start, fb + h->fb_start, la);
        if (h->a_start >= pos && h->a_start <= an) {
            sbuf_add(&rebuilt, a + pos, h->a_start - pos);
            sbuf_add(&rebuilt, b + h->b_start, h->b_end - h->b_start);
            pos = h->a_end;
        }
    }
    ok &= CHECK_INT(disorder, 0);
    ok &= CHECK_INT(unaligned, 0);
    ok &= CHECK_INT(same, 0);
    if (pos <= an)
        sbuf_add(&rebuilt, a + pos, an - pos);
    size_t rl;
    char *rf = fold_of(rebuilt.p ? rebuilt.p : "", rebuilt.len, &rl);
    ok &= CHECK(rl == fbl && !memcmp(rf, fb, fbl));
    free(rf);
    sbuf_free(&rebuilt);
    free(got);
    free(fa);
    free(fb);
    return ok;
}

/* The hunk holding B's byte at (or NULL). */
static const textdiff_hunk *hunk_at_b(const textdiff *d, uint32_t at)
{
    for (size_t k = 0; k < d->nhunks; k++)
        if (d->hunks[k].b_start <= at && at < d->hunks[k].b_end)
            return &d->hunks[k];
    return NULL;
}

/* ---- named cases ---- */

/* The diff of a and b rendered "A-text>B-text" per hunk, '#' before a
 * number hunk, hunks joined by ' '. */
static void render(const char *a, const char *b, char *out, size_t cap)
{
    textdiff d;
    word_bounds aw, bw;
    diff_words(a, strlen(a), b, strlen(b), 0, &d, &aw, &bw);
    check_diff(a, strlen(a), &aw, b, strlen(b), &bw, &d);
    size_t n = 0;
    out[0] = '\0';
    for (size_t k = 0; k < d.nhunks && n < cap; k++) {
        const textdiff_hunk *h = &d.hunks[k];
        n += (size_t)snprintf(out + n, cap - n, "%s%s%.*s>%.*s", k ? " " : "",
                              h->kind == TEXTDIFF_NUMBER ? "#" : "",
                              (int)(h->a_end - h->a_start), a + h->a_start,
                              (int)(h->b_end - h->b_start), b + h->b_start);
    }
    CHECK_INT(d.level, TEXTDIFF_CHARS);
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
}

static void check_render(const char *a, const char *b, const char *want)
{
    char buf[1024];
    render(a, b, buf, sizeof buf);
    CHECK_STR(buf, want);
}

static void test_cases(void)
{
    check_render("推动高质量发展", "推动高质量发展", "");
    check_render("推动高质量发展", "推动高品质发展", "质量>品质");
    check_render("推动经济发展", "推进经济发展", "推动>推进");
    check_render("地区生产总值1277.93亿元，增长4.8%。",
                 "地区生产总值1350.2亿元，增长5.2%。",
                 "#1277.93亿元>1350.2亿元 #4.8%>5.2%");
    check_render("增长5%以上", "增长5%左右", "以上>左右");
    check_render("全年接待游客6700万人次", "全年接待游客6700万人次以上",
                 ">以上");
    check_render("坚持稳中求进，全面深化改革", "坚持稳中求进，深化改革",
                 "全面>");
    check_render("", "新增一段", ">新增一段");
    check_render("删去一段", "", "删去一段>");
    check_render("到 2035 年基本实现", "到2035年基本实现", "");
    check_render("國民經濟", "国民经济", "");
    check_render("GDP growth", "GDP  growth", "");
    check_render("到 2035 年", "到 2036 年", "#2035>2036");
    check_render("二〇二四年", "二〇二五年", "#二〇二四>二〇二五");
    /* a rewritten passage is one hunk, not confetti at its shared 。， */
    check_render("经济运行回升向好。面对外部环境多变，我区全面落实政策",
                 "科技创新活力迸发。科技创新投入持续提升，全年度投入增加",
                 "经济运行回升向好。面对外部环境多变，我区全面落实政策>"
                 "科技创新活力迸发。科技创新投入持续提升，全年度投入增加");
    /* but changes of numbers only stay apart */
    check_render("增长10.5%、3.7%和2%", "增长11.5%、3.9%和2%",
                 "#10.5%>11.5% #3.7%>3.9%");
    check_render("完成540.3亿元，增长10.5%，位列全市第一",
                 "完成560亿元，增长3.7%，位列全市第二",
                 "#540.3亿元>560亿元 #10.5%>3.7% 第一>第二");
}

/* ---- random edit scripts ---- */

/* A sample cut into lines, and the Han characters it has. */
typedef struct sample {
    char *text;
    size_t len;
    size_t *line, nlines;   /* starts of the non-empty lines */
    size_t *line_end;
    edit_pool pool;
} sample;

static int sample_load(sample *s, const char *path)
{
    memset(s, 0, sizeof *s);
    s->text = slurp(path, &s->len);
    if (!s->text)
        return 0;
    size_t cap = 0;
    for (size_t i = 0; i < s->len;) {
        size_t e = i;
        while (e < s->len && s->text[e] != '\n')
            e++;
        if (e - i > 30) {
            size_t cap2 = cap;
            s->line = xgrow(s->line, &cap, s->nlines, sizeof *s->line);
            s->line_end = xgrow(s->line_end, &cap2, s->nlines,
                                sizeof *s->line_end);
            s->line[s->nlines] = i;
            s->line_end[s->nlines++] = e;
        }
        i = e + 1;
    }
    edit_pool_init(&s->pool, s->text, s->len);
    return s->nlines > 0 && s->pool.n > 0;
}

static void sample_free(sample *s)
{
    free(s->text);
    free(s->line);
    free(s->line_end);
    edit_pool_free(&s->pool);
}

/* Cases whose last edit changed a digit, checked for a number hunk. */
static int number_cases;

/* One case: a paragraph run of s, a script of 1–6 edits (the last a
 * digit changed for a third of the seeds); checks. */
static void random_case(const sample *s, uint32_t seed)
{
    rnd_seed(seed);
    size_t first = rnd() % s->nlines, last = first + rnd() % 4;
    if (last >= s->nlines)
        last = s->nlines - 1;
    const char *a = s->text + s->line[first];
    size_t an = s->line_end[last] - s->line[first];
    sbuf b = {0};
    sbuf_add(&b, a, an);
    int edits = 1 + (int)(rnd() % 6), number = 0, numbers = 0;
    size_t digit_at = 0;
    for (int e = 0; e < edits; e++) {
        number = e == edits - 1 && seed % 3 == 0 ? edit_digit(&b, &digit_at)
                                                : edit_once(&s->pool, &b,
                                                            &digit_at);
        numbers += number; /* two may change one digit back */
    }
    textdiff d;
    word_bounds aw, bw;
    diff_words(a, an, b.p, b.len, 0, &d, &aw, &bw);
    int ok = check_diff(a, an, &aw, b.p, b.len, &bw, &d);
    ok &= CHECK_INT(d.level, TEXTDIFF_CHARS);
    if (number && numbers == 1) { /* the last edit changed a digit */
        number_cases++;
        const textdiff_hunk *h = hunk_at_b(&d, (uint32_t)digit_at);
        ok &= CHECK(h != NULL);
        ok &= CHECK(h && h->kind == TEXTDIFF_NUMBER);
    }
    if (!ok) {
        printf("  case seed %u: %zu bytes, %d edits\n", seed, an, edits);
        if (getenv("TEXTDIFF_SHOW"))
            printf("  A: %.*s\n  B: %.*s\n", (int)an, a, (int)b.len, b.p);
    }
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
    sbuf_free(&b);
}

/* ---- scripts and budgets ---- */

/* s with every Han character mapped by map (unitab_s2t or unitab_t2s)
 * where the fold maps it back (沉 → 沈 is no traditional form the fold
 * undoes: 沈 is a simplified character too). */
static char *convert(const char *s, size_t n, uint32_t (*map)(uint32_t),
                     size_t *len)
{
    sbuf out = {0};
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        uint32_t to = map(cp);
        sbuf_addcp(&out, fold_base(to) == fold_base(cp) ? to : cp);
    }
    *len = out.len;
    return out.p;
}

static void test_scripts(const sample *simp, const sample *trad)
{
    size_t n;
    char *t = convert(simp->text, simp->len, unitab_s2t, &n);
    CHECK(n != simp->len || memcmp(t, simp->text, n)); /* it did change */
    textdiff d;
    word_bounds aw, bw;
    diff_words(simp->text, simp->len, t, n, 0, &d, &aw, &bw);
    CHECK_INT(d.nhunks, 0);
    CHECK_INT(d.level, TEXTDIFF_CHARS);
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
    free(t);
    char *s = convert(trad->text, trad->len, unitab_t2s, &n);
    diff_words(trad->text, trad->len, s, n, 0, &d, &aw, &bw);
    CHECK_INT(d.nhunks, 0);
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
    free(s);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Texts of about want bytes: the samples of list repeated. */
static void repeat_to(const sample *const *list, size_t nlist, size_t want,
                      sbuf *out)
{
    while (out->len < want)
        for (size_t i = 0; i < nlist; i++)
            sbuf_add(out, list[i]->text, list[i]->len);
}

static void test_budget(const sample *s000, const sample *s001,
                        const sample *s003)
{
    /* two large unrelated texts: the default budget, a fallback */
    size_t size = SANITIZED ? (256u << 10) : (2u << 20);
    sbuf a = {0}, b = {0};
    const sample *la[] = {s003}, *lb[] = {s000, s001};
    repeat_to(la, 1, size, &a);
    repeat_to(lb, 2, size, &b);
    textdiff d;
    word_bounds aw, bw;
    wordbreak_find(a.p, a.len, &aw);
    wordbreak_find(b.p, b.len, &bw);
    double t0 = now();
    textdiff_run(a.p, a.len, b.p, b.len, wordbreak_find, 0, &d);
    double t = now() - t0;
    CHECK(d.level != TEXTDIFF_CHARS);
    CHECK(d.work <= textdiff_budget(a.len, b.len));
    if (!SANITIZED)
        CHECK(t < 5.0); /* about 0.3 s alone; a busy machine has room */
    printf("  unrelated %zu/%zu bytes: level %d, %zu coarse, %zu hunks, "
           "work %zu, %.3f s\n", a.len, b.len, (int)d.level, d.coarse,
           d.nhunks, d.work, t);
    check_diff(a.p, a.len, &aw, b.p, b.len, &bw, &d);
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
    sbuf_free(&a);
    sbuf_free(&b);

    /* 003 against an edited copy: the characters on the default budget;
     * on less, the lines (then the characters of changed lines); on
     * almost none, one hunk of all */
    sbuf e = {0};
    sbuf_add(&e, s003->text, s003->len);
    rnd_seed(977);
    for (int k = 0; k < 40; k++) {
        size_t unused;
        edit_once(&s003->pool, &e, &unused);
    }
    diff_words(s003->text, s003->len, e.p, e.len, 0, &d, &aw, &bw);
    CHECK_INT(d.level, TEXTDIFF_CHARS);
    check_diff(s003->text, s003->len, &aw, e.p, e.len, &bw, &d);
    size_t work = d.work;
    textdiff_free(&d);
    textdiff_run(s003->text, s003->len, e.p, e.len, wordbreak_find, work,
                 &d);
    CHECK_INT(d.level, TEXTDIFF_LINES);
    CHECK(d.work <= work);
    check_diff(s003->text, s003->len, &aw, e.p, e.len, &bw, &d);
    textdiff_free(&d);
    textdiff_run(s003->text, s003->len, e.p, e.len, wordbreak_find, 8, &d);
    CHECK_INT(d.level, TEXTDIFF_WHOLE);
    CHECK_INT(d.nhunks, 1);
    check_diff(s003->text, s003->len, &aw, e.p, e.len, &bw, &d);
    textdiff_free(&d);
    word_bounds_free(&aw);
    word_bounds_free(&bw);
    sbuf_free(&e);
}

static const char *find_arg(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; i++)
        if (strstr(argv[i], name))
            return argv[i];
    return NULL;
}

int main(int argc, char **argv)
{
    test_cases();
    const char *names[] = {"000_", "001_", "003_"};
    sample s[3];
    for (int k = 0; k < 3; k++) {
        const char *path = find_arg(argc, argv, names[k]);
        if (!CHECK(path && sample_load(&s[k], path))) {
            printf("  sample %s missing\n", names[k]);
            return check_done();
        }
    }
    const char *env = getenv("TEXTDIFF_SEED");
    uint32_t seed = env ? (uint32_t)strtoul(env, NULL, 10) : 20240311;
    printf("seed %u (TEXTDIFF_SEED to change)\n", seed);
    for (uint32_t c = 0; c < 240; c++)
        random_case(&s[c % 3], seed + c * 7919);
    printf("  %d cases end in a number edit\n", number_cases);
    CHECK(number_cases >= 20);
    test_scripts(&s[0], &s[1]);
    test_budget(&s[0], &s[1], &s[2]);
    for (int k = 0; k < 3; k++)
        sample_free(&s[k]);
    return check_done();
}
