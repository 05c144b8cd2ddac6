/* meta_impl.h — the inside of the metadata stage, shared by its files:
 * meta_view.c (the folded views of a document, the small text tests),
 * meta_title.c, meta_region.c, meta_kind.c, meta_years.c, meta_script.c,
 * called in turn by meta_detect.c. Folded text is fold_compact's (fold.h):
 * simplified, half-width, lower case, without spaces. */
#ifndef BAOGAO_META_IMPL_H
#define BAOGAO_META_IMPL_H

#include <stddef.h>
#include <string.h>

#include "doc.h"
#include "sbuf.h"

enum {
    META_HEAD_BLOCKS = 24,  /* the title page: title, region, date */
    META_BLOCK_BYTES = 384  /* folded of each head, tail or heading block */
};

/* What the parts read of a document, folded; each sbuf NUL-terminated,
 * its p never NULL. The tail is folded when first asked for
 * (meta_view_tail): most reports tell their year and kind without it. */
typedef struct meta_view {
    const doc *d;
    const block *first[META_HEAD_BLOCKS]; /* the first text blocks */
    size_t nfirst;
    size_t first_at[META_HEAD_BLOCKS]; /* where each one's line starts in head */
    sbuf head;     /* those blocks folded, one line each */
    sbuf tail;     /* the last text blocks, one line each */
    int tail_due;  /* set by meta_view_init: tail not folded yet */
    sbuf headings; /* top-level headings (一、…), one line each */
    sbuf name;     /* the file's name without folder and extension, ""
                    * for a row of an export or without a document */
} meta_view;

/* ---- meta_view.c: the views, small text tests ---- */

/* The views of d: its first META_HEAD_BLOCKS text blocks, its top-level
 * headings, its file name, folded (its last few when meta_view_tail is
 * first called); meta_view_free frees them. */
void meta_view_init(meta_view *v, const doc *d);
void meta_view_free(meta_view *v);

/* v's tail: the last text blocks of its document, folded on the first
 * call (a view made by hand keeps the tail it was given). Never NULL. */
const sbuf *meta_view_tail(meta_view *v);

/* The folded line of v's i-th first block (i < v->nfirst): the fold of
 * its first META_BLOCK_BYTES bytes, *n its length, inside v->head. */
const char *meta_view_first(const meta_view *v, size_t i, size_t *n);

/* True when the three bytes at s (there must be three) are one of the
 * three-byte characters of set. Inline: the region search asks it at
 * every byte of the title page. */
static inline int meta_in_set3(const char *s, const char *set)
{
    for (; *set; set += 3)
        if (memcmp(s, set, 3) == 0)
            return 1;
    return 0;
}

/* s[0..n) folded into scratch, replacing what it held (p never NULL
 * after, len the folded length). */
void meta_fold_into(sbuf *scratch, const char *s, size_t n);

/* True for a block of text: not a table, not a table of contents. */
int meta_is_text_block(const block *b);

/* The text of block b of d; *n gets its length. */
const char *meta_block_text(const doc *d, const block *b, size_t *n);

/* The end of the line of f[0..n) that starts at i (its newline, or n). */
size_t meta_line_end(const char *f, size_t n, size_t i);

/* True when f[0..n) holds one of the NULL-terminated words. */
int meta_has_any(const char *f, size_t n, const char *const *words);

/* Length of a top-level marker (一、 … 二十、: an ordinal as marker.c
 * reads it, then 、) at the start of s, or 0. */
size_t meta_top_marker(const char *s, size_t n);

/* ---- the parts, in the order meta_detect calls them ---- */

/* meta_title.c: the report's own title — a title line among the first
 * blocks, else a title they quote (《…》), else a top-level heading
 * naming the kind; a copy in d->mem without a PDF's stray spaces, or
 * "". */
const char *meta_title_find(doc *d, const meta_view *v);

/* meta_region.c: the region the report is of (广州市荔湾区: the names as
 * the report chains them, each in full; 全国 for the State Council's), in
 * d->mem, or ""; sets d->meta.region_code to its division's code (0 for
 * 全国, for none, or for a CSV column naming no division). */
const char *meta_region_find(doc *d, const meta_view *v);

/* meta_kind.c: the kind the folded text f[0..n) names, the first by
 * precedence (统计公报, then budget, five-year plan, plan execution, work
 * report); DOC_KIND_OTHER when it names none. */
doc_kind meta_kind_named(const char *f, size_t n);

/* meta_kind.c: the kind of a report from its folded title[0..tn), else
 * a work report when it opens with 各位代表: and the government delivers
 * it (我代表市人民政府…作工作报告), else the keyword that comes first in its
 * first blocks, else its headings, else a work report when it opens with
 * the salutation and reviews and plans a year's work, else a statistical
 * communique by its sections (一、综合, 二、农业 …, 注释), else the kind its
 * file name names; DOC_KIND_OTHER when none tells. */
doc_kind meta_kind_find(const char *title, size_t tn, meta_view *v);


/* meta_years.c: the end of what follows a year at f+i: up to 20
 * characters, the end of the line or the next year. */
size_t meta_year_window(const char *f, size_t n, size_t i);

/* meta_years.c: m->year, reviews and plans from the folded
 * title[0..tn), v's head, tail, headings and name, and m->kind (set
 * before): a five-year plan by its number (十四五: plans 2021–2025,
 * reviews 2016–2020), a communique about the year its title names, others
 * by their 2023年…回顾 / 2024年…安排 lines, else the year their first
 * paragraphs open with (2023年，…); the year from the delivery line, the
 * national congress session, a signature date, the year reviewed plus
 * one, the title, the file name, in that order; what is left open from
 * what is known. */
void meta_years_find(const char *title, size_t tn, meta_view *v,
                     doc_meta *m);

/* meta_delivery.c: a year 1949–2100 written as four digits at
 * f[i..i+4) and not part of a longer number; 0 otherwise. */
int meta_year_at(const char *f, size_t n, size_t i);

/* meta_delivery.c: the year of the folded text's delivery line — a
 * line opening, after any dashes (——, ----, --, —) or bracket, with a date
 * 2024年1月10日 followed by 在 or 于 — else of a date alone on its line (a
 * signature, also in brackets); 0 if none. */
int meta_date_line_year(const char *f, size_t n);

/* meta_delivery.c: the year of the national congress session a line of
 * the folded text opens with (after dashes, a date, 在): 第十一届全国人民
 * 代表大会第三次会议 and 十一届全国人大三次会议 give 2010; a local congress
 * (第十七届人民代表大会…) gives none; 0 if none. */
int meta_session_year(const char *f, size_t n);

/* meta_delivery.c: the year session (1–5) of the congress-th National
 * People's Congress met in (11, 3 → 2010; 3, 1 → 1964), or 0 for one
 * that does not exist. */
int meta_congress_session_year(int congress, int session);

/* meta_script.c: the script of text s[0..n) (its first 16 KiB):
 * DOC_SCRIPT_HANT when more of its characters change under traditional
 * → simplified than under simplified → traditional, else
 * DOC_SCRIPT_HANS. */
doc_script meta_script_find(const char *s, size_t n);

#endif
