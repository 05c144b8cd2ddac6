/* intern.c — lasting copies of short strings (see intern.h): a small
 * table searched in order under a lock; the copies live in static
 * storage, so nothing is ever freed (or leaked). */
#include "intern.h"

#include <pthread.h>
#include <string.h>

static char names[INTERN_MAX][INTERN_MAX_LEN + 1];
static unsigned count;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

const char *intern(const char *s)
{
    size_t n = strlen(s);
    if (n > INTERN_MAX_LEN)
        return "?";
    const char *got = "?";
    pthread_mutex_lock(&lock);
    unsigned i = 0;
    while (i < count && strcmp(names[i], s) != 0)
        i++;
    if (i == count && count < INTERN_MAX)
        memcpy(names[count++], s, n + 1);
    if (i < count)
        got = names[i];
    pthread_mutex_unlock(&lock);
    return got;
}
