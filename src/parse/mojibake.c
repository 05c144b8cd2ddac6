/* mojibake.c — repair of GBK runs decoded one byte late (see mojibake.h). */
#include "mojibake.h"

#include <stdatomic.h>
#include <string.h>

#include "han.h"
#include "unitab.h"
#include "utf8.h"

enum { MAX_RUN = 96, WINDOW = 12 };

/* Marks that open or close clauses in Chinese text. */
static int is_cjk_punct(uint32_t cp)
{
    switch (cp) {
    case 0x3000: case 0x3001: case 0x3002: case 0x201C: case 0x201D:
    case 0x300A: case 0x300B: case 0x3010: case 0x3011: case 0x2026:
    case 0x2014: case 0x00B7:
        return 1;
    default:
        return 0;
    }
}

/* mojibake_plausibility's answers for the BMP, cached for the whole
 * process (a damaged report scores the same characters again and again,
 * and every report the same ones): twice the score plus SCORE_BIAS, 0
 * when not asked yet. Every score is a multiple of 0.5 in [-3, 2], so
 * each fits in a byte, and sums of them are exact. The score depends on
 * the code point alone (windows-936 is one mapping for every converter),
 * so an entry only ever goes from 0 to its one value: relaxed atomics. */
enum { SCORE_BIAS = 8 };
static _Atomic unsigned char score_cache[0x10000];

static double plausibility_of(gbk *g, uint32_t cp)
{
    /* Width folding may have turned full-width forms into ASCII, so both
     * widths of a character score alike. */
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp = unitab_halfwidth(cp);
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            return -1;
        if (cp == '?')
            return -1;
        return strchr(",.;:!()", (int)cp) ? 1 : 0;
    }
    if (cp == UTF8_REPLACEMENT)
        return -2;
    if (cp >= 0xE000 && cp <= 0xF8FF)
        return -3;
    if (is_cjk_punct(cp))
        return 1;
    unsigned char b[2];
    if (gbk_encode(g, cp, b) != 2)
        return -1;
    unsigned hi = b[0], lo = b[1];
    if (hi >= 0xB0 && hi <= 0xD7 && lo >= 0xA1)
        return 2; /* GB2312 level 1: the common characters */
    if (hi >= 0xD8 && hi <= 0xF7 && lo >= 0xA1)
        return 0;
    if (hi >= 0xA1 && hi <= 0xA9 && lo >= 0xA1)
        return hi == 0xA3 ? 0.5 : -3; /* symbols, kana, box drawing, bopomofo */
    uint32_t simple = unitab_t2s(cp);
    if (simple != cp && gbk_encode(g, simple, b) == 2 && b[0] >= 0xB0 &&
        b[0] <= 0xD7 && b[1] >= 0xA1)
        return 2; /* a traditional form of a common character */
    return -1;
}

double mojibake_plausibility(gbk *g, uint32_t cp)
{
    if (cp > 0xFFFF)
        return plausibility_of(g, cp);
    unsigned v = atomic_load_explicit(&score_cache[cp], memory_order_relaxed);
    if (!v) {
        v = (unsigned)(plausibility_of(g, cp) * 2 + SCORE_BIAS);
        atomic_store_explicit(&score_cache[cp], (unsigned char)v,
                              memory_order_relaxed);
    }
    return ((double)v - SCORE_BIAS) / 2;
}

typedef struct cp_run {
    uint32_t cp[MAX_RUN + WINDOW];
    size_t off[MAX_RUN + WINDOW + 1]; /* byte offset of each code point */
    size_t n;
} cp_run;

/* Decodes up to max code points of s[0..n) starting at byte `from`. */
static void read_run(const char *s, size_t n, size_t from, size_t max,
                     cp_run *r)
{
    r->n = 0;
    size_t i = from;
    while (i < n && r->n < max) {
        r->off[r->n] = i;
        i += utf8_decode(s + i, n - i, &r->cp[r->n]);
        r->n++;
    }
    r->off[r->n] = i;
}

