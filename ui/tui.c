/* tui.c — entry from the command line into the UI (see tui.h). */
#include "tui.h"

#include "app.h"

int tui_run(corpus *c, const tui_opts *o)
{
    term_opts t = {o->color, o->mouse, o->ambiwide};
    return app_run(c, &t);
}
