/* word_bounds.c — freeing the words of a text (see word_bounds.h). */
#include "word_bounds.h"

#include <stdlib.h>
#include <string.h>

void word_bounds_free(word_bounds *w)
{
    free(w->at);
    free(w->number);
    memset(w, 0, sizeof *w);
}