/* What a character inside a run stood for before width folding. */
static uint32_t interior_form(uint32_t c)
{
    return c < 0x80 ? unitab_fullwidth(c) : c;
}

/* Bytes of the run cp[0..e) as the shifted decoder saw them: ASCII inside
 * the run stood for full-width forms that were folded after the damage,
 * except a final ASCII byte, which was a trail byte that resynchronised
 * the decoder. Returns the byte count, or 0 when a character has no GBK
 * form. */
static size_t run_bytes(gbk *g, const uint32_t *cp, size_t e,
                        unsigned char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < e; i++) {
        uint32_t c = cp[i];
        int last_ascii = i + 1 == e && c >= 0x40 && c <= 0x7E;
        if (!last_ascii)
            c = interior_form(c);
        size_t m = gbk_encode(g, c, out + k);
        if (!m)
            return 0;
        k += m;
    }
    return k;
}

/* The plausibility of the first MAX_RUN + WINDOW code points of s[0..n),
 * summed. */
static double score_utf8(gbk *g, const char *s, size_t n)
{
    double sum = 0;
    for (size_t i = 0, k = 0; i < n && k < MAX_RUN + WINDOW; k++) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        sum += mojibake_plausibility(g, cp);
    }
    return sum;
}

typedef struct candidate {
    size_t end;          /* code points of the run consumed */
    unsigned char lead;  /* the lost byte put back */
    int lost_trail;      /* the bytes end in a lead whose trail was lost */
    double score;
} candidate;

/* Decodes lead + bytes[0..k) into out (dropping a final lone lead byte,
 * whose character cannot be decoded). */
static void decode_shifted(gbk *g, unsigned char lead, const unsigned char *b,
                           size_t k, int lost_trail, sbuf *out)
{
    unsigned char buf[2 * MAX_RUN + 2];
    if (k > 2 * MAX_RUN) /* run_bytes makes at most two bytes a character */
        k = 2 * MAX_RUN;
    buf[0] = lead;
    memcpy(buf + 1, b, k);
    gbk_decode(g, buf, k + 1 - (size_t)lost_trail, out);
}

/* True when the byte string lead+bytes pairs up so that the last byte is a
 * lead byte left without its trail. */
static int ends_in_lone_lead(unsigned char lead, const unsigned char *b,
                             size_t k)
{
    size_t i = 0, total = k + 1;
    while (i < total) {
        unsigned char c = i ? b[i - 1] : lead;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (i + 1 == total)
            return 1;
        i += 2;
    }
    return 0;
}

/* Plausibility of the character the lost byte lead forms with the first
 * byte of the run. */
static double first_char_score(gbk *g, unsigned char lead, unsigned char b0)
{
    unsigned char pair[2] = {lead, b0};
    sbuf one = {0};
    gbk_decode(g, pair, 2, &one);
    double s = score_utf8(g, one.p, one.len);
    sbuf_free(&one);
    return s;
}

/* The lost byte: 0xA1 (the row of the ideographic space and CJK
 * punctuation, which open most damaged lines) unless another lead byte
 * makes a clearly likelier first character. Only the first character
 * depends on it. */
static unsigned char lead_of(gbk *g, unsigned char b0)
{
    unsigned char best = 0xA1;
    double best_s = first_char_score(g, 0xA1, b0) + 2;
    for (unsigned lead = 0x81; lead <= 0xFE; lead++) {
        double s = first_char_score(g, (unsigned char)lead, b0);
        if (s > best_s) {
            best_s = s;
            best = (unsigned char)lead;
        }
    }
    return best;
}

/* lead_of's answers, cached for the process like score_cache (0: not
 * asked yet; a lead byte is never 0). */
static _Atomic unsigned char lead_cache[256];

static unsigned char choose_lead(gbk *g, unsigned char b0)
{
    unsigned char v = atomic_load_explicit(&lead_cache[b0], memory_order_relaxed);
    if (!v) {
        v = lead_of(g, b0);
        atomic_store_explicit(&lead_cache[b0], v, memory_order_relaxed);
    }
    return v;
}

