/* meta_script.c — the script a report is written in (doc_script):
 * traditional when its characters change more under traditional →
 * simplified than the other way (see meta_impl.h). Cheap on its 16 KiB
 * sample: ASCII bytes are stepped over, any other character of the BMP
 * costs two bit tests (unitab_han_changes), and the count stops
 * once the rest of the sample could no longer tip it. */
#include "meta_impl.h"

#include "unitab.h"
#include "utf8.h"

enum {
    SCRIPT_BYTES = 1 << 14, /* the script shows in this much text */
    HAN_MIN_BYTES = 3,      /* every Han character takes 3 or 4 bytes */
    RUN_BYTES = 512         /* read between two looks at the counts */
};

/* Counts into *trad and *simp the Han characters of s[i..n) that start
 * before stop and that the maps change; returns where it stopped (a
 * character may end past stop, none past n). */
static size_t count_run(const cpset *t2s, const cpset *s2t, const char *s,
                        size_t i, size_t stop, size_t n, size_t *trad, size_t *simp)
{
    while (i < stop) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0x10000) { /* the sets hold only Han: no test for it */
            *trad += cpset_has(t2s, cp);
            *simp += cpset_has(s2t, cp);
        } else {
            *trad += unitab_han_changes(0, cp);
            *simp += unitab_han_changes(1, cp);
        }
    }
    return i;
}

doc_script meta_script_find(const char *s, size_t n)
{
    const cpset *t2s = unitab_han_changed(0), *s2t = unitab_han_changed(1);
    size_t trad = 0;
    size_t simp = 0;
    if (n > SCRIPT_BYTES)
        n = SCRIPT_BYTES;
    for (size_t i = 0; i < n;) {
        i = count_run(t2s, s2t, s, i, i + RUN_BYTES < n ? i + RUN_BYTES : n, n, &trad,
                      &simp);
        /* The rest holds at most this many Han characters, each adding
         * at most one to either count: decided once it cannot tip. */
        size_t rest = i < n ? (n - i) / HAN_MIN_BYTES : 0;
        if (trad + rest <= simp || trad > simp + rest)
            break;
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}
