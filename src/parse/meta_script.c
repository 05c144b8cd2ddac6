/* meta_script.c — the script a report is written in (doc_script):
 * traditional when its characters change more under traditional →
 * simplified than the other way (see meta_impl.h). Cheap on its 16 KiB
 * sample: ASCII bytes are stepped over, any other character of the BMP
 * costs two bit tests and no branch (the Han characters each map
 * changes, as two sets built once from the maps), and the count stops
 * once the rest of the sample could no longer tip it. */
#include "meta_impl.h"

#include <pthread.h>

#include "cpset.h"
#include "han.h"
#include "unitab.h"
#include "utf8.h"

enum {
    SCRIPT_BYTES = 1 << 14, /* the script shows in this much text */
    HAN_MIN_BYTES = 3,      /* every Han character takes 3 or 4 bytes */
    RUN_BYTES = 512         /* read between two looks at the counts */
};

/* The Han characters of the BMP that unitab_t2s changes, and those
 * unitab_s2t changes: 16 KB, made on the first call from the maps' pages
 * (once a process). */
static cpset t2s_changes, s2t_changes;
static pthread_once_t changes_once = PTHREAD_ONCE_INIT;

/* Adds cp to the set ctx when it is Han (only Han characters count). */
static void add_han(void *ctx, uint32_t cp)
{
    if (han_is(cp))
        cpset_add(ctx, cp);
}

static void changes_build(void)
{
    unitab_each_changed(0, HAN_MIN, 0x10000, add_han, &t2s_changes);
    unitab_each_changed(1, HAN_MIN, 0x10000, add_han, &s2t_changes);
}

/* Counts into *trad and *simp the Han characters of s[i..n) that start
 * before stop and that the maps change; returns where it stopped (a
 * character may end past stop, none past n). */
static size_t count_run(const char *s, size_t i, size_t stop, size_t n,
                        size_t *trad, size_t *simp)
{
    while (i < stop) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0x10000) { /* the sets hold only Han: no test for it */
            *trad += cpset_has(&t2s_changes, cp);
            *simp += cpset_has(&s2t_changes, cp);
        } else if (han_is(cp)) { /* only Han characters have the other form */
            *trad += unitab_t2s(cp) != cp;
            *simp += unitab_s2t(cp) != cp;
        }
    }
    return i;
}

doc_script meta_script_find(const char *s, size_t n)
{
    pthread_once(&changes_once, changes_build);
    size_t trad = 0;
    size_t simp = 0;
    if (n > SCRIPT_BYTES)
        n = SCRIPT_BYTES;
    for (size_t i = 0; i < n;) {
        i = count_run(s, i, i + RUN_BYTES < n ? i + RUN_BYTES : n, n, &trad, &simp);
        /* The rest holds at most this many Han characters, each adding
         * at most one to either count: decided once it cannot tip. */
        size_t rest = i < n ? (n - i) / HAN_MIN_BYTES : 0;
        if (trad + rest <= simp || trad > simp + rest)
            break;
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}
