/* gen_tables.c — build-time generator of unitab_data.c: asks ICU once per code point for pinyin, T↔S and width forms. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

#include "han.h"

#define CP_LIMIT (HAN_MAX + 1u) /* every Han code point lies below (han.h) */
#define BMP_LIMIT 0x10000u
#define PAGE 256u
#define MAX_NUMBER 0xFFFFu  /* value and page numbers are uint16_t */
#define SYL_MAX 32          /* bytes of one UTF-8 syllable, NUL included */
#define LINE_MAX_LEN 4096

/* Which ICU transliterator a table comes from, opened once each. */
typedef struct icu {
    UTransliterator *han_latin, *t2s, *s2t, *halfwidth;
    const UNormalizer2 *nfc, *nfd;
} icu;

/* The four tables as plain arrays over [0, CP_LIMIT), 0 = none. */
typedef struct tables {
    char **pinyin;      /* malloc'd "r1 r2 …" toned readings, NULL = none */
    uint32_t *t2s, *s2t, *halfwidth;
    unsigned long rejected;  /* Han code points whose Han-Latin output was not one syllable */
} tables;

static const char *g_output;  /* removed again on failure */

/* Prints "gen_tables: message" and exits non-zero, removing a partial output. */
_Noreturn static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gen_tables: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    if (g_output)
        remove(g_output);
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        die("out of memory");
    return p;
}

static void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xcalloc(n, 1), s, n);
}

static UTransliterator *open_trans(const char *id)
{
    UChar uid[64];
    UErrorCode err = U_ZERO_ERROR;
    u_uastrncpy(uid, id, 64);
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
    if (U_FAILURE(err))
        die("cannot open ICU transliterator %s: %s", id, u_errorName(err));
    return t;
}

static void icu_open(icu *c)
{
    UErrorCode err = U_ZERO_ERROR;
    c->han_latin = open_trans("Han-Latin");
    c->t2s = open_trans("Traditional-Simplified");
    c->s2t = open_trans("Simplified-Traditional");
    c->halfwidth = open_trans("Fullwidth-Halfwidth");
    c->nfc = unorm2_getNFCInstance(&err);
    c->nfd = unorm2_getNFDInstance(&err);
    if (U_FAILURE(err))
        die("cannot get ICU normalizers: %s", u_errorName(err));
}

static void icu_close(icu *c)
{
    utrans_close(c->han_latin);
    utrans_close(c->t2s);
    utrans_close(c->s2t);
    utrans_close(c->halfwidth);
}

/* Transliterates the single code point cp into out[0..cap); returns the
 * length, or -1 when ICU fails or the result does not fit. */
static int32_t trans_cp(UTransliterator *t, UChar32 cp, UChar *out, int32_t cap)
{
    int32_t len = 0;
    U16_APPEND_UNSAFE(out, len, cp);
    int32_t limit = len;
    UErrorCode err = U_ZERO_ERROR;
    utrans_transUChars(t, out, &len, cap, 0, &limit, &err);
    return U_FAILURE(err) ? -1 : len;
}

/* The single code point t makes of cp, when it differs from cp; else 0. */
static uint32_t trans_single(UTransliterator *t, UChar32 cp)
{
    UChar buf[16];
    int32_t len = trans_cp(t, cp, buf, 16);
    if (len <= 0)
        return 0;
    int32_t i = 0;
    UChar32 r;
    U16_NEXT(buf, i, len, r);
    return i == len && r != cp ? (uint32_t)r : 0;
}

static int32_t normalize(const UNormalizer2 *n, const UChar *s, int32_t len, UChar *out, int32_t cap)
{
    UErrorCode err = U_ZERO_ERROR;
    int32_t r = unorm2_normalize(n, s, len, out, cap, &err);
    return U_FAILURE(err) ? -1 : r;
}

static int is_tone_mark(UChar c)
{
    return c == 0x0300 || c == 0x0301 || c == 0x0302 || c == 0x0304 ||
           c == 0x0308 || c == 0x030C;
}

/* True when the NFD text d[0..n) is one pinyin syllable: a-z letters each
 * followed by tone marks (or ü's diaeresis). */
