/* compare_bench.c — what aligning two reports costs (./run bench;
 * model/compare.h): a report (003, 130 KB) against an edited copy of
 * itself (digits changed, a paragraph dropped every so often); two
 * reports of about 2 MB made of its clean text but the appendix over and
 * over (each copy's chapters numbered on and its Han characters shifted,
 * so none repeats another: some 2,000 sections), the second edited the
 * same way; and two such reports with nothing in common (the worst case:
 * every section left for moves). The best of several runs of
 * compare_docs alone, and with the numbers and the changed pairs' text
 * diffs (all the Compare view computes; parsing not counted). Prints three lines, "compare
 * NAME: N KB and N KB, N sections and N, N pairs: N ms (target N ms)".
 * Args: FILE (003). */
#include <stdio.h>
#include <string.h>

#include "cn_numeral.h"
#include "compare.h"
#include "compare_diff.h"
#include "compare_numbers.h"
#include "rerun.h"
#include "utf8.h"
#include "wordbreak.h"
#include "../unit/sample_doc.h"

enum { BIG = 2 << 20 };

/* s[0..n) edited: the first digit after every 4 KB one more, every 40th
 * long paragraph that starts with no marker dropped; into out. */
static void edited(const char *s, size_t n, sbuf *out)
{
    size_t para = 0, next = 0;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) + 1 : n;
        uint32_t cp;
        utf8_decode(s + i, end - i, &cp);
        if (end - i > 200 && !cn_numeral_glyph(cp) && cp != 0x7B2C /* 第 */ &&
            ++para % 40 == 0) {
            i = end;
            continue;
        }
        for (size_t k = i; k < end; k++) {
            char c = s[k];
            if (c >= '0' && c <= '8' && k >= next && k > i) {
                c++;
                next = k + 4096;
            }
            sbuf_addc(out, c);
        }
        i = end;
    }
}

/* Whether cp stays in a disguised copy: no Han character, or one a
 * marker or number is made of. */
static int keeps(uint32_t cp)
{
    static const uint32_t marks[] = {0x7B2C, 0x7AE0, 0x8282, 0x7F16}; /* 第 章 节 编 */
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (cp == marks[i])
            return 1;
    return cp < 0x4E00 || cp > 0x9FA5 || cn_numeral_glyph(cp);
}

/* The bytes of a chapter heading's marker at s[0..n) (第…章 at a line's
 * start), its number in *number; 0 when there is none. */
static size_t chapter_at(const char *s, size_t n, int *number)
{
    cn_number num;
    if (n < 6 || memcmp(s, "第", 3) != 0)
        return 0;
    size_t len = cn_numeral_read(s + 3, n - 3, &num);
    if (!len || n - 3 - len < 3 || memcmp(s + 3 + len, "章", 3) != 0)
        return 0;
    *number = (int)num.value;
    return 3 + len + 3;
}

/* Copy k of s[0..n) onto out: chapters numbered on after those of the
 * copies before (chapters of each), the Han characters but markers' and
 * numbers' shifted by k + shift, so that no copy repeats another (the
 * repeats stage would drop it) and the outline goes on. */
static void disguised(const char *s, size_t n, unsigned k, unsigned shift,
                      int chapters, sbuf *out)
{
    for (size_t i = 0; i < n;) {
        int number;
        size_t m = i == 0 || s[i - 1] == '\n' ? chapter_at(s + i, n - i, &number) : 0;
        if (m) {
            char buf[24];
            sbuf_printf(out, "第%s章", cn_numeral(number + (int)k * chapters, buf));
            i += m;
            continue;
        }
        uint32_t cp, to;
        i += utf8_decode(s + i, n - i, &cp);
        to = keeps(cp) ? cp : 0x4E00 + (cp - 0x4E00 + 37 * (k + shift)) % 0x51A6;
        sbuf_addcp(out, keeps(to) ? cp : to);
    }
}

/* The number of the last chapter of d. */
static int chapters_of(const doc *d)
{
    int last = 0;
    for (size_t i = 0; i < d->nsections; i++)
        if (d->sections[i].level == 1)
            last = d->sections[i].number;
    return last;
}

/* The best time of reps comparisons of a and b, in ms — the alignment
 * alone, and all the Compare view computes: the alignment, the numbers
 * paired (compare_numbers.h) and the text diff of every changed pair with
 * ICU's word boundaries (compare_diff.h) —; prints both. */
static void measure(const char *name, const doc *a, const doc *b, int reps,
                    double target)
{
    double best = 1e9, best_all = 1e9;
    size_t pairs = 0, diffed = 0, hunks = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = bench_now();
        compare *c = compare_docs(a, b);
        double t1 = bench_now();
        const doc *more[] = {b};
        compare_numbers nums;
        compare_numbers_build(a, b, more, 1, &nums);
        diffed = hunks = 0;
        for (size_t k = 0; k < c->npairs; k++) {
            textdiff d;
            size_t sa, sb;
            if (!compare_pair_diff(c, k, a, b, wordbreak_find, &d, &sa, &sb))
                continue;
            diffed++;
            hunks += d.nhunks;
            textdiff_free(&d);
        }
        double t2 = bench_now();
        best = t1 - t0 < best ? t1 - t0 : best;
        best_all = t2 - t0 < best_all ? t2 - t0 : best_all;
        pairs = c->npairs;
        compare_numbers_free(&nums);
        compare_free(c);
    }
    printf("compare %s: %zu KB and %zu KB, %zu sections and %zu, %zu pairs: %.1f ms (target %.0f ms)\n",
           name, a->clean.len / 1024, b->clean.len / 1024, a->nsections, b->nsections,
           pairs, 1000 * best, target);
    printf("  with the numbers and the text diff of %zu changed pairs (%zu hunks): %.1f ms\n",
           diffed, hunks, 1000 * best_all);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: compare_bench FILE\n");
        return 2;
    }
    doc *first = sample_doc(argv[1]);
    if (!first)
        return 1;
    sbuf e = {0};
    edited(first->clean.bytes, first->clean.len, &e);
    doc *copy = sample_text("edited", e.p, e.len);
    measure("one report with an edited copy", first, copy, 20, 50);
    doc_free(copy);
    sbuf all = {0}, alle = {0};
    size_t body = first->clean.len; /* up to the appendix: no headings after it */
    for (size_t i = 0; i < first->nblocks; i++)
        if (first->blocks[i].kind == BLOCK_APPENDIX) {
            body = first->blocks[i].start;
            break;
        }
    for (unsigned k = 0; all.len < BIG; k++)
        disguised(first->clean.bytes, body, k, 0, chapters_of(first), &all);
    edited(all.p, all.len, &alle);
    doc *a = sample_text("big", all.p, all.len), *b = sample_text("big-edited", alle.p, alle.len);
    measure("two 2 MB reports", a, b, 3, 1000);
    doc_free(b);
    sbuf other = {0}; /* the worst case: nothing pairs in order */
    for (unsigned k = 0; other.len < BIG; k++)
        disguised(first->clean.bytes, body, k, 500, chapters_of(first), &other);
    b = sample_text("big-other", other.p, other.len);
    measure("two unrelated 2 MB reports", a, b, 3, 1000);
    sbuf_free(&other);
    doc_free(a);
    doc_free(b);
    doc_free(first);
    sbuf_free(&e);
    sbuf_free(&all);
    sbuf_free(&alle);
    return 0;
}
