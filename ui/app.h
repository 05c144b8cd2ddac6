/* app.h — the terminal UI's one event loop (app.c): the views of
 * VIEW_LIST placed by a layout (layout.h), keys turned into actions
 * (keys.h) and offered to the views, what they return (view.h) carried
 * out. The app's state is its own: views see a view_ctx. */
#ifndef BAOGAO_APP_H
#define BAOGAO_APP_H

#include "term.h"
#include "tui.h"

/* Runs the UI over the documents of src until the user quits or the
 * terminal goes away. Returns the exit status: 0, 1 when the terminal
 * could not be started (message on stderr), 128+N after signal N. */
int app_run(const tui_source *src, const term_opts *o);

#endif
