/* meta_detect.h — the metadata stage, run last by the structure stage:
 * what a report is (model/meta.h's doc_meta) from its text. */
#ifndef BAOGAO_META_DETECT_H
#define BAOGAO_META_DETECT_H

#include "doc.h"

/* Fills d->meta (strings in d->mem) from d->clean, d->blocks and
 * d->sections (headings such as 一、2023年工作回顾 / 二、2024年工作安排 tell
 * the years). Unknown fields stay "" or 0, an unnamed kind is
 * DOC_KIND_OTHER. Never fails. */
void meta_detect(doc *d);

#endif
