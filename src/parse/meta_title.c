/* meta_title.c — a report's own title: a title line among its first
 * blocks, else a title they quote (《…》, the notice that issues a plan),
 * else a top-level heading naming the kind (see meta_impl.h). */
#include "meta_impl.h"

#include <string.h>

#include "arena.h"
#include "strs.h"
#include "utf8.h"

enum {
    TITLE_MIN_CPS = 4,
    TITLE_MAX_CPS = 80,
    TITLE_MAX_BYTES = 4 * TITLE_MAX_CPS
};

/* True when s[0..n), folded into scratch, names a kind. */
static int names_kind(sbuf *scratch, const char *s, size_t n)
{
    meta_fold_into(scratch, s, n);
    return meta_kind_named(scratch->p, scratch->len) != DOC_KIND_OTHER;
}

/* A line that reads like the report's own title: short, no sentence, a
 * kind keyword, and not the notice that issues it or the delivery line. */
static int title_like(const char *f, size_t n)
{
    size_t cps = utf8_count(f, n);
    if (cps < TITLE_MIN_CPS || cps > TITLE_MAX_CPS || strs_has(f, n, "。") ||
        strs_has(f, n, ",") || strs_has(f, n, ":") ||
        strs_has(f, n, "关于印发") || strs_has(f, n, "通知") ||
        strs_starts(f, n, "——") || strs_starts(f, n, "《") || meta_top_marker(f, n))
        return 0;
    return meta_kind_named(f, n) != DOC_KIND_OTHER;
}

/* Copy of s[0..n) trimmed, without the stray spaces of a PDF conversion
 * (a space stays only between two ASCII letters or digits). */
static const char *tidy(arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int ascii_left = k && (unsigned char)out[k - 1] < 0x80 && out[k - 1] != ' ';
        int ascii_right = i + 1 < n && (unsigned char)s[i + 1] < 0x80 && s[i + 1] != ' ';
        if ((c == ' ' || c == '\t') && !(ascii_left && ascii_right))
            continue;
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return out;
}

/* A title line among the first blocks: their lines in v's head, whole
 * for a block as short as a title. */
static int title_from_lines(doc *d, const meta_view *v, const char **out)
{
    _Static_assert((int)TITLE_MAX_BYTES <= (int)META_BLOCK_BYTES,
                   "a block as short as a title is folded whole in the head");
    for (size_t i = 0; i < v->nfirst; i++) {
        size_t n, fn;
        const char *s = meta_block_text(d, v->first[i], &n);
        if (n > TITLE_MAX_BYTES)
            continue;
        const char *f = meta_view_first(v, i, &fn);
        if (title_like(f, fn)) {
            *out = tidy(&d->mem, s, n);
            return 1;
        }
    }
    return 0;
}

/* A title quoted as 《…》 in s[0..n) (the notice that issues a plan). */
static int title_quoted(doc *d, sbuf *scratch, const char *s, size_t n,
                        const char **out)
{
    const char *end = s + n;
    for (const char *p = s; (p = strs_find(p, (size_t)(end - p), "《", 3));) {
        p += 3;
        const char *q = strs_find(p, (size_t)(end - p), "》", 3);
        if (!q)
            return 0;
        size_t k = (size_t)(q - p);
        if (k <= TITLE_MAX_BYTES && utf8_count(p, k) <= TITLE_MAX_CPS &&
            names_kind(scratch, p, k)) {
            *out = tidy(&d->mem, p, k);
            return 1;
        }
        p = q;
    }
    return 0;
}

static int title_from_quotes(doc *d, const meta_view *v, sbuf *scratch, const char **out)
{
    for (size_t i = 0; i < v->nfirst; i++) {
        size_t n;
        const char *s = meta_block_text(d, v->first[i], &n);
        if (title_quoted(d, scratch, s, n, out))
            return 1;
    }
    return 0;
}

/* The text of a top-level heading after its marker, up to 。；;, when it
 * names a kind (一、2023年国民经济和社会发展计划执行情况). */
static int title_from_headings(doc *d, sbuf *scratch, const char **out)
{
    for (size_t i = 0; i < d->nblocks; i++) {
        size_t n, k = 0;
        const char *s = meta_block_text(d, &d->blocks[i], &n);
        size_t m = meta_top_marker(s, n);
        if (!m || !meta_is_text_block(&d->blocks[i]))
            continue;
        s += m, n -= m;
        while (k < n && k <= TITLE_MAX_BYTES &&
               !strs_starts(s + k, n - k, "。") &&
               !strs_starts(s + k, n - k, "；") && s[k] != ';')
            k++;
        if (utf8_count(s, k) <= TITLE_MAX_CPS && names_kind(scratch, s, k)) {
            *out = tidy(&d->mem, s, k);
            return 1;
        }
    }
    return 0;
}

const char *meta_title_find(doc *d, const meta_view *v)
{
    sbuf scratch = {0};
    const char *t = "";
    if (!title_from_lines(d, v, &t) &&
        !title_from_quotes(d, v, &scratch, &t))
        title_from_headings(d, &scratch, &t);
    sbuf_free(&scratch);
    return t;
}

