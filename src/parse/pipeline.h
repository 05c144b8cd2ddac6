/* pipeline.h — runs the parse stages in order: decode → lines → clean →
 * repair → repeats → structure → extract, into a document. */
#ifndef BAOGAO_PIPELINE_H
#define BAOGAO_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "cancel.h"
#include "doc.h"

/* Called once per document a file yields (a CSV export yields one per
 * row). The callee owns d and must doc_free it. */
typedef void (*pipeline_doc_fn)(void *ctx, doc *d);

/* What pipeline_file returns when it was stopped. */
#define PIPELINE_CANCELLED (-2L)

/* Parses the bytes of the file at path into documents, handing each to
 * fn. Returns the number of documents, or -1 with *err set (a static
 * message saying what is wrong with the file) when the file is not a
 * report: empty, binary (decode_is_binary: judged from its first 64 KB),
 * or has no usable text. Once *cancel (if given) is raised, the stage at
 * work gives up within a few milliseconds and the document in the making
 * is freed: returns PIPELINE_CANCELLED with *err "cancelled" (the rows of
 * a CSV export handed to fn before stay fn's). */
long pipeline_file(const char *path, const char *bytes, size_t n,
                   pipeline_doc_fn fn, void *ctx, const cancel_flag *cancel,
                   const char **err);

/* pipeline_file over bytes the caller malloc'd and hands over: they are
 * freed as soon as no stage needs them (after decode, or once the first
 * stage has copied them), before the call returns in any case, so a large
 * file does not stay in memory beside its parsed copies. */
long pipeline_file_owned(const char *path, char *bytes, size_t n,
                         pipeline_doc_fn fn, void *ctx,
                         const cancel_flag *cancel, const char **err);

/* How far the stages go: every one (PIPELINE_ALL), or all but extract
 * (PIPELINE_NO_INDICATORS: no indicators, doc.extracted 0; for a caller
 * that uses none, it saves about a fifth of the parse). */
typedef enum pipeline_depth {
    PIPELINE_ALL,
    PIPELINE_NO_INDICATORS
} pipeline_depth;

/* pipeline_file_owned going only as deep as depth. */
long pipeline_file_owned_to(const char *path, char *bytes, size_t n,
                            pipeline_depth depth, pipeline_doc_fn fn,
                            void *ctx, const cancel_flag *cancel,
                            const char **err);

/* Runs clean, repair, repeats, structure and extract over UTF-8 text
 * that starts at line first_line of its file, filling d->clean, d->stats,
 * the structure and the indicators. Returns 0; or -1 once *cancel (if given) is raised: d is
 * then partly filled, to be doc_free'd. */
int pipeline_text(doc *d, const char *utf8, size_t n, uint32_t first_line,
                  const cancel_flag *cancel);

#endif