static int is_syllable_nfd(const UChar *d, int32_t n)
{
    if (n <= 0 || d[0] < 'a' || d[0] > 'z')
        return 0;
    for (int32_t i = 1; i < n; i++)
        if (!(d[i] >= 'a' && d[i] <= 'z') && !is_tone_mark(d[i]))
            return 0;
    return 1;
}

/* Turns s[0..n), with surrounding spaces trimmed, into an NFC UTF-8 syllable
 * in out[SYL_MAX]; returns 0 when it is not a single pinyin syllable. */
static int to_syllable(const icu *c, const UChar *s, int32_t n, char *out)
{
    while (n > 0 && s[0] == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    UChar d[SYL_MAX], nfc[SYL_MAX];
    int32_t dn = normalize(c->nfd, s, n, d, SYL_MAX);
    if (dn < 0 || !is_syllable_nfd(d, dn))
        return 0;
    int32_t cn = normalize(c->nfc, d, dn, nfc, SYL_MAX);
    if (cn < 0)
        return 0;
    UErrorCode err = U_ZERO_ERROR;
    int32_t len;
    u_strToUTF8(out, SYL_MAX, &len, nfc, cn, &err);
    return U_SUCCESS(err) && err != U_STRING_NOT_TERMINATED_WARNING;
}

/* Toneless ASCII form of an NFC UTF-8 syllable: marks dropped, ü as v. */
static void strip_tones(const icu *c, const char *syl, char *out)
{
    UChar u[SYL_MAX], d[SYL_MAX];
    int32_t un, o = 0;
    UErrorCode err = U_ZERO_ERROR;
    u_strFromUTF8(u, SYL_MAX, &un, syl, -1, &err);
    int32_t dn = U_SUCCESS(err) ? normalize(c->nfd, u, un, d, SYL_MAX) : -1;
    if (dn < 0)
        die("cannot strip the tones of %s", syl);
    for (int32_t i = 0; i < dn && o < SYL_MAX - 1; i++) {
        if (d[i] == 0x0308 && o > 0 && out[o - 1] == 'u')
            out[o - 1] = 'v';
        else if (d[i] >= 'a' && d[i] <= 'z')
            out[o++] = (char)d[i];
    }
    out[o] = '\0';
}

/* True when word occurs as a space-separated token of list. */
static int has_word(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        size_t k = strcspn(p, " ");
        if (k == n && memcmp(p, word, n) == 0)
            return 1;
        p += k + (p[k] == ' ');
    }
    return 0;
}

/* Appends syllable syl to *list (a malloc'd reading list or NULL) unless present. */
static void add_reading(char **list, const char *syl)
{
    if (!*list) {
        *list = xstrdup(syl);
        return;
    }
    if (has_word(*list, syl))
        return;
    size_t a = strlen(*list), b = strlen(syl);
    *list = xrealloc(*list, a + b + 2);
    (*list)[a] = ' ';
    memcpy(*list + a + 1, syl, b + 1);
}

/* A Han code point ICU has data for: model/han.h's set, as the program
 * reads it, less what this ICU does not assign yet. */
static int han_in_icu(UChar32 cp)
{
    return cp >= 0 && han_is((uint32_t)cp) && u_isdefined(cp);
}

static void fill_han(const icu *c, tables *t)
{
    for (UChar32 cp = 0; cp < (UChar32)CP_LIMIT; cp++) {
        if (!han_in_icu(cp))
            continue;
        UChar buf[64];
        char syl[SYL_MAX];
        int32_t len = trans_cp(c->han_latin, cp, buf, 64);
        if (len > 0 && to_syllable(c, buf, len, syl))
            add_reading(&t->pinyin[cp], syl);
        else
            t->rejected++;
        t->t2s[cp] = trans_single(c->t2s, cp);
        t->s2t[cp] = trans_single(c->s2t, cp);
    }
}

/* Compatibility full-width characters only: results that are themselves
 * half-width forms (U+FF61–U+FFEF: ｡ ｶ ￮ …) are dropped. */
