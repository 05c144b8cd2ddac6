/* meta_script.c — the script a report is written in (doc_script):
 * traditional when its characters change more under traditional →
 * simplified than the other way (see meta_impl.h). Cheap on a 16 KiB
 * sample: ASCII bytes are stepped over, each character of the common
 * block is looked up in the two maps once a call (a memo on the stack),
 * and the count stops once the rest of the sample could no longer change
 * the answer. */
#include "meta_impl.h"

#include "han.h"
#include "unitab.h"
#include "utf8.h"

enum {
    SCRIPT_BYTES = 1 << 14, /* the script shows in this much text */
    HAN_MIN_BYTES = 3,      /* every Han character takes 3 or 4 bytes */
    RUN_BYTES = 512,        /* read between two looks at the counts */
    MEMO_FIRST = 0x4E00,    /* the memo's block: CJK Unified Ideographs */
    MEMO_LAST = 0x9FFF
};

/* What the maps say of a Han character; SEEN marks a memo entry made. */
enum { CHANGES_T2S = 1, CHANGES_S2T = 2, SEEN = 4 };

static unsigned changes(uint32_t cp)
{
    return (unitab_t2s(cp) != cp ? CHANGES_T2S : 0) |
           (unitab_s2t(cp) != cp ? CHANGES_S2T : 0);
}

/* changes(cp), through memo for the characters of its block. */
static unsigned changes_memo(unsigned char *memo, uint32_t cp)
{
    if (cp < MEMO_FIRST || cp > MEMO_LAST)
        return changes(cp);
    unsigned char *m = &memo[cp - MEMO_FIRST];
    if (!*m)
        *m = (unsigned char)(SEEN | changes(cp));
    return *m;
}

/* Counts into *trad and *simp the Han characters of s[i..n) that start
 * before stop; returns where it stopped (a character may end past stop,
 * none past n). */
static size_t count_run(const char *s, size_t i, size_t stop, size_t n,
                        unsigned char *memo, size_t *trad, size_t *simp)
{
    while (i < stop) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (!han_is(cp)) /* only Han characters have the other form */
            continue;
        unsigned c = changes_memo(memo, cp);
        *trad += (c & CHANGES_T2S) != 0;
        *simp += (c & CHANGES_S2T) != 0;
    }
    return i;
}

doc_script meta_script_find(const char *s, size_t n)
{
    unsigned char memo[MEMO_LAST - MEMO_FIRST + 1];
    memset(memo, 0, sizeof memo);
    size_t trad = 0;
    size_t simp = 0;
    if (n > SCRIPT_BYTES)
        n = SCRIPT_BYTES;
    for (size_t i = 0; i < n;) {
        i = count_run(s, i, i + RUN_BYTES < n ? i + RUN_BYTES : n, n, memo, &trad,
                      &simp);
        /* The rest holds at most this many Han characters, each adding
         * at most one to either count: decided once it cannot tip. */
        size_t rest = i < n ? (n - i) / HAN_MIN_BYTES : 0;
        if (trad + rest <= simp || trad > simp + rest)
            break;
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}
