/* clean.c — the clean stage: per-line cleaning and classification, then
 * paragraph assembly with page-break joins (see clean.h). */
#include "clean.h"

#include <stdlib.h>
#include <string.h>

#include "chars.h"
#include "furniture.h"
#include "html.h"
#include "linekey.h"
#include "pagebreak.h"
#include "spam.h"
#include "strs.h"

/* Furniture and spam lines are short, and spam is no sentence: a longer
 * line, or one that ends a sentence with 。 past the length of a heading,
 * is report text and is not classified, nor is a table row. This keeps
 * the classifiers off
 * nearly all paragraphs (and hostile megabyte lines cheap). */
enum { CLASSIFY_MAX_BYTES = 600, SENTENCE_MIN_BYTES = 180 };

static int is_report_sentence(const char *s, size_t n)
{
    return n >= SENTENCE_MIN_BYTES && strs_ends(s, n, "。");
}

drop_reason clean_drop_reason(const char *s, size_t n, sbuf *key)
{
    if (n > CLASSIFY_MAX_BYTES || is_report_sentence(s, n) ||
        pagebreak_is_table_row(s, n))
        return DROP_NREASONS;
    size_t nchars = linekey_make(s, n, key);
    drop_reason r = furniture_classify(key, nchars);
    if (r == DROP_NREASONS && spam_is_spam(key, nchars))
        r = DROP_SPAM;
    return r;
}

/* Paragraph assembly, fed line by line: every non-table line is a block
 * of its own, the rows of a table are one block; a paragraph cut by a
 * page break is joined to the one it continues. */
typedef struct assembler {
    text_builder tb;
    int prev_table; /* the last line emitted is a table row */
    int gap;        /* a blank line came since the last line emitted */
    doc_stats *st;
    doc_join *joins;    /* page-break joins (malloc'd) */
    size_t njoins, jcap;
} assembler;

static void asm_gap(assembler *as)
{
    as->gap = 1;
}

static void asm_line(assembler *as, const char *s, size_t n, uint32_t origin)
{
    text_builder *tb = &as->tb;
    int is_table = pagebreak_is_table_row(s, n);
    int has_prev = tb->nlines > 0;
    const char *prev = has_prev ? tb->bytes.p + tb->off[tb->nlines - 1] : NULL;
    size_t prev_n = has_prev ? tb->bytes.len - tb->off[tb->nlines - 1] - 1 : 0;
    if (has_prev && !is_table && !as->prev_table &&
        pagebreak_continues(prev, prev_n, s, n)) {
        if (chars_is_alnum(prev[prev_n - 1]) && chars_is_alnum(s[0]))
            tb_append(tb, " ", 1), prev_n++;
        as->joins = xgrow(as->joins, &as->jcap, as->njoins + 1,
                          sizeof *as->joins);
        as->joins[as->njoins++] =
            (doc_join){tb->origin[tb->nlines - 1], (uint32_t)prev_n, origin};
        tb_append(tb, s, n);
        as->st->paragraphs_joined++;
    } else {
        if (has_prev && !(is_table && as->prev_table && !as->gap))
            tb_line(tb, "", 0, origin);
        tb_line(tb, s, n, origin);
    }
    as->prev_table = is_table;
    as->gap = 0;
}

/* Cleans one original line (which HTML may split into several) into the
 * assembler. */
static void clean_line(assembler *as, const char *s, size_t n,
                       uint32_t origin, html_state *hs, sbuf *markup,
                       sbuf *line, sbuf *key)
{
    const char *part = s, *end = s + n; /* the usual line: read in place */
    int plain = html_line_is_plain(s, n, hs); /* and one part: no '\n' in a line */
    if (!plain) {
        markup->len = 0;
        sbuf_reserve(markup, n);
        html_clean_line(s, n, hs, markup, as->st);
        part = markup->p;
        end = markup->p + markup->len;
    }
    int kept = 0, any = part < end; /* the markup left something */
    for (;;) {
        const char *nl = plain ? NULL : memchr(part, '\n', (size_t)(end - part));
        const char *stop = nl ? nl : end;
        line->len = 0;
        chars_clean_line(part, (size_t)(stop - part), line, as->st);
        if (line->len) {
            drop_reason r = clean_drop_reason(line->p, line->len, key);
            if (r != DROP_NREASONS) {
                as->st->dropped[r]++;
            } else {
                asm_line(as, line->p, line->len, origin);
                kept = 1;
            }
        }
        if (!nl)
            break;
        part = nl + 1;
    }
    if (!kept) {
        if (n && !any)
            as->st->dropped[DROP_MARKUP]++;
        asm_gap(as);
    }
}

text clean_run(const text *in, arena *a, doc_stats *st,
               const cancel_flag *cancel)
{
    return clean_run_joins(in, a, st, cancel, NULL, NULL, NULL);
}

text clean_run_joins(const text *in, arena *a, doc_stats *st,
                     const cancel_flag *cancel, arena *keep,
                     doc_join **joins, size_t *njoins)
{
    assembler as = {.st = st};
    tb_init(&as.tb);
    tb_reserve(&as.tb, in->len + in->nlines, in->nlines);
    sbuf markup = {0}, line = {0}, key = {0};
    html_state hs = {0};
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = text_line(in, i, &n);
        clean_line(&as, s, n, in->origin[i], &hs, &markup, &line, &key);
    }
    sbuf_free(&markup);
    sbuf_free(&line);
    sbuf_free(&key);
    if (joins) {
        *joins = NULL;
        *njoins = as.njoins;
        if (as.njoins) {
            *joins = arena_alloc(keep, as.njoins * sizeof **joins);
            memcpy(*joins, as.joins, as.njoins * sizeof **joins);
        }
    }
    free(as.joins);
    return tb_finish(&as.tb, a);
}
