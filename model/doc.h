/* doc.h — one report: where it came from, how it was decoded, its clean
 * text and what each parse stage did to it. Owns an arena. */
#ifndef BAOGAO_DOC_H
#define BAOGAO_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "fold.h"
#include "indicator.h"
#include "meta.h"
#include "section.h"
#include "table.h"
#include "text.h"

/* Why clean dropped a whole line. */
typedef enum drop_reason {
    DROP_BREADCRUMB,  /* 当前位置 / 您现在的位置 … > … */
    DROP_PUBINFO,     /* 发布时间 / 发布日期 / 来源 / 浏览次数 … */
    DROP_TOOLBAR,     /* 分享到 / 【打印】 / 字体 大 中 小 / 【关闭】 / 扫一扫 */
    DROP_FOOTER,      /* 主办 / 承办 / ICP备 / 公网安备 / 网站标识码 / 标签 */
    DROP_SPAM,        /* scored as spam or advertising */
    DROP_MARKUP,      /* nothing left once HTML was removed */
    DROP_REPEAT,      /* repeated boilerplate: a lone "-" or bullet */
    DROP_NREASONS
} drop_reason;

/* Name of a reason as check prints it ("breadcrumb", …). */
const char *drop_reason_name(drop_reason r);

typedef struct doc_stats {
    size_t bytes_in;              /* size of the input */
    size_t lines_in;              /* lines of the original */
    size_t replaced;              /* invalid sequences → U+FFFD by decode */
    size_t escapes;               /* <U+XXXX>, \uXXXX, &amp;…; made characters */
    size_t page_numbers;          /* running page-number lines removed */
    size_t running_heads;         /* running header lines (the title per page) removed */
    size_t unwrapped;             /* hard-wrapped lines joined to the line before */
    size_t crlf, lone_cr;         /* line ends normalised */
    size_t html_comments, html_tags, html_entities;
    size_t controls;              /* C0/C1/DEL/zero-width characters removed */
    size_t dropped[DROP_NREASONS];
    size_t paragraphs_joined;     /* page-break joins */
    size_t annotations;           /* pinyin annotations removed */
    size_t mojibake_repaired;     /* runs fully recovered */
    size_t mojibake_inferred;     /* runs with a lost character inferred */
    size_t mojibake_partial;      /* runs recovered but for marked U+FFFD */
    size_t mojibake_unrecoverable;/* runs left as they were, marked */
    size_t repeats_dropped;       /* paragraphs of repeated copies dropped */
} doc_stats;

/* What a format's reader (src/parse/format.h) did before the text stages:
 * each reader fills the counts that mean something for its format and
 * leaves the others 0 (a text file's are all 0). */
typedef struct doc_reader_stats {
    size_t dropped;     /* html: elements dropped (script, nav, footer, …) */
    size_t blocks;      /* html, docx: paragraphs and headings kept */
    size_t headings;    /* html: h1–h4; docx: heading-styled paragraphs */
    size_t tables;      /* html, docx: tables turned into markdown tables */
    size_t pages;       /* pdf: pages read */
    size_t furniture;   /* pdf: running headers, footers, page numbers removed */
    size_t numbering;   /* docx: automatic numbers rendered */
    size_t entries;     /* docx: zip entries inflated */
} doc_reader_stats;

/* A heading its format marked (a Word heading style, an HTML h1–h4): the
 * 1-based line of the reader's text it stands on and its level (1 the
 * top). */
typedef struct doc_heading_hint {
    uint32_t line;
    int level;
} doc_heading_hint;

/* A key/value hint from outside the text (a CSV export's other columns). */
typedef struct doc_hint {
    const char *key, *value;
} doc_hint;

/* A paragraph joined across a page break (clean): at byte `at` of the
 * clean paragraph whose original line is `line`, the text of original
 * line `from` begins. */
typedef struct doc_join {
    uint32_t line, at, from;
} doc_join;

