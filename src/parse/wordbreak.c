/* wordbreak.c — ICU's word boundaries with numbers made one word (see
 * wordbreak.h). */
#include "wordbreak.h"

#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "arena.h"
#include "cn_numeral.h"
#include "cpset.h"
#include "extract_impl.h"
#include "utf8.h"

/* A growable list of offsets. */
typedef struct offs {
    uint32_t *v;
    size_t n, cap;
} offs;

static void offs_push(offs *o, size_t at)
{
    o->v = xgrow(o->v, &o->cap, o->n, sizeof *o->v);
    o->v[o->n++] = (uint32_t)at;
}

/* ICU's word boundaries of s[0..n), or every character's when ICU has
 * no break data. */
static void icu_bounds(const char *s, size_t n, offs *o)
{
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &st);
    UText *ut = utext_openUTF8(NULL, s, (int64_t)n, &st);
    if (U_SUCCESS(st))
        ubrk_setUText(bi, ut, &st);
    if (U_SUCCESS(st)) {
        for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi))
            offs_push(o, (size_t)p);
    } else {
        o->n = 0;
        for (size_t i = 0; i < n;) {
            uint32_t cp;
            offs_push(o, i);
            i += utf8_decode(s + i, n - i, &cp);
        }
        offs_push(o, n);
    }
    utext_close(ut);
    ubrk_close(bi);
}

/* The characters a number can start with (百 for 百分之), built once. */
static cpset numeral_set;
static pthread_once_t numeral_once = PTHREAD_ONCE_INIT;

static void numeral_build(void)
{
    cpset_add_chars(&numeral_set, EX_NUMERAL_CHARS);
}

/* True when at is one of ICU's boundaries o->v[*k..] (k advances: ask in
 * increasing order). */
static int at_bound(const offs *o, size_t *k, size_t at)
{
    while (*k < o->n && o->v[*k] < at)
        (*k)++;
    return *k < o->n && o->v[*k] == at;
}

/* True when the numeral r bytes at s is a number word without a unit:
 * digits, or two Chinese numerals or more with units (十四), or three
 * digit by digit (二〇二四; 一一 of 统一一批 is none). */
static int bare_number(const char *s, size_t r, const cn_number *c)
{
    if (!r)
        return 0;
    if (c->form & (CN_FORM_ASCII | CN_FORM_WIDE))
        return 1;
    size_t chars = utf8_count(s, r);
    return chars >= ((c->form & CN_FORM_RUN) ? 3 : 2);
}

/* The number words of s[0..n) as pairs start, end in o (sorted,
 * disjoint); a number starts where ICU puts a boundary (icu), so that 一
 * of 统一 or 2 of PM2.5 is none. */
static void number_spans(const char *s, size_t n, const offs *icu, offs *o)
{
    pthread_once(&numeral_once, numeral_build);
    size_t b = 0;
    for (size_t i = 0; i < n;) {
        i = cpset_skip(&numeral_set, s, i, n);
        if (i >= n)
            break;
        uint32_t cp;
        size_t len = utf8_decode(s + i, n - i, &cp);
        ex_num x;
        size_t k = cpset_has(&numeral_set, cp) ? ex_number_read(s, n, i, &x)
                                               : 0;
        if (!k) {
            i += len;
            continue;
        }
        if (!at_bound(icu, &b, i)) {
            i += k;
            continue;
        }
        cn_number c;
        size_t r = cn_numeral_read(s + i, n - i, &c);
        if (x.ok) {
            offs_push(o, x.start);
            offs_push(o, x.end);
            i = x.end;
        } else if (bare_number(s + i, r, &c)) {
            offs_push(o, i);
            offs_push(o, i + r);
            i += r;
        } else {
            i += k;
        }
    }
}

/* ICU's boundaries and the number words' ends merged, none inside a
 * number word; the number flags after. */
static void merge(const offs *icu, const offs *num, word_bounds *out)
{
    offs o = {0};
    size_t i = 0, j = 0, sp = 0; /* sp: the number word at or after */
    while (i < icu->n || j < num->n) {
        uint32_t p = j >= num->n || (i < icu->n && icu->v[i] < num->v[j])
                         ? icu->v[i]
                         : num->v[j];
        while (i < icu->n && icu->v[i] == p)
            i++;
        while (j < num->n && num->v[j] == p)
            j++;
        while (2 * sp < num->n && num->v[2 * sp + 1] <= p)
            sp++;
        if (2 * sp < num->n && num->v[2 * sp] < p)
            continue; /* inside a number word */
        if (!o.n || o.v[o.n - 1] != p)
            offs_push(&o, p);
    }
    out->at = o.v;
    out->n = o.n;
    out->number = xcalloc(o.n + 1, 1);
    sp = 0;
    for (size_t k = 0; k + 1 < o.n; k++) {
        while (2 * sp < num->n && num->v[2 * sp] < o.v[k])
            sp++;
        out->number[k] = 2 * sp < num->n && num->v[2 * sp] == o.v[k];
    }
}

void wordbreak_find(const char *s, size_t n, word_bounds *out)
{
    offs icu = {0}, num = {0};
    icu_bounds(s, n, &icu);
    if (!icu.n) /* ICU gives 0 first, and n last */
        offs_push(&icu, 0);
    if (icu.v[icu.n - 1] != n)
        offs_push(&icu, n);
    number_spans(s, n, &icu, &num);
    merge(&icu, &num, out);
    free(icu.v);
    free(num.v);
}
