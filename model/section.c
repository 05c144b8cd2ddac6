/* section.c — queries on a document's section tree: the section at an
 * offset and its breadcrumb path (see section.h). */
#include "section.h"

int section_find(const section *sec, size_t nsec, size_t offset)
{
    /* The last section starting at or before offset whose range holds it;
     * sections are in document order, so a binary search finds the last
     * start ≤ offset and its ancestors are tried from there. */
    size_t lo = 0, hi = nsec;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sec[mid].start <= offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (!lo)
        return -1;
    int s = (int)lo - 1;
    while (s >= 0 && !(offset < sec[s].end))
        s = sec[s].parent;
    return s;
}

size_t section_trail(const section *sec, size_t nsec, size_t offset, int *out,
                     size_t max)
{
    int chain[64];
    size_t n = 0;
    for (int s = section_find(sec, nsec, offset); s >= 0 && n < 64;
         s = sec[s].parent)
        chain[n++] = s;
    size_t k = 0;
    while (n && k < max)
        out[k++] = chain[--n];
    return k;
}
