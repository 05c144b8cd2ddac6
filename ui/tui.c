/* tui.c — entry from the command line into the UI (see tui.h). */
#include "tui.h"

#include "app.h"

int tui_run(const tui_source *src, const tui_opts *o)
{
    term_opts t = {o->color, o->mouse, o->ambiwide};
    return app_run(src, &t);
}