/* A candidate run's bytes decoded with lead 0xA1 put back, and scored, the
 * slow way: encoded, decoded and read again. Returns the score of the
 * decoded text (score_utf8); *lost is set when the bytes end in a lead
 * byte whose trail was lost. Returns 0 with *k 0 when a character of the
 * run has no GBK form. */
static double shifted_score(gbk *g, const cp_run *r, size_t e, sbuf *dec,
                            size_t *k, int *lost)
{
    unsigned char bytes[2 * MAX_RUN];
    *k = run_bytes(g, r->cp, e, bytes);
    *lost = 0;
    if (!*k)
        return 0;
    *lost = ends_in_lone_lead(0xA1, bytes, *k);
    dec->len = 0;
    decode_shifted(g, 0xA1, bytes, *k, *lost, dec);
    return score_utf8(g, dec->p, dec->len);
}

/* The decode of 0xA1 + the run's bytes, followed the way gbk_decode's
 * cache path reads (ASCII a byte, any other byte a lead with the next as
 * its trail), one character of the run at a time. What it holds at a
 * character boundary is what decode_shifted would make of the bytes up to
 * there: the summed plausibility of the first MAX_RUN + WINDOW characters
 * decoded and a lead byte still waiting for its trail. clean falls to 0
 * for good where gbk_decode would hand the bytes to ICU (a pair that is
 * not one character, byte 0x1A) or a character has no GBK form. */
typedef struct shift_walk {
    double score;
    size_t chars;
    unsigned char pending; /* a lead byte without its trail yet, or 0 */
    int clean;
} shift_walk;

static void walk_char(gbk *g, shift_walk *w, uint32_t cp)
{
    if (w->chars++ < MAX_RUN + WINDOW)
        w->score += mojibake_plausibility(g, cp);
}

/* Feeds byte b to w. */
static void walk_byte(gbk *g, shift_walk *w, unsigned char b)
{
    if (w->pending) {
        uint32_t cp = gbk_decode_pair(g, w->pending, b);
        w->pending = 0;
        if (!cp)
            w->clean = 0;
        else
            walk_char(g, w, cp);
    } else if (b == 0x1A) {
        w->clean = 0;
    } else if (b < 0x80) {
        walk_char(g, w, b);
    } else {
        w->pending = b;
    }
}

/* Feeds w the bytes of c as a character inside a run (run_bytes). */
static void walk_interior(gbk *g, shift_walk *w, uint32_t c)
{
    unsigned char b[2];
    size_t m = gbk_encode(g, interior_form(c), b);
    for (size_t i = 0; i < m; i++)
        walk_byte(g, w, b[i]);
    if (!m)
        w->clean = 0;
}

/* The score of the decode of a candidate ending at e into *s, and in
 * *lost whether its bytes end in a lead byte whose trail was lost, from
 * w, the walk up to character e - 1, when it is clean, else from
 * shifted_score. Returns 0 when a character of the candidate has no GBK
 * form. */
static int end_score(gbk *g, const cp_run *r, size_t e, const shift_walk *w,
                     sbuf *dec, double *s, int *lost)
{
    uint32_t last = r->cp[e - 1];
    shift_walk end = *w;
    *lost = 0;
    if (last >= 0x40 && last <= 0x7E) /* the byte that resynchronised */
        walk_byte(g, &end, (unsigned char)last);
    else {
        walk_interior(g, &end, last);
        *lost = end.pending != 0; /* dropped, as decode_shifted does */
    }
    if (end.clean) {
        *s = end.score;
        return 1;
    }
    size_t k;
    *s = shifted_score(g, r, e, dec, &k, lost);
    return k != 0;
}

/* The best repair of the run after a '?': where the run ends (at a
 * resynchronising ASCII byte, or where it stops) and the lost byte. The
 * score is compared with *baseline, the text left as it is.
 *
 * Each candidate end e scores the decode of its bytes. The bytes of the
 * candidates share their start, and so do their decodes, so one walk over
 * the run (shift_walk) gives each candidate's score from the state at its
 * last character; only where the walk is not clean is a candidate decoded
 * on its own (shifted_score), as it is for every one with reference set. The two
 * give the same scores: sums of multiples of 0.5 are exact. */
