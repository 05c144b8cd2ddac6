/* config_load.h — the config file as the command line uses it: found,
 * read within bounds, its bad lines said on stderr, its settings given to
 * the options and the key table (the parser is config.h's). */
#ifndef BAOGAO_CONFIG_LOAD_H
#define BAOGAO_CONFIG_LOAD_H

#include <stddef.h>

#include "config.h"
#include "verbs.h"

/* The config file's path in buf[0..len): $BAOGAO_CONFIG when set (empty:
 * none), else $XDG_CONFIG_HOME/baogao/config (when absolute), else
 * $HOME/.config/baogao/config. NULL when there is none or it does not
 * fit. */
const char *config_path(char *buf, size_t len);

/* Reads the config file into c (config_init'ed; c must outlive o) and
 * applies it to o, which parse_args filled: ambiwide when the command
 * line left it to measure, the colours by role (o->looks), the paths as
 * o->defaults, the key bindings (tui_bind). A missing file is silent; a
 * file that cannot be read, is too large or is a folder, one message;
 * each bad line, "baogao: PATH:LINE: what is wrong". Never fails. */
void config_use(config *c, options *o);

#endif
