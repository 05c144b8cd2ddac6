/* test_meta_fast.c — the metadata stage's shortcuts against what they
 * stand for: the script count (sets built once, a stop once the rest
 * cannot tip it) against both maps over the whole 16 KiB; top-level
 * markers (read only after a Han numeral) against marker_ordinal; the
 * head's lines and the tail folded when asked for against folding the
 * blocks; the head's statements, whose names come from the scan of the
 * text that starts with them, up to their 4 KiB bound and not past it.
 * Over synthetic text and over the samples named as arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fold.h"
#include "han.h"
#include "marker.h"
#include "meta_impl.h"
#include "pipeline.h"
#include "slurp.h"
#include "strs.h"
#include "unitab.h"
#include "utf8.h"

/* ---- script ---- */

/* The script as the plain count says: every Han character of the first
 * 16 KiB, both maps asked. */
static doc_script script_plain(const char *s, size_t n)
{
    size_t trad = 0, simp = 0;
    if (n > 1 << 14)
        n = 1 << 14;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (han_is(cp)) {
            trad += unitab_t2s(cp) != cp;
            simp += unitab_s2t(cp) != cp;
        }
    }
    return trad > simp ? DOC_SCRIPT_HANT : DOC_SCRIPT_HANS;
}

static uint32_t rnd_state = 12345;

static uint32_t rnd(uint32_t below)
{
    rnd_state = rnd_state * 1103515245u + 12345u;
    return (rnd_state >> 8) % below;
}

/* Pieces a text is made of: traditional only, simplified only, both
 * scripts, ASCII, punctuation, Han outside the common block (Extension
 * A, a compatibility ideograph, a radical, plane 2), broken UTF-8. */
static const char *const PIECES[] = {
    "經", "國", "發", "經濟", "经", "国", "发", "经济", "的", "人", "在", "年",
    "GDP ", "2024", "\n", "，", "。", "“", "㐀", "豈", "⺀", "𠀀", "\xE4\xB8",
    "\xFF", "\x80", "\xF0\x9F"};
enum { NPIECES = sizeof PIECES / sizeof PIECES[0] };

/* Random texts around the sizes where the count could tip late or the
 * 16 KiB cut falls inside a character: the same script both ways. */
static void test_script_random(void)
{
    int same = 1;
    sbuf b = {0};
    for (int t = 0; t < 400 && same; t++) {
        b.len = 0;
        size_t want = t < 200 ? rnd(600) : (1 << 14) - 300 + rnd(700);
        /* a bias per text: mostly simplified, mostly traditional, even */
        uint32_t bias = rnd(3);
        while (b.len < want) {
            uint32_t k = rnd(NPIECES);
            if (bias == 0 && k < 4 && rnd(4))
                k += 4;
            if (bias == 1 && k >= 4 && k < 8 && rnd(4))
                k -= 4;
            sbuf_adds(&b, PIECES[k]);
        }
        same = meta_script_find(b.p, b.len) == script_plain(b.p, b.len);
    }
    CHECK(same);
    sbuf_free(&b);
}

/* Counts that tip at the very end: one more traditional character than
 * simplified ones, the last just inside 16 KiB, then just outside. */
static void test_script_tipping(void)
{
    sbuf b = {0};
    for (int i = 0; i < 2700; i++)
        sbuf_adds(&b, "经");
    for (int i = 0; i < 2701; i++)
        sbuf_adds(&b, "經");
    CHECK(b.len <= 1 << 14);
    CHECK_INT(meta_script_find(b.p, b.len), DOC_SCRIPT_HANT);
    b.len -= 3; /* as many of each: simplified */
    CHECK_INT(meta_script_find(b.p, b.len), DOC_SCRIPT_HANS);
    sbuf_adds(&b, "經");
    while (b.len < (1 << 14) - 1)
        sbuf_adds(&b, "a");
    sbuf_adds(&b, "經"); /* across the cut: not read */
    b.p[b.len - 1] = 0;  /* (and broken, if it were) */
    CHECK_INT(meta_script_find(b.p, b.len), DOC_SCRIPT_HANT);
    sbuf_free(&b);
}

/* ---- top-level markers ---- */

/* meta_top_marker as it says: an ordinal as marker_ordinal reads it, then
 * 、. */
static size_t marker_plain(const char *s, size_t n)
{
    int v;
    size_t i = marker_ordinal(s, n, &v);
    return i && strs_starts(s + i, n - i, "、") ? i + 3 : 0;
}

/* Every BMP character as the first of an ordinal, before 、 or 十、. */
static void test_markers_every_first(void)
{
    int same = 1;
    for (uint32_t cp = 1; cp < 0x10000 && same; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char s[32];
        size_t k = utf8_encode(cp, s);
        memcpy(s + k, "、x", strlen("、x"));
        same = meta_top_marker(s, k + 4) == marker_plain(s, k + 4);
        memcpy(s + k, "十、x", strlen("十、x"));
        same = same && meta_top_marker(s, k + 7) == marker_plain(s, k + 7);
    }
    CHECK(same);
    CHECK_INT(meta_top_marker("二十、其他", strlen("二十、其他")), 9);
    CHECK_INT(meta_top_marker("〇、", strlen("〇、")), marker_plain("〇、", 6));
    CHECK_INT(meta_top_marker("1、总体", strlen("1、总体")), 0);
    CHECK_INT(meta_top_marker("１、总体", strlen("１、总体")), 0);
    CHECK_INT(meta_top_marker("", 0), 0);
}

