/* repair.c — the repair stage: mojibake, then pinyin annotations (see
 * repair.h). */
#include "repair.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "annotations.h"
#include "gbk.h"
#include "han.h"
#include "mojibake.h"
#include "unitab.h"
#include "utf8.h"

/* '?' positions tried for mojibake per document: a real report has tens. */
enum { MOJIBAKE_BUDGET = 2000 };

typedef struct script_count {
    size_t han, traditional, fullwidth;
} script_count;

/* The script and the width convention show in the first 8 KB (some
 * 2,700 characters). */
enum { SCRIPT_SAMPLE = 8 * 1024 };

static script_count count_script(const text *t)
{
    script_count c = {0, 0, 0};
    size_t n = t->len < SCRIPT_SAMPLE ? t->len : SCRIPT_SAMPLE;
    const cpset *t2s = unitab_han_changed(0);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        if ((unsigned char)t->bytes[i] < 0x80) {
            i++;
            continue;
        }
        i += utf8_decode(t->bytes + i, n - i, &cp);
        if (cp >= 0xFF01 && cp <= 0xFF5E)
            c.fullwidth++;
        else if (han_is(cp)) {
            c.han++;
            c.traditional += cp < 0x10000 ? cpset_has(t2s, cp) : unitab_han_changes(0, cp);
        }
    }
    return c;
}

/* The one rule of both callers: traditional when over one Han character
 * in twenty is a traditional form. */
static int is_traditional(const script_count *c)
{
    return c->han && c->traditional * 20 > c->han;
}

int repair_is_traditional(const text *t)
{
    script_count c = count_script(t);
    return is_traditional(&c);
}

/* Where the first byte at or after from is that may need repair: a '?'
 * (mojibake) or an opening parenthesis, '(' or '（' (EF BC 88: any BC 88
 * pair is taken); n when there is none. Sixteen bytes a step with SSE2. */
static size_t next_candidate(const char *s, size_t n, size_t from)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = from;
#ifdef __SSE2__
    const __m128i q = _mm_set1_epi8('?'), p = _mm_set1_epi8('('),
                  bc = _mm_set1_epi8((char)0xBC), x88 = _mm_set1_epi8((char)0x88);
    for (; i + 17 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i y = _mm_loadu_si128((const __m128i *)(const void *)(u + i + 1));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, q), _mm_cmpeq_epi8(x, p)),
                                   _mm_and_si128(_mm_cmpeq_epi8(x, bc), _mm_cmpeq_epi8(y, x88)));
        unsigned m = (unsigned)_mm_movemask_epi8(hit);
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i < n; i++)
        if (u[i] == '?' || u[i] == '(' || (u[i] == 0xBC && i + 1 < n && u[i + 1] == 0x88))
            return i;
    return n;
}

text repair_run(const text *in, arena *a, doc_stats *st,
                const cancel_flag *cancel)
{
    /* The converter and the script, which only mojibake repair needs,
     * at the first '?': most texts never need them. */
    gbk *g = NULL;
    int gbk_tried = 0, traditional = 0, fold_width = 0;
    size_t budget = MOJIBAKE_BUDGET;
    text_builder tb;
    tb_init(&tb);
    tb_reserve(&tb, in->len + 64, in->nlines);
    sbuf fixed = {0};
    /* Only the lines that hold a candidate are read; the runs of lines
     * between them are copied as they are, a run at a time. */
    size_t copied = 0, i = 0; /* lines before copied are in tb */
    for (size_t at = next_candidate(in->bytes, in->len, 0);
         at < in->len && !cancel_raised(cancel);
         at = next_candidate(in->bytes, in->len, in->off[i + 1])) {
        while (in->off[i + 1] <= at)
            i++;
        tb_lines(&tb, in, copied, i);
        copied = i + 1;
        size_t n;
        const char *s = text_line(in, i, &n);
        int asks = memchr(s, '?', n) != NULL;
        if (asks && !gbk_tried) {
            g = gbk_open();
            gbk_tried = 1;
            script_count sc = count_script(in);
            traditional = is_traditional(&sc);
            /* A text with (next to) no full-width ASCII forms was
             * width-folded: repaired runs are folded the same way. */
            fold_width = sc.fullwidth * 1000 < sc.han + 1;
        }
        if (g && asks) {
            fixed.len = 0;
            mojibake_repair_line(g, s, n, fold_width, traditional, &budget,
                                 &fixed, st);
            s = fixed.p;
            n = fixed.len;
        }
        st->annotations += annotations_strip(s, n, tb_line_open(&tb, in->origin[i]));
        tb_line_close(&tb);
    }
    if (!cancel_raised(cancel))
        tb_lines(&tb, in, copied, in->nlines);
    sbuf_free(&fixed);
    gbk_close(g);
    return tb_finish(&tb, a);
}
