/* view.c — the few helpers every view shares (see view.h). */
#include "view.h"

#include <stdarg.h>
#include <stdio.h>

int view_say(view_event *ev, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ev->message, sizeof ev->message, fmt, ap);
    va_end(ap);
    if (ev->what == EV_IGNORED)
        ev->what = EV_HANDLED;
    return ev->what;
}

const doc *view_doc(const view_ctx *c, int i)
{
    return i >= 0 && (size_t)i < c->docs->n ? c->docs->docs[i] : NULL;
}