/* ---- the views and the stage over the samples ---- */

/* The fold of the first META_BLOCK_BYTES of block b. */
static void fold_block(const doc *d, const block *b, sbuf *out)
{
    size_t n;
    const char *s = meta_block_text(d, b, &n);
    fold_compact(s, n < META_BLOCK_BYTES ? n : META_BLOCK_BYTES, out);
}

static doc *kept;

static void keep(void *ctx, doc *d)
{
    (void)ctx;
    kept = d;
}

/* One sample: the head's lines are its first blocks folded; the tail,
 * folded when asked for, its last twelve blocks'; every block's marker
 * as the plain reading; the script as the plain count, from the start and
 * from a few offsets. */
static void test_sample(const char *path)
{
    size_t n;
    char *bytes = slurp(path, &n);
    const char *err;
    if (!bytes || pipeline_file(path, bytes, n, keep, NULL, NULL, &err) != 1) {
        CHECK(!"sample parsed");
        free(bytes);
        return;
    }
    doc *d = kept;
    meta_view v;
    meta_view_init(&v, d);
    int same = 1;
    sbuf f = {0};
    for (size_t i = 0; i < v.nfirst; i++) {
        f.len = 0;
        fold_block(d, v.first[i], &f);
        size_t fn;
        const char *line = meta_view_first(&v, i, &fn);
        same = same && fn == f.len && memcmp(line, f.p, fn) == 0;
    }
    CHECK(same);
    CHECK(v.tail_due && v.tail.len == 0); /* not folded before it is asked for */
    f.len = 0;
    for (size_t i = d->nblocks > 12 ? d->nblocks - 12 : 0; i < d->nblocks; i++)
        if (meta_is_text_block(&d->blocks[i])) {
            fold_block(d, &d->blocks[i], &f);
            sbuf_addc(&f, '\n');
        }
    const sbuf *tail = meta_view_tail(&v);
    CHECK(tail->len == f.len && memcmp(tail->p, f.p, f.len) == 0 && !tail->p[tail->len]);
    CHECK(meta_view_tail(&v) == tail && tail->len == f.len); /* folded once */
    same = 1;
    for (size_t i = 0; i < d->nblocks; i++) {
        size_t bn;
        const char *s = meta_block_text(d, &d->blocks[i], &bn);
        same = same && meta_top_marker(s, bn) == marker_plain(s, bn);
    }
    CHECK(same);
    same = 1;
    for (size_t off = 0; off < d->clean.len && off < 40000; off += 997)
        same = same && meta_script_find(d->clean.bytes + off, d->clean.len - off) ==
                           script_plain(d->clean.bytes + off, d->clean.len - off);
    CHECK(same);
    sbuf_free(&f);
    meta_view_free(&v);
    doc_free(d);
    free(bytes);
}

/* ---- the head's 4 KiB ---- */

#define FILLER "第%02d项工作，坚持稳中求进工作总基调，着力推动高质量发展，持续改善人民生活" \
               "品质，各项事业取得积极成效，改革开放不断深化，民生保障更加有力。"

/* A statement (黔东南州人民政府) among blocks naming no division, in a
 * file named after another city: on a line of the head's first 4 KiB it
 * states the region; on a later line it is the text's, which needs 我代表,
 * and the file name decides. Both are seen. */
static void test_head_bound(void)
{
    int in_head = 0, past = 0;
    for (int at = 16; at < 24; at++) {
        sbuf s = {0};
        for (int i = 0; i < 30; i++) {
            if (i == at)
                sbuf_adds(&s, "黔东南州人民政府\n\n");
            sbuf_printf(&s, FILLER "\n\n", i);
        }
        doc *d = doc_new("三亚.txt", "三亚.txt");
        pipeline_text(d, s.p, s.len, 1, NULL);
        meta_view v;
        meta_view_init(&v, d);
        size_t k = 0;
        while (k < v.nfirst && !strs_starts(v.head.p + v.first_at[k],
                                            v.head.len - v.first_at[k], "黔东南州"))
            k++;
        CHECK(k < v.nfirst && v.head.len >= 4096 && v.head.len <= 8192);
        size_t end = k + 1 < v.nfirst ? v.first_at[k + 1] : v.head.len;
        const char *want = end <= 4096 ? "黔东南苗族侗族自治州" : "三亚市";
        CHECK_STR(d->meta.region, want);
        in_head += end <= 4096;
        past += end > 4096;
        meta_view_free(&v);
        doc_free(d);
        sbuf_free(&s);
    }
    CHECK(in_head && past);
}

int main(int argc, char **argv)
{
    test_script_random();
    test_script_tipping();
    test_markers_every_first();
    for (int i = 1; i < argc; i++)
        test_sample(argv[i]);
    test_head_bound();
    return check_done();
}
