/* cpset.c — building a code point bitmap (see cpset.h). */
#include "cpset.h"

#include <string.h>

#include "utf8.h"

void cpset_add_chars(cpset *s, const char *chars)
{
    size_t n = strlen(chars);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(chars + i, n - i, &cp);
        cpset_add(s, cp);
    }
}
