/* xml_init.c — libxml2's one initialisation (see xml_init.h). */
#include "xml_init.h"

#include <pthread.h>

#include <libxml/parser.h>

void xml_init_once(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, xmlInitParser);
}
