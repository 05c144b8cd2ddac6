/* spam.c — line spam scoring (see spam.h). */
#include "spam.h"

#include <pthread.h>
#include <string.h>

#include "linekey.h"
#include "utf8.h"

typedef struct term {
    const char *word; /* simplified, half-width, lower case */
    double weight;
} term;

/* Vocabulary of the porn, gambling and advertising pages that scrapers
 * pick up. Words a report might use in earnest (赌博, 色情 in 打击…) weigh
 * little; words that only spam uses weigh much. */
static const term vocab[] = {
    {"无码", 3}, {"人妻", 3}, {"熟妇", 3}, {"少妇", 2}, {"潮喷", 3},
    {"乱码", 1}, {"一区二区", 3}, {"二区三区", 2}, {"日韩", 2}, {"欧美", 1},
    {"国产", 1}, {"精品", 1}, {"字幕", 1}, {"韩剧", 1}, {"av", 1},
    {"成人", 1}, {"色情", 1}, {"丝袜", 2}, {"激情", 2}, {"福利", 1},
    {"在线观看", 2}, {"免费观", 2}, {"视频", 1}, {"麻豆", 3}, {"午夜", 2},
    {"网投", 4}, {"博彩", 3}, {"赌场", 3}, {"娱乐城", 3}, {"百家乐", 3},
    {"时时彩", 3}, {"彩票", 1}, {"澳门", 1}, {"葡京", 3}, {"威尼斯人", 3},
    {"真人", 1}, {"棋牌", 2}, {"投注", 2}, {"下注", 2}, {"彩金", 3},
    {"开户", 1}, {"注册送", 3}, {"赌博", 1}, {"在线", 1}, {"围观", 2},
    {"老虎机", 3}, {"体育投注", 3}, {"bbb", 2}, {"(进入)", 2},
};

static int count_char(const sbuf *key, char c)
{
    int n = 0;
    for (size_t i = 0; i < key->len; i++)
        n += key->p[i] == c;
    return n;
}

/* A comma list of short phrases with no sentence punctuation: the shape
 * of keyword-stuffing lines. */
static double comma_list_score(const sbuf *key, size_t nchars)
{
    int commas = count_char(key, ',');
    if (commas < 4 || strstr(key->p, "\xE3\x80\x82")) /* 。 */
        return 0;
    return nchars / (size_t)(commas + 1) < 25 ? 2 : 0;
}

/* Words of a web address: one or more add 2. */
static const char *const url_words[] = {"www.", "http://", "https://", ".com"};

enum {
    NVOCAB = sizeof vocab / sizeof vocab[0],
    NWORDS = NVOCAB + sizeof url_words / sizeof url_words[0]
};
_Static_assert((size_t)NWORDS <= (size_t)LINEKEY_WORDS_MAX, "spam words: too many");

/* The vocabulary's words, then the address words. */
static linekey_words words;
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static void words_build(void)
{
    static const char *list[NWORDS];
    for (size_t i = 0; i < NWORDS; i++)
        list[i] = i < NVOCAB ? vocab[i].word : url_words[i - NVOCAB];
    linekey_words_init(&words, list, NWORDS);
}

double spam_score(const sbuf *key, size_t nchars)
{
    if (!key->len)
        return 0;
    pthread_once(&words_once, words_build);
    unsigned char found[NWORDS] = {0};
    linekey_words_find(&words, key, found);
    double s = 0;
    for (size_t i = 0; i < NVOCAB; i++)
        if (found[i])
            s += vocab[i].weight;
    int url = 0;
    for (size_t i = NVOCAB; i < NWORDS; i++)
        url |= found[i];
    if (url)
        s += 2;
    if (s > 0)
        s += comma_list_score(key, nchars);
    return s;
}

int spam_is_spam(const sbuf *key, size_t nchars)
{
    double threshold = 4.0 + (double)nchars / 60.0;
    return spam_score(key, nchars) >= threshold;
}
