/* extract_impl.h — what the files of the extract stage share: the number
 * token, the period/kind context, the sink indicators go into, and the
 * small text helpers. Internal to src/parse/extract*.c. */
#ifndef BAOGAO_EXTRACT_IMPL_H
#define BAOGAO_EXTRACT_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cancel.h"
#include "doc.h"
#include "sbuf.h"

/* Characters a numeral may start with (百 for 百分之), and the Han and 大写
 * digits among them. */
#define EX_HAN_DIGITS "〇零一二三四五六七八九两兩壹贰貳叁參叄肆伍陆陸柒捌玖"
#define EX_NUMERAL_CHARS EX_HAN_DIGITS "十拾百0123456789０１２３４５６７８９"

/* Digits a value keeps as written; a longer run is no indicator. */
#define EX_VALUE_MAX 96

/* A quantity read from text: value, unit, amount, trailing qualifiers. */
typedef struct ex_num {
    size_t start, end;   /* bytes of the number (start of digits .. end of
                            unit) in the text read */
    size_t next;         /* first byte after it and its trailing qualifiers */
    char value[EX_VALUE_MAX + 32]; /* ASCII, as stated; a range "4.5-5",
                                      a ratio "0.4:27.8:71.8" */
    char unit[64];       /* NFKC-folded: "亿元", "%", "个百分点" */
    double amount;       /* value × multiplier; NAN for a ratio */
    int rate;            /* % ‰ 个百分点 倍 成: can be a growth */
    int ok;              /* a quantity (has a unit, or is a ratio) */
    char tail[32];       /* trailing qualifiers, ';'-separated: 以上, 左右 */
} ex_num;

/* Reads the number starting at s[at] (s[0..n) is the whole text, looked
 * at for what comes before). Returns the bytes to step over (the numeral
 * run, ≥ 1), with *out filled and out->ok set when it is a quantity;
 * returns 0 when no numeral starts at s[at]. Years, dates, ordinals,
 * document numbers and unit-less codes come back with ok 0. */
size_t ex_number_read(const char *s, size_t n, size_t at, ex_num *out);

/* Reads a table cell as a number with optional qualifiers (年均7以上,
 * 86 以上, 6 左右); unit is the unit cell's text (folded) or "" to read
 * it from the cell. Returns 1 and fills *out, 0 for a prose cell. */
int ex_number_cell(const char *cell, const char *unit, ex_num *out);

/* The multiplier of a unit's leading magnitude (万 → 1e4, 亿元 → 1e8,
 * 成 → 10), 1 when none. */
double ex_unit_multiplier(const char *unit);

/* Period and kind context of a place in the document. */
typedef struct ex_ctx {
    int year;            /* a single year, or 0 */
    int span_from, span_to; /* a span (plan period), or 0 */
    int kind;            /* indicator_kind, or -1 unknown */
} ex_ctx;

/* The context the section trail of clean-text offset gives (titles from
 * the deepest up; the nearest that says wins), with d->meta as the
 * fallback. titles: one per section of d, kind -2 until its title is
 * read (then what the title alone says), kept by the caller. */
ex_ctx ex_period_section(const doc *d, size_t offset, ex_ctx *titles);

/* A year at s[i] (4 ASCII or fullwidth digits, 1900–2100, then an optional
 * space and 年): returns bytes through 年 and sets *year; else 0. A span
 * 2016—2020年 sets *from and *to to its ends (else both are the year). */
size_t ex_year_at(const char *s, size_t n, size_t i, int *from, int *to);

/* A plan number at s[i] (十三五, “十四五”…): returns bytes and sets the
 * span (computed from the plan number: 1953, 1958, then 1966 + 5(N−3));
 * else 0. */
size_t ex_plan_at(const char *s, size_t n, size_t i, int *from, int *to);

/* A year, span or plan number at s[i] (ex_year_at, ex_plan_at), looked
 * for only where one can start: bytes with the period in f and t, else 0. */
size_t ex_period_at(const char *s, size_t n, size_t i, int *f, int *t);

/* Resolves a period for a value in context: a year given with it wins,
 * then the sentence's, then the section's; a span gives the span for
 * cumulative/average values (span_value), the start year − 1 for a
 * "from" value, else the end year. */
void ex_period_resolve(const ex_ctx *c, int span_value, int from_value,
                       int *pfrom, int *pto);

/* The indicators of a document as they are found. */
typedef struct ex_sink {
    doc *d;
    ex_ctx *titles;      /* per section (ex_period_section) */
    indicator *v;
    size_t n, cap;
    int full;            /* EXTRACT_MAX reached */
} ex_sink;

/* A new indicator at the end of the sink, zeroed but for empty strings,
 * amount NAN and section/table/row -1; NULL when the sink is full. */
indicator *ex_sink_add(ex_sink *k);

/* s[0..n) copied into the document's arena. */
const char *ex_str(ex_sink *k, const char *s, size_t n);

/* Appends q to *note (';'-separated), unless it is there already. */
void ex_note_add(ex_sink *k, const char **note, const char *q);

/* Prose: the statements of paragraph s[0..n) at clean offset base, line
 * `line` (original), section context c. */
void ex_prose_paragraph(ex_sink *k, const char *s, size_t n, size_t base,
                        uint32_t line, const ex_ctx *c);

/* Tables: one indicator per numeric cell of table ti; its remarks (说明,
 * 注) are looked for from block index after on. */
void ex_table_run(ex_sink *k, int ti, size_t after);

/* Text helpers. */
uint32_t ex_fold_cp(uint32_t cp);           /* fullwidth → ASCII, U+3000 → ' ' */
size_t ex_cp_at(const char *s, size_t n, size_t i, uint32_t *cp);
size_t ex_cp_before(const char *s, size_t i, uint32_t *cp);
int ex_space_cp(uint32_t cp);
size_t ex_digit_at(const char *s, size_t n, size_t i); /* ASCII/fullwidth */
void ex_fold_add(sbuf *b, const char *s, size_t n); /* folded copy, no spaces */

/* A word of a list with its length (the lists are scanned for every
 * number and clause): EX_W("亿元"). */
typedef struct ex_word {
    const char *s;
    size_t n;
} ex_word;
#define EX_W(lit) {lit, sizeof lit - 1}

/* True when s[i..n) starts with the word w (first byte compared first). */
static inline int ex_word_at(const char *s, size_t n, size_t i, ex_word w)
{
    return i + w.n <= n && s[i] == w.s[0] &&
           (w.n < 2 || s[i + 1] == w.s[1]) && !memcmp(s + i, w.s, w.n);
}

/* True when s[i..n) starts with lit. Inline: called with literals, whose
 * length the compiler then knows. */
static inline int ex_at(const char *s, size_t n, size_t i, const char *lit)
{
    size_t k = strlen(lit);
    return i + k <= n && memcmp(s + i, lit, k) == 0;
}

#endif
