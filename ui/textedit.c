/* textedit.c — a line typed on the status line (see textedit.h). */
#include "textedit.h"

#include <string.h>

#include "keys.h"
#include "utf8.h"

int textedit_add(char *buf, size_t cap, uint32_t cp)
{
    size_t len = strlen(buf);
    if (len + 4 >= cap)
        return 0;
    size_t k = utf8_encode(cp, buf + len);
    buf[len + k] = '\0';
    return 1;
}

int textedit_key(char *buf, size_t cap, wint_t ch, int fk)
{
    size_t len = strlen(buf);
    if (keys_spec_has("Backspace", (int)ch, fk)) {
        if (len)
            buf[len - utf8_prev_len(buf, len)] = '\0';
    } else if (!fk && keys_spec_has("Ctrl-U", (int)ch, fk)) {
        buf[0] = '\0';
    } else if (!fk && ch >= 0x20 && ch != 0x7F) {
        if (!textedit_add(buf, cap, (uint32_t)ch))
            return TEXTEDIT_FULL;
    } else {
        return TEXTEDIT_NONE;
    }
    return TEXTEDIT_CHANGED;
}