static void fill_halfwidth(const icu *c, tables *t)
{
    for (UChar32 cp = 0; cp < (UChar32)BMP_LIMIT; cp++) {
        if (U_IS_SURROGATE(cp))
            continue;
        uint32_t r = trans_single(c->halfwidth, cp);
        if (r < 0xFF61)
            t->halfwidth[cp] = r;
    }
}

/* Adds the readings text[0..) (space-separated, UTF-8) to cp and to its
 * traditional form; where names "file:line" for messages. */
static void merge_line_readings(const icu *c, tables *t, UChar32 cp, char *text, const char *where)
{
    uint32_t trad = t->s2t[cp];
    int count = 0;
    for (char *tok = strtok(text, " "); tok; tok = strtok(NULL, " ")) {
        UChar u[SYL_MAX];
        int32_t un;
        char syl[SYL_MAX];
        UErrorCode err = U_ZERO_ERROR;
        u_strFromUTF8(u, SYL_MAX, &un, tok, -1, &err);
        if (U_FAILURE(err) || err == U_STRING_NOT_TERMINATED_WARNING || !to_syllable(c, u, un, syl))
            die("%s: \"%s\" is not a pinyin syllable", where, tok);
        add_reading(&t->pinyin[cp], syl);
        if (trad)
            add_reading(&t->pinyin[trad], syl);
        count++;
    }
    if (count == 0)
        die("%s: no readings", where);
}

/* Parses one non-comment line "char<TAB>reading reading …" of the heteronyms file. */
static void merge_line(const icu *c, tables *t, char *line, const char *where)
{
    int32_t i = 0, n = (int32_t)strcspn(line, "\t");
    UChar32 cp;
    U8_NEXT(line, i, n, cp);
    if (line[n] != '\t' || i != n)
        die("%s: expected one character, a tab and readings", where);
    if (cp < 0 || (uint32_t)cp >= CP_LIMIT || !han_in_icu(cp))
        die("%s: U+%04X is not a Han character", where, (unsigned)(cp < 0 ? 0xFFFD : cp));
    merge_line_readings(c, t, cp, line + n + 1, where);
}

static void merge_heteronyms(const icu *c, tables *t, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s", path);
    char line[LINE_MAX_LEN], where[LINE_MAX_LEN + 32];
    for (unsigned long lineno = 1; fgets(line, sizeof line, f); lineno++) {
        size_t n = strlen(line);
        snprintf(where, sizeof where, "%s:%lu", path, lineno);
        if (n == sizeof line - 1 && line[n - 1] != '\n')
            die("%s: line too long", where);
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' '))
            line[--n] = '\0';
        if (n > 0 && line[0] != '#')
            merge_line(c, t, line, where);
    }
    if (ferror(f))
        die("cannot read %s", path);
    fclose(f);
}

/* ---- output ---- */

/* Checked fprintf to the output file. */
static void out(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    if (r < 0)
        die("cannot write %s", g_output);
}

static void emit_u16s(FILE *f, const char *name, const uint16_t *a, size_t n)
{
    out(f, "static const uint16_t %s[%zu] = {", name, n);
    for (size_t i = 0; i < n; i++)
        out(f, "%s%u,", i % 16 ? "" : "\n", a[i]);
    out(f, "\n};\n\n");
}

static void emit_u32s(FILE *f, const char *name, const uint32_t *a, size_t n)
{
    out(f, "static const uint32_t %s[%zu] = {", name, n);
    for (size_t i = 0; i < n; i++)
        out(f, "%s0x%X,", i % 8 ? "" : "\n", (unsigned)a[i]);
    out(f, "\n};\n\n");
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Sorted distinct values of raw[0..limit) with values[0] = 0; returns the count. */
static size_t distinct_values(const uint32_t *raw, uint32_t limit, uint32_t **values)
{
    uint32_t *v = xcalloc(limit + 1, sizeof *v);
    size_t n = 1;
    for (uint32_t cp = 0; cp < limit; cp++)
        if (raw[cp])
            v[n++] = raw[cp];
    qsort(v + 1, n - 1, sizeof *v, cmp_u32);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1])
            v[k++] = v[i];
    if (k > MAX_NUMBER)
        die("too many distinct values (%zu)", k);
    *values = v;
    return k;
}

