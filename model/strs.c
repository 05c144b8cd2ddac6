/* strs.c — the search for a literal in a span (see strs.h): the first
 * and the last byte of the literal compared at 16 places a step, the
 * rest only where both match. */
#include "strs.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

const char *strs_find(const char *s, size_t n, const char *lit, size_t k)
{
    if (k == 0)
        return s;
    if (k > n)
        return NULL;
    if (k == 1)
        return memchr(s, lit[0], n);
    size_t i = 0, last = n - k; /* the places a match can start: 0..last */
#ifdef __SSE2__
    /* A place matches in its first and last bytes: for a literal of
     * Chinese, a lead and a continuation byte, rarely both at once. */
    const __m128i first = _mm_set1_epi8(lit[0]), end = _mm_set1_epi8(lit[k - 1]);
    for (; i + 16 <= last + 1; i += 16) {
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + k - 1));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, end)));
        for (; m; m &= m - 1) {
            size_t at = i + (size_t)__builtin_ctz(m);
            if (memcmp(s + at + 1, lit + 1, k - 2) == 0)
                return s + at;
        }
    }
#endif
    for (; i <= last; i++)
        if (s[i] == lit[0] && s[i + k - 1] == lit[k - 1] &&
            memcmp(s + i + 1, lit + 1, k - 2) == 0)
            return s + i;
    return NULL;
}
