/* repair.c — the repair stage: mojibake, then pinyin annotations (see
 * repair.h). */
#include "repair.h"

#include <string.h>

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

int repair_is_traditional(const text *t)
{
    script_count c = count_script(t);
    return c.han && c.traditional * 20 > c.han;
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
    for (size_t i = 0; i < in->nlines && !cancel_raised(cancel); i++) {
        size_t n;
        const char *s = text_line(in, i, &n);
        int asks = memchr(s, '?', n) != NULL;
        if (asks && !gbk_tried) {
            g = gbk_open();
            gbk_tried = 1;
            script_count sc = count_script(in);
            traditional = sc.han && sc.traditional * 20 > sc.han;
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
    sbuf_free(&fixed);
    gbk_close(g);
    return tb_finish(&tb, a);
}
