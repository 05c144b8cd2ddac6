/* furniture.h — page furniture of scraped report pages: breadcrumbs,
 * publication info, toolbars, footers, filler lines. */
#ifndef BAOGAO_FURNITURE_H
#define BAOGAO_FURNITURE_H

#include "doc.h"
#include "sbuf.h"

/* Classifies a line by its key (see linekey.h) of nchars code points:
 * returns the drop reason when the line is page furniture, or
 * DROP_NREASONS when it belongs to the report. */
drop_reason furniture_classify(const sbuf *key, size_t nchars);

#endif