/* Number of page p among pages[0..*npages), appending it when new. */
static uint16_t intern_page(uint16_t **pages, size_t *npages, const uint16_t *p)
{
    for (size_t i = 0; i < *npages; i++)
        if (memcmp(*pages + i * PAGE, p, PAGE * sizeof *p) == 0)
            return (uint16_t)i;
    if (*npages > MAX_NUMBER)
        die("too many pages");
    *pages = xrealloc(*pages, (*npages + 1) * PAGE * sizeof **pages);
    memcpy(*pages + *npages * PAGE, p, PAGE * sizeof *p);
    return (uint16_t)(*npages)++;
}

/* Page table of raw[0..nblocks*PAGE) over value numbers (indexes into
 * values[0..nvalues)): returns top[nblocks], sets *pages and *npages. */
static uint16_t *build_pages(const uint32_t *raw, uint32_t nblocks, const uint32_t *values,
                             size_t nvalues, uint16_t **pages, size_t *npages)
{
    uint16_t *top = xcalloc(nblocks, sizeof *top), page[PAGE] = {0};
    *pages = NULL;
    *npages = 0;
    intern_page(pages, npages, page);  /* page 0: the shared empty page */
    for (uint32_t b = 0; b < nblocks; b++) {
        for (uint32_t i = 0; i < PAGE; i++) {
            uint32_t v = raw[b * PAGE + i];
            const uint32_t *hit = v ? bsearch(&v, values + 1, nvalues - 1, sizeof v, cmp_u32) : NULL;
            page[i] = hit ? (uint16_t)(hit - values) : 0;
        }
        top[b] = intern_page(pages, npages, page);
    }
    return top;
}

/* Writes the unitab_map unitab_NAME_map for raw[0..limit) (0 = none);
 * returns the number of code points with a value. */
static size_t emit_map(FILE *f, const char *name, const uint32_t *raw, uint32_t limit)
{
    uint32_t *values, nblocks = 1, count = 0;  /* ISO C has no empty arrays: at least one block */
    for (uint32_t cp = 0; cp < limit; cp++)
        if (raw[cp])
            nblocks = cp / PAGE + 1, count++;
    size_t nvalues = distinct_values(raw, limit, &values), npages;
    uint16_t *pages, *top = build_pages(raw, nblocks, values, nvalues, &pages, &npages);
    char id[64];
    snprintf(id, sizeof id, "%s_top", name);
    emit_u16s(f, id, top, nblocks);
    snprintf(id, sizeof id, "%s_pages", name);
    emit_u16s(f, id, pages, npages * PAGE);
    snprintf(id, sizeof id, "%s_values", name);
    emit_u32s(f, id, values, nvalues);
    out(f, "const unitab_map unitab_%s_map = {%s_top, %s_pages, %s_values, %u};\n",
        name, name, name, name, (unsigned)nblocks);
    out(f, "/* %s: %u code points, %zu distinct values, %zu pages */\n\n",
        name, (unsigned)count, nvalues - 1, npages);
    free(values), free(top), free(pages);
    return count;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The distinct toneless forms of the readings in toned, space-separated, into plain[0..cap). */
static void plain_list(const icu *c, const char *toned, char *plain, size_t cap)
{
    char *copy = xstrdup(toned), syl[SYL_MAX];
    size_t n = 0;
    plain[0] = '\0';
    for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) {
        strip_tones(c, tok, syl);
        size_t k = strlen(syl);
        if (has_word(plain, syl))
            continue;
        if (n + k + 2 > cap)
            die("reading list too long: %s", toned);
        n += (size_t)sprintf(plain + n, "%s%s", n ? " " : "", syl);
    }
    free(copy);
}

/* Emits the bytes of s and its NUL as character constants, which are
 * exact char initializers whether char is signed or not. */
static void emit_bytes(FILE *f, const char *s)
{
    do {
        unsigned char c = (unsigned char)*s;
        if (c >= 'a' && c <= 'z')
            out(f, "'%c',", c);
        else
            out(f, "'\\%o',", c);
    } while (*s++);
}

