/* clean.c — the clean stage: per-line cleaning and classification, then
 * paragraph assembly with page-break joins (see clean.h). */
#include "clean.h"

#include <string.h>

#include "chars.h"
#include "furniture.h"
#include "html.h"
#include "linekey.h"
#include "pagebreak.h"
#include "spam.h"

/* Furniture and spam lines are short, and spam is no sentence: a longer
 * line, or one that ends a sentence with 。 past the length of a heading,
 * is report text and is not classified, nor is a table row. This keeps
 * the classifiers off
 * nearly all paragraphs (and hostile megabyte lines cheap). */
enum { CLASSIFY_MAX_BYTES = 600, SENTENCE_MIN_BYTES = 180 };

static int is_report_sentence(const char *s, size_t n)
{
    return n >= SENTENCE_MIN_BYTES && n >= 3 &&
           memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0; /* 。 */
}

static drop_reason classify(const char *s, size_t n, sbuf *key)
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

/* Kept lines before assembly: a text whose blank lines mark block ends. */
static text clean_lines(const text *in, arena *a, doc_stats *st)
{
    text_builder tb;
    tb_init(&tb);
    sbuf markup = {0}, line = {0}, key = {0};
    html_state hs = {0};
    for (size_t i = 0; i < in->nlines; i++) {
        size_t n;
        const char *s = text_line(in, i, &n);
        markup.len = 0;
        sbuf_reserve(&markup, n);
        html_clean_line(s, n, &hs, &markup, st);
        int had_text = n > 0;
        const char *part = markup.p;
        const char *end = markup.p + markup.len;
        int kept = 0;
        while (part <= end) {
            const char *nl = memchr(part, '\n', (size_t)(end - part));
            const char *stop = nl ? nl : end;
            line.len = 0;
            chars_clean_line(part, (size_t)(stop - part), &line, st);
            if (line.len) {
                drop_reason r = classify(line.p, line.len, &key);
                if (r != DROP_NREASONS) {
                    st->dropped[r]++;
                } else {
                    tb_line(&tb, line.p, line.len, in->origin[i]);
                    kept = 1;
                }
            }
            if (!nl)
                break;
            part = nl + 1;
        }
        if (!kept) {
            if (had_text && !markup.len)
                st->dropped[DROP_MARKUP]++;
            tb_line(&tb, "", 0, in->origin[i]);
        }
    }
    sbuf_free(&markup);
    sbuf_free(&line);
    sbuf_free(&key);
    return tb_finish(&tb, a);
}

static int ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

/* Assembles paragraphs: every non-table line is a block of its own, the
 * rows of a table are one block; a paragraph cut by a page break is joined
 * to the one it continues. */
static text assemble(const text *lines, arena *a, doc_stats *st)
{
    text_builder tb;
    tb_init(&tb);
    const char *prev = NULL; /* the last paragraph emitted */
    size_t prev_n = 0;
    int prev_table = 0, gap = 0;
    for (size_t i = 0; i < lines->nlines; i++) {
        size_t n;
        const char *s = text_line(lines, i, &n);
        if (!n) {
            gap = 1;
            continue;
        }
        int table = pagebreak_is_table_row(s, n);
        if (prev && !table && !prev_table &&
            pagebreak_continues(prev, prev_n, s, n)) {
            if (ascii_alnum(prev[prev_n - 1]) && ascii_alnum(s[0]))
                tb_append(&tb, " ", 1);
            tb_append(&tb, s, n);
            st->paragraphs_joined++;
        } else {
            if (tb.nlines && !(table && prev_table && !gap))
                tb_line(&tb, "", 0, lines->origin[i]);
            tb_line(&tb, s, n, lines->origin[i]);
        }
        /* The builder may move its buffer: locate the last line afresh. */
        prev = tb.bytes.p + tb.off[tb.nlines - 1];
        prev_n = tb.bytes.len - tb.off[tb.nlines - 1] - 1;
        prev_table = table;
        gap = 0;
    }
    return tb_finish(&tb, a);
}

text clean_run(const text *in, arena *a, doc_stats *st)
{
    arena scratch;
    arena_init(&scratch);
    text lines = clean_lines(in, &scratch, st);
    text out = assemble(&lines, a, st);
    arena_free(&scratch);
    return out;
}
