/* config_load.c — finding, reading and applying the config file (see
 * config_load.h). */
#include "config_load.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "out.h"
#include "tui.h"

const char *config_path(char *buf, size_t len)
{
    const char *env = getenv("BAOGAO_CONFIG");
    if (env)
        return *env && strlen(env) < len ? memcpy(buf, env, strlen(env) + 1) : NULL;
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    int n = xdg && xdg[0] == '/' ? snprintf(buf, len, "%s/baogao/config", xdg)
          : home && *home       ? snprintf(buf, len, "%s/.config/baogao/config", home)
                                : -1;
    return n >= 0 && (size_t)n < len ? buf : NULL;
}

/* The file at path, read whole into *out (malloc'd, *len bytes): 0; 1
 * when it does not exist (silent); -1 with a message said. */
static int read_config(const char *path, char **out, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return 1;
        out_error("%s: cannot read the config file: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
        out_error("%s: the config file is a folder", path);
        close(fd);
        return -1;
    }
    char *buf = malloc(CONFIG_MAX_BYTES + 1);
    if (!buf)
        abort();
    size_t n = 0;
    ssize_t k = 0;
    while (n <= CONFIG_MAX_BYTES &&
           ((k = read(fd, buf + n, CONFIG_MAX_BYTES + 1 - n)) > 0 ||
            (k < 0 && errno == EINTR)))
        n += k > 0 ? (size_t)k : 0;
    int e = errno;
    close(fd);
    if (k < 0 || n > CONFIG_MAX_BYTES) {
        if (k < 0)
            out_error("%s: cannot read the config file: %s", path, strerror(e));
        else
            out_error("%s: the config file is over %d bytes; not read", path,
                      CONFIG_MAX_BYTES);
        free(buf);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

/* Says c's bad lines, the first CONFIG_MAX_BAD of them one by one. */
static void say_bad(const config *c, const char *path)
{
    size_t shown = c->nbad < CONFIG_MAX_BAD ? c->nbad : CONFIG_MAX_BAD;
    for (size_t i = 0; i < shown; i++)
        out_error("%s:%zu: %s", path, c->bad[i].line, c->bad[i].what);
    if (c->nbad > shown)
        out_error("%s: %zu more bad lines, ignored", path, c->nbad - shown);
}

void config_use(config *c, options *o)
{
    char path[4096];
    char *bytes = NULL;
    size_t len = 0;
    if (!config_path(path, sizeof path) || read_config(path, &bytes, &len) != 0)
        return;
    config_parse(c, bytes, len, getenv("HOME"));
    free(bytes);
    say_bad(c, path);
    if (o->ambiwide == -1 && c->ambiwide != CONFIG_UNSET)
        o->ambiwide = c->ambiwide;
    o->looks = c->looks;
    if (c->npaths) {
        o->defaults = c->paths;
        o->ndefaults = c->npaths;
    }
    for (size_t i = 0; i < c->nbinds; i++) {
        const config_bind *b = &c->binds[i];
        int e = tui_bind(b->key, b->action);
        if (e == -1)
            out_error("%s:%zu: bind: unknown action '%s'", path, b->line, b->action);
        else if (e)
            out_error("%s:%zu: bind: too many keys for %s; ignored", path, b->line,
                      b->action);
    }
}