typedef struct doc {
    arena mem;               /* owns everything below */
    const char *path;        /* the file as given */
    const char *name;        /* path, or path#N for row N of a CSV export */
    const char *format;      /* "text", "csv", "html", "docx", "pdf" (static) */
    doc_reader_stats reader; /* what the format's reader did */
    const char *encoding;    /* as detected (static string) */
    int confidence;          /* 0–100 */
    text clean;              /* paragraphs one per line, blank line between blocks */
    doc_stats stats;
    doc_hint *hints;
    size_t nhints;
    doc_heading_hint *heading_hints; /* by line; none for text files */
    size_t nheading_hints;
    /* Structure (filled by src/parse/structure.c): */
    block *blocks;
    size_t nblocks;
    section *sections;       /* in document order */
    size_t nsections;
    table *tables;           /* in document order */
    size_t ntables;
    doc_meta meta;
    doc_join *joins;         /* page-break joins, by line then at */
    size_t njoins;
    /* Indicators (filled by src/parse/extract.c), in text order: */
    indicator *indicators;
    size_t nindicators;
    /* 1 once extract ran (even when it found none); 0 when the parse
     * stopped short of it (pipeline.h: PIPELINE_NO_INDICATORS). */
    int extracted;
    /* The clean text folded for search (doc_fold), owned by the document:
     * s is NULL until it is asked for, unless the cache brought it. */
    folded fold;
    /* The cache's name of the file d came from (src/cache.h: its path and
     * bytes), both 0 without a cache: with d's name, what a corpus made
     * of d is cached under. */
    uint64_t source[2];
    /* What near-duplicate pairing needs of d, made ahead in the thread
     * that parsed it (model/corpus.c's corpus_pairs_prepare), or NULL;
     * doc_free frees it with pairing_free (so doc.c needs no corpus.h). */
    void *pairing;
    void (*pairing_free)(void *pairing);
} doc;

/* A new empty document for path (copied) named name (copied). Free with
 * doc_free. Aborts on out-of-memory. */
doc *doc_new(const char *path, const char *name);
void doc_free(doc *d);

/* d's clean text folded for search (fold_text), made on the first call
 * and kept in d (never fold_free it); the cache's copy when d came from
 * the cache. Not for two threads at once on one d before the first call
 * has returned. */
const folded *doc_fold(doc *d);

/* doc_fold that gives up once *cancel (if given) is raised (fold_text_until):
 * NULL then, and d is as it was. */
const folded *doc_fold_until(doc *d, const cancel_flag *cancel);

/* The first of d's page-break joins in the paragraph whose original line
 * is line (an index into d->joins; d->njoins when it has none); the
 * paragraph's others follow it, by at. O(log njoins). */
size_t doc_first_join(const doc *d, uint32_t line);

/* The original line of byte at of the clean paragraph whose line is line:
 * the line the last page-break join at or before at started, else line. */
uint32_t doc_line_at(const doc *d, uint32_t line, size_t at);

/* The original line (1-based, d->clean.origin) of the clean line that
 * holds clean-text byte off; 0 for a document without lines. O(log
 * nlines). */
uint32_t doc_origin_line(const doc *d, size_t off);

/* The level of the heading d's format marked on original line `line`
 * (d->heading_hints, by line), or 0. */
int doc_heading_level(const doc *d, uint32_t line);

/* The deepest section of d whose range holds clean-text byte offset, or
 * -1 before the first heading (section_find over d's sections). */
static inline int section_at(const doc *d, size_t offset)
{
    return section_find(d->sections, d->nsections, offset);
}

/* The breadcrumb of offset in d, top level first, at most max section
 * indices into out; returns how many (section_trail over d's sections). */
static inline size_t section_path(const doc *d, size_t offset, int *out,
                                  size_t max)
{
    return section_trail(d->sections, d->nsections, offset, out, max);
}

#endif