/* Emits one pool entry's bytes with a readable comment. */
static void emit_pool_entry(FILE *f, size_t off, const char *toned, const char *plain)
{
    out(f, "/* %zu: %s | %s */", off, toned, plain);
    emit_bytes(f, toned);
    emit_bytes(f, plain);
    out(f, "\n");
}

/* Writes unitab_pinyin_pool and unitab_pinyin_map; returns the code points with readings. */
static size_t emit_pinyin(FILE *f, const icu *c, char **pinyin)
{
    char **sorted = xcalloc(CP_LIMIT, sizeof *sorted);
    size_t n = 0, k = 0, off = 1;
    for (uint32_t cp = 0; cp < CP_LIMIT; cp++)
        if (pinyin[cp])
            sorted[n++] = pinyin[cp];
    qsort(sorted, n, sizeof *sorted, cmp_str);
    uint32_t *offs = xcalloc(n + 1, sizeof *offs), *raw = xcalloc(CP_LIMIT, sizeof *raw);
    out(f, "const char unitab_pinyin_pool[] = {\n0,\n");
    for (size_t i = 0; i < n; i++) {
        if (k && strcmp(sorted[i], sorted[k - 1]) == 0)
            continue;
        char plain[LINE_MAX_LEN];
        plain_list(c, sorted[i], plain, sizeof plain);
        emit_pool_entry(f, off, sorted[i], plain);
        sorted[k] = sorted[i];
        offs[k++] = (uint32_t)off;
        off += strlen(sorted[i]) + strlen(plain) + 2;
    }
    out(f, "};\n\n");
    for (uint32_t cp = 0; cp < CP_LIMIT; cp++) {
        char **hit = pinyin[cp] ? bsearch(&pinyin[cp], sorted, k, sizeof *sorted, cmp_str) : NULL;
        raw[cp] = hit ? offs[hit - sorted] : 0;
    }
    size_t count = emit_map(f, "pinyin", raw, CP_LIMIT);
    free(sorted), free(offs), free(raw);
    return count;
}

static void write_output(const icu *c, const tables *t, const char *tsv)
{
    FILE *f = fopen(g_output, "w");
    if (!f)
        die("cannot create %s", g_output);
    char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo v;
    u_getVersion(v);
    u_versionToString(v, version);
    const char *slash = strrchr(tsv, '/');
    out(f, "/* unitab_data.c — generated by tools/gen_tables from ICU %s and %s; do not edit. */\n"
           "#include \"unitab.h\"\n\n", version, slash ? slash + 1 : tsv);
    size_t np = emit_pinyin(f, c, t->pinyin);
    size_t nt = emit_map(f, "t2s", t->t2s, CP_LIMIT);
    size_t ns = emit_map(f, "s2t", t->s2t, CP_LIMIT);
    size_t nh = emit_map(f, "halfwidth", t->halfwidth, BMP_LIMIT);
    out(f, "/* totals: pinyin %zu, t2s %zu, s2t %zu, halfwidth %zu; "
           "%lu Han code points without a single-syllable Han-Latin reading */\n",
        np, nt, ns, nh, t->rejected);
    if (ferror(f) | fclose(f))
        die("cannot write %s", g_output);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_tables HETERONYMS_TSV OUTPUT_C\n");
        return 2;
    }
    g_output = argv[2];
    icu c;
    tables t = {
        .pinyin = xcalloc(CP_LIMIT, sizeof(char *)),
        .t2s = xcalloc(CP_LIMIT, sizeof(uint32_t)),
        .s2t = xcalloc(CP_LIMIT, sizeof(uint32_t)),
        .halfwidth = xcalloc(CP_LIMIT, sizeof(uint32_t)),
        .rejected = 0,
    };
    icu_open(&c);
    fill_han(&c, &t);
    fill_halfwidth(&c, &t);
    merge_heteronyms(&c, &t, argv[1]);
    write_output(&c, &t, argv[1]);
    icu_close(&c);
    for (uint32_t cp = 0; cp < CP_LIMIT; cp++)
        free(t.pinyin[cp]);
    free(t.pinyin), free(t.t2s), free(t.s2t), free(t.halfwidth);
    return 0;
}
