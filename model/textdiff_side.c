/* textdiff_side.c — a text folded into characters with their original
 * offsets, word boundaries and number words (see textdiff_side.h). */
#include "textdiff_side.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "utf8.h"

/* The code points of the fold and their offsets in it and in the
 * original. */
static void decode(td_side *s)
{
    const char *f = s->f.s;
    size_t len = s->f.len, n = 0;
    s->cp = xmalloc((len + 1) * sizeof *s->cp);
    s->off = xmalloc((len + 1) * sizeof *s->off);
    for (size_t i = 0; i < len; n++) {
        s->off[n] = (uint32_t)i;
        i += utf8_decode(f + i, len - i, &s->cp[n]);
    }
    s->off[n] = (uint32_t)len;
    s->n = n;
    s->orig = xmalloc((n + 1) * sizeof *s->orig);
    for (size_t i = 0; i < n; i++)
        s->orig[i] = (uint32_t)fold_orig(&s->f, s->off[i]);
}

/* The first character whose original starts at or after at. */
static size_t char_at(const td_side *s, size_t at)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->orig[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void td_side_init(td_side *s, const char *text, size_t len, int every_char)
{
    memset(s, 0, sizeof *s);
    s->text = text;
    s->len = len;
    fold_text(text, len, &s->f);
    decode(s);
    s->bound = xcalloc(s->n + 1, 1);
    s->num = xcalloc(s->n + 1, 1);
    s->chg = xcalloc(s->n + 1, 1);
    if (every_char)
        memset(s->bound, 1, s->n + 1);
    s->bound[0] = s->bound[s->n] = 1;
}

/* A boundary between the start of character i - 1 and that of i (in
 * dropped spaces, say) comes before i; character i is of the word that
 * holds its start. */
void td_side_words(td_side *s, size_t from, size_t to, word_bounds_fn fn)
{
    word_bounds w;
    fn(s->text + from, to - from, &w);
    size_t i = char_at(s, from), k = 0;
    s->bound[i] = 1;
    for (; i < s->n && s->orig[i] < to; i++) {
        size_t o = s->orig[i] - from;
        while (k + 1 < w.n && w.at[k + 1] <= o) {
            k++;
            if (i > 0 && s->orig[i - 1] >= from &&
                w.at[k] > s->orig[i - 1] - from)
                s->bound[i] = 1;
        }
        s->num[i] = k + 1 < w.n && w.number[k];
    }
    s->bound[i] = 1;
    word_bounds_free(&w);
}

size_t td_side_end(const td_side *s, size_t i)
{
    if (s->cp[i] == ' ' && i + 1 < s->n)
        return s->orig[i + 1]; /* a kept space: a non-space follows */
    uint32_t cp;
    return s->orig[i] + utf8_decode(s->text + s->orig[i],
                                    s->len - s->orig[i], &cp);
}

void td_side_free(td_side *s)
{
    fold_free(&s->f);
    free(s->cp);
    free(s->off);
    free(s->orig);
    free(s->bound);
    free(s->num);
    free(s->chg);
    memset(s, 0, sizeof *s);
}
