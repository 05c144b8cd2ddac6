/* meta_script.c — the script a report is written in (doc_script):
 * traditional when its characters change more under traditional →
 * simplified than the other way (see meta_impl.h). */
#include "meta_impl.h"

#include "han.h"
#include "unitab.h"
#include "utf8.h"

enum { SCRIPT_BYTES = 1 << 14 }; /* the script shows in this much text */

doc_script meta_script_find(const char *s, size_t n)
{
    size_t trad = 0;
    size_t simp = 0;
    if (n > SCRIPT_BYTES)
        n = SCRIPT_BYTES;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (!han_is(cp)) /* only Han characters have the other form */
            continue;
        trad += unitab_t2s(cp) != cp;
        simp += unitab_s2t(cp) != cp;
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}