static candidate best_candidate(gbk *g, const cp_run *r, size_t run_len,
                                int reference, double *baseline)
{
    candidate best = {0, 0xA1, 0, -1e9};
    sbuf dec = {0};
    /* rest[e]: the summed plausibility of what follows a run ending at e */
    double rest[MAX_RUN + WINDOW + 1];
    rest[r->n] = 0;
    for (size_t i = r->n; i-- > 0;)
        rest[i] = rest[i + 1] + mojibake_plausibility(g, r->cp[i]);
    *baseline = rest[0];
    shift_walk w = {0, 0, 0xA1, !reference}; /* before character e - 1 */
    for (size_t e = 1; e <= run_len; e++) {
        uint32_t last = r->cp[e - 1];
        int ascii_end = last >= 0x40 && last <= 0x7E;
        double s;
        int lost;
        if (e >= 2 && (ascii_end || e == run_len) &&
            end_score(g, r, e, &w, &dec, &s, &lost)) {
            s += rest[e] - (lost ? 1 : 0);
            if (s > best.score)
                best = (candidate){e, 0xA1, lost, s};
        }
        if (w.clean)
            walk_interior(g, &w, last);
    }
    sbuf_free(&dec);
    unsigned char b0[2];
    if (best.end && run_bytes(g, r->cp, 1, b0))
        best.lead = choose_lead(g, b0[0]);
    return best;
}

/* Length of "syllable)" at s (the orphan pinyin after a lost trail), or 0. */
static size_t orphan_syllable(const char *s, size_t n, size_t *syl_len)
{
    size_t i = 0;
    while (i < n && i < 16 && s[i] != ')' && s[i] != ' ')
        i++;
    if (i == 0 || i >= n || s[i] != ')')
        return 0;
    *syl_len = i;
    return i + 1;
}

/* The character whose lead byte survived and whose reading is the orphan
 * syllable: 0 when none or several fit. */
static uint32_t infer_lost(gbk *g, unsigned char lead, const char *syl,
                           size_t syl_len, int traditional)
{
    uint32_t found = 0;
    int count = 0, trad_count = 0;
    uint32_t trad = 0;
    sbuf one = {0};
    for (unsigned t = 0x40; t <= 0xFE; t++) {
        if (t == 0x7F)
            continue;
        unsigned char b[2] = {lead, (unsigned char)t};
        one.len = 0;
        size_t bad = gbk_decode(g, b, 2, &one);
        uint32_t cp = 0;
        if (!bad && one.len)
            utf8_decode(one.p, one.len, &cp);
        if (!cp || !unitab_has_reading(cp, syl, syl_len))
            continue;
        found = cp;
        count++;
        if (unitab_t2s(cp) != cp) {
            trad = cp;
            trad_count++;
        }
    }
    sbuf_free(&one);
    if (count == 1)
        return found;
    if (traditional && trad_count == 1)
        return trad;
    return 0;
}

/* Appends repaired UTF-8 to out, folding width when asked and dropping
 * the leading spaces of a line. */
static void emit_repaired(const char *s, size_t n, int fold_width,
                          int at_line_start, sbuf *out)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (fold_width)
            cp = unitab_halfwidth(cp);
        if (at_line_start && (cp == ' ' || cp == 0x3000))
            continue;
        at_line_start = 0;
        sbuf_addcp(out, cp);
    }
}

/* Tries to repair the run that follows the '?' at byte q. On success
 * appends the repair to out and returns the byte just after what it
 * consumed; otherwise returns 0. */
