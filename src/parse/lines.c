/* lines.c — line-end normalisation into a text (see lines.h). */
#include "lines.h"

#include <string.h>

text lines_split(const char *s, size_t n, uint32_t first_line, arena *a,
                 doc_stats *st, const cancel_flag *cancel)
{
    if (!memchr(s, '\r', n)) { /* LF only: the usual file, copied at once */
        text t = text_lines_of(s, cancel_raised(cancel) ? 0 : n, first_line, a);
        st->lines_in = t.nlines;
        return t;
    }
    text_builder tb;
    tb_init(&tb);
    uint32_t line = first_line;
    size_t start = 0, i = 0;
    size_t look = 0;
    while (i < n && !cancel_every(cancel, i, &look)) {
        char c = s[i];
        if (c != '\n' && c != '\r') {
            i++;
            continue;
        }
        tb_line(&tb, s + start, i - start, line++);
        if (c == '\r') {
            size_t j = i + 1;
            if (j < n && s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') {
                st->crlf++; /* CR CR LF: one end, from a double conversion */
                i = j + 2;
            } else if (j < n && s[j] == '\n') {
                st->crlf++;
                i = j + 1;
            } else {
                st->lone_cr++;
                i = j;
            }
        } else {
            i++;
        }
        start = i;
    }
    if (start < n && !cancel_raised(cancel))
        tb_line(&tb, s + start, n - start, line++);
    st->lines_in = line - first_line;
    return tb_finish(&tb, a);
}
