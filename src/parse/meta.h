/* meta.h — metadata of a report from its text: title, region, kind,
 * delivery year, the years reviewed and planned, script. */
#ifndef BAOGAO_PARSE_META_H
#define BAOGAO_PARSE_META_H

#include "doc.h"

/* Fills d->meta (strings in d->mem) from d->clean, d->blocks and
 * d->sections (headings such as 一、2023年工作回顾 / 二、2024年工作安排 tell
 * the years). Unknown fields stay "" or 0. */
void meta_detect(doc *d);

#endif