static size_t repair_at(gbk *g, const char *s, size_t n, size_t q,
                        int fold_width, int traditional, int at_line_start,
                        int reference, sbuf *out, doc_stats *st)
{
    cp_run r;
    read_run(s, n, q + 1, MAX_RUN + WINDOW, &r);
    size_t run_len = 0;
    while (run_len < r.n && run_len < MAX_RUN && r.cp[run_len] != '?' &&
           r.cp[run_len] != ' ')
        run_len++;
    /* A run starts with a non-ASCII character, or with punctuation that
     * width folding made ASCII (！ → !). */
    if (run_len < 2 || (r.cp[0] < 0x80 && !strchr("!,.:;()", (int)r.cp[0])))
        return 0;
    double baseline;
    candidate c = best_candidate(g, &r, run_len, reference, &baseline);
    if (c.score - baseline < 6)
        return 0;
    unsigned char bytes[2 * MAX_RUN];
    size_t k = run_bytes(g, r.cp, c.end, bytes);
    sbuf dec = {0};
    decode_shifted(g, c.lead, bytes, k, c.lost_trail, &dec);
    size_t next = r.off[c.end];
    int lost_marked = 0;
    if (c.lost_trail) {
        /* The shifted decoder printed '?' for the lead's trail and the '('
         * of its pinyin; what is left is "syllable)". */
        size_t syl_len = 0, skip = 0;
        uint32_t cp = 0;
        if (next < n && s[next] == '?') {
            skip = orphan_syllable(s + next + 1, n - next - 1, &syl_len);
            if (skip)
                cp = infer_lost(g, bytes[k - 1], s + next + 1, syl_len,
                                traditional);
            next += 1 + skip;
        }
        sbuf_addcp(&dec, cp ? cp : UTF8_REPLACEMENT);
        if (cp)
            st->mojibake_inferred++;
        else
            lost_marked = 1;
    }
    emit_repaired(dec.p, dec.len, fold_width, at_line_start, out);
    sbuf_free(&dec);
    if (lost_marked)
        st->mojibake_partial++;
    else if (!c.lost_trail)
        st->mojibake_repaired++;
    return next;
}

static int follows_han(const char *s, size_t i)
{
    uint32_t cp;
    size_t k = utf8_prev_len(s, i);
    utf8_decode(s + i - k, k, &cp);
    return han_is(cp);
}

/* mojibake_repair_line; reference: every candidate decoded on its own. */
static size_t repair_line(gbk *g, const char *s, size_t n, int fold_width,
                          int traditional, int reference, size_t *budget,
                          sbuf *out, doc_stats *st)
{
    size_t runs = 0, run = 0, i = 0;
    sbuf_reserve(out, n);
    while (i < n) {
        if (s[i] != '?' || !g) {
            i++;
            continue;
        }
        if (!*budget) {
            i++;
            continue;
        }
        --*budget;
        sbuf repaired = {0};
        size_t next = repair_at(g, s, n, i, fold_width, traditional,
                                i == 0, reference, &repaired, st);
        if (next) {
            sbuf_add(out, s + run, i - run);
            sbuf_add(out, repaired.p, repaired.len);
        }
        sbuf_free(&repaired);
        if (!next) {
            /* Chinese prose writes ？, never '?' right after a Han
             * character: such a '?' is what a decoder printed for bytes
             * it could not read. Mark it, do not invent. */
            if (i > 0 && follows_han(s, i)) {
                sbuf_add(out, s + run, i - run);
                sbuf_addcp(out, UTF8_REPLACEMENT);
                st->mojibake_unrecoverable++;
                run = i + 1;
            }
            i++;
            continue;
        }
        runs++;
        i = run = next;
    }
    sbuf_add(out, s + run, n - run);
    return runs;
}

size_t mojibake_repair_line(gbk *g, const char *s, size_t n, int fold_width,
                            int traditional, size_t *budget, sbuf *out,
                            doc_stats *st)
{
    return repair_line(g, s, n, fold_width, traditional, 0, budget, out, st);
}

size_t mojibake_repair_line_reference(gbk *g, const char *s, size_t n,
                                      int fold_width, int traditional,
                                      size_t *budget, sbuf *out,
                                      doc_stats *st)
{
    return repair_line(g, s, n, fold_width, traditional, 1, budget, out, st);
}
