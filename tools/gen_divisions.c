/* gen_divisions.c — build-time compiler of the gazetteer in
 * assets/divisions (provinces.csv, cities.csv, areas.csv, HK-MO-TW.json)
 * into divisions_data.c (layout: model/divisions_data.h): every division
 * with its code, parent and level, and every name it goes by — its full
 * name and its short forms (广东省 → 广东, 黔东南苗族侗族自治州 → 黔东南州,
 * 黔东南, 海拉尔区 → 海拉尔) — sorted for model/divisions.c's binary
 * search, with a hash table of their first two characters and bitmaps
 * of first characters and pairs for its scan of a text, so the binary
 * reads no file of it at run time.
 *
 * usage: gen_divisions PROVINCES_CSV CITIES_CSV AREAS_CSV HKMOTW_JSON OUTPUT_C
 *
 * The 市辖区 / 县 / 省直辖县级行政区划 rows of cities.csv are placeholders:
 * their counties hang from the province. HK-MO-TW.json gives the three
 * province-level names (their GB/T 2260 codes 81, 82, 71 are below); its
 * districts carry no codes and are left out. Counties coded 7x are
 * development zones and parks (flagged weak, no short forms); a division
 * whose name is a common word (城区, 矿区) is flagged generic and gives no
 * short form either. Every name is kept as model/fold.h folds text (乾县
 * is looked for as 干县: the fold is linked in), the full names as written. An unreadable file, a bad row, a name unknown to the
 * code table or a name of more than 16 divisions (DIVISIONS_MAX_HITS)
 * stops the build. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "divisions_data.h"
#include "fold.h"

enum { LINE_BYTES = 1024, NONE = 0xFFFF };

/* GB/T 2260 codes of the divisions HK-MO-TW.json names without codes. */
static const struct { const char *name; unsigned code; } json_codes[] = {
    {"香港特别行政区", 81}, {"澳门特别行政区", 82}, {"台湾省", 71},
};

/* Placeholder rows of cities.csv: not divisions. */
static const char *const placeholders[] = {
    "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划",
};

/* Words that are division names but mostly mean something else; they are
 * not short forms either. */
static const char *const generic[] = {
    "城区", "矿区", "郊区", "东区", "西区", "南区", "北区", "市区", "新区",
    "林区", "特区", "山区", "开发区", "工业区", "园区", "景区", "社区",
    "片区", "示范区", "行政区", "服务区", "试验区", "自治区",
};

/* The 56 peoples, as autonomous divisions name them (苗族, 蒙古). */
static const char *const peoples[] = {
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满",
    "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲",
    "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
    "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
    "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
};

/* Endings taken off for a short form, longest first; an autonomous one
 * also drops the peoples before it and gives stem + its last character
 * (黔东南州). */
static const struct { const char *end; int autonomous; } endings[] = {
    {"特别行政区", 0}, {"自治区", 1}, {"自治州", 1}, {"自治县", 1},
    {"自治旗", 1}, {"地区", 0}, {"新区", 0}, {"林区", 0}, {"特区", 0},
    {"省", 0}, {"市", 0}, {"区", 0}, {"县", 0}, {"旗", 0}, {"盟", 0},
};

typedef struct row {
    unsigned code, parent_code;
    char *name;
    unsigned level, flags, parent;
} row;

typedef struct alias {
    char *name;
    unsigned row, is_short;
} alias;

typedef struct table {
    row *rows;
    size_t nrows, rowcap;
    alias *aliases;
    size_t naliases, aliascap;
    unsigned placeholder_city[10000]; /* city code → its province code */
} table;

static const char *out_path;

static _Noreturn void fail(const char *path, size_t line, const char *what)
{
    fprintf(stderr, "gen_divisions: %s:%zu: %s\n", path, line, what);
    if (out_path)
        remove(out_path);
    exit(1);
}

static void *must(void *p)
{
    if (!p)
        fail("memory", 0, "out of memory");
    return p;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = must(malloc(n + 1));
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

#define IN(s, list) in_list((s), (list), sizeof(list) / sizeof(list)[0])

static size_t chars_of(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static void add_row(table *t, unsigned code, const char *name, unsigned level,
                    unsigned parent_code, unsigned flags)
{
    if (t->nrows == t->rowcap) {
        t->rowcap = t->rowcap ? t->rowcap * 2 : 1024;
        t->rows = must(realloc(t->rows, t->rowcap * sizeof *t->rows));
    }
    t->rows[t->nrows++] = (row){code, parent_code, dup_n(name, strlen(name)),
                                level, flags, NONE};
}

static void add_alias(table *t, const char *s, size_t n, unsigned r,
                      unsigned is_short)
{
    if (t->naliases == t->aliascap) {
        t->aliascap = t->aliascap ? t->aliascap * 2 : 4096;
        t->aliases = must(realloc(t->aliases, t->aliascap * sizeof *t->aliases));
    }
    sbuf folded = {0};
    fold_compact(s, n, &folded);
    t->aliases[t->naliases++] = (alias){dup_n(folded.p, folded.len), r, is_short};
    sbuf_free(&folded);
}

/* Splits a CSV line into at most max fields (quotes dropped, no commas
 * inside them in these files); returns the count. */
static size_t split(char *line, char **f, size_t max)
{
    size_t n = 0;
    for (char *p = line; n < max;) {
        char *comma = strchr(p, ',');
        if (comma)
            *comma = '\0';
        if (*p == '"') {
            p++;
            char *q = strchr(p, '"');
            if (q)
                *q = '\0';
        }
        f[n++] = p;
        if (!comma)
            break;
        p = comma + 1;
    }
    return n;
}

/* Calls fn for every data line of a CSV file with want fields. */
static void read_csv(table *t, const char *path, size_t want,
                     void (*fn)(table *, char **, const char *, size_t))
{
    FILE *in = fopen(path, "r");
    if (!in)
        fail(path, 0, "cannot read");
    char line[LINE_BYTES], *f[8];
    for (size_t no = 1; fgets(line, sizeof line, in); no++) {
        line[strcspn(line, "\r\n")] = '\0';
        if (no == 1 || !*line)
            continue;
        if (split(line, f, 8) != want || !*f[1])
            fail(path, no, "a row without its fields");
        fn(t, f, path, no);
    }
    fclose(in);
}

static unsigned code_of(const char *s, const char *path, size_t no)
{
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (*end || !v || v > 999999)
        fail(path, no, "a bad code");
    return (unsigned)v;
}

static void province_row(table *t, char **f, const char *path, size_t no)
{
    add_row(t, code_of(f[0], path, no), f[1], 1, 0, 0);
}

static void city_row(table *t, char **f, const char *path, size_t no)
{
    unsigned code = code_of(f[0], path, no);
    if (code >= 10000)
        fail(path, no, "a city code of more than four digits");
    if (IN(f[1], placeholders))
        t->placeholder_city[code] = code_of(f[2], path, no);
    else
        add_row(t, code, f[1], 2, code_of(f[2], path, no), 0);
}

static void area_row(table *t, char **f, const char *path, size_t no)
{
    unsigned code = code_of(f[0], path, no), city = code_of(f[2], path, no);
    if (city >= 10000)
        fail(path, no, "a bad city code");
    unsigned parent = t->placeholder_city[city] ? t->placeholder_city[city] : city;
    unsigned flags = (code % 100 >= 71 && code % 100 <= 79) ? 1 : 0;
    if (IN(f[1], generic))
        flags |= 2;
    add_row(t, code, f[1], 3, parent, flags);
}

/* The keys at depth one of the JSON object in path (the province-level
 * names), each given its code from json_codes. */
static void read_json(table *t, const char *path)
{
    FILE *in = fopen(path, "r");
    if (!in)
        fail(path, 0, "cannot read");
    int depth = 0, c;
    char key[256];
    while ((c = fgetc(in)) != EOF) {
        if (c == '{' || c == '[')
            depth++;
        else if (c == '}' || c == ']')
            depth--;
        else if (c == '"') {
            size_t n = 0;
            while ((c = fgetc(in)) != EOF && c != '"')
                if (n + 1 < sizeof key)
                    key[n++] = (char)c;
            key[n] = '\0';
            if (depth != 1)
                continue;
            size_t i = 0;
            while (i < sizeof json_codes / sizeof json_codes[0] &&
                   strcmp(json_codes[i].name, key) != 0)
                i++;
            if (i == sizeof json_codes / sizeof json_codes[0])
                fail(path, 0, "a province-level name without a code");
            add_row(t, json_codes[i].code, key, 1, 0, 0);
        }
    }
    fclose(in);
}

static int by_code(const void *a, const void *b)
{
    const row *x = a, *y = b;
    return (x->code > y->code) - (x->code < y->code);
}

/* Sorts the rows by code and links each to its parent's row; a county
 * row named as its city (东莞市 441900 of 4419) is that city and goes. */
static void link_parents(table *t)
{
    qsort(t->rows, t->nrows, sizeof *t->rows, by_code);
    for (size_t i = 0; i < t->nrows; i++) {
        row *r = &t->rows[i];
        row key = {.code = r->parent_code}, *p;
        if (r->level == 3 && (p = bsearch(&key, t->rows, t->nrows, sizeof *t->rows,
                                          by_code)) && !strcmp(p->name, r->name))
            r->level = 0;
    }
    size_t w = 0;
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].level)
            t->rows[w++] = t->rows[i];
        else
            free(t->rows[i].name);
    t->nrows = w;
    for (size_t i = 0; i < t->nrows; i++) {
        row *r = &t->rows[i];
        if (!r->parent_code)
            continue;
        row key = {.code = r->parent_code};
        row *p = bsearch(&key, t->rows, t->nrows, sizeof *t->rows, by_code);
        if (!p)
            fail(r->name, r->code, "a parent code that is not in the gazetteer");
        r->parent = (unsigned)(p - t->rows);
    }
}

static int ends_with(const char *s, size_t n, const char *end)
{
    size_t k = strlen(end);
    return n >= k && memcmp(s + n - k, end, k) == 0;
}

/* The length of s[0..n) without the peoples it ends with (苗族侗族,
 * 蒙古, 哈萨克). */
static size_t without_peoples(const char *s, size_t n)
{
    for (int again = 1; again;) {
        again = 0;
        size_t m = ends_with(s, n, "族") ? n - 3 : n;
        size_t best = 0;
        for (size_t i = 0; i < sizeof peoples / sizeof peoples[0]; i++)
            if (ends_with(s, m, peoples[i]) && strlen(peoples[i]) > best)
                best = strlen(peoples[i]);
        if (best && m - best > 0) {
            n = m - best;
            again = 1;
        }
    }
    return n;
}

static void add_short(table *t, const char *s, size_t n, unsigned r)
{
    char *w = dup_n(s, n);
    if (chars_of(s, n) >= 2 && !IN(w, generic) && strcmp(w, t->rows[r].name))
        add_alias(t, s, n, r, 1);
    free(w);
}

/* The short forms of row r's name. */
static void add_shorts(table *t, unsigned r)
{
    const char *name = t->rows[r].name;
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        const char *end = endings[i].end;
        if (!ends_with(name, n, end))
            continue;
        size_t stem = n - strlen(end);
        if (!endings[i].autonomous) {
            add_short(t, name, stem, r);
            return;
        }
        size_t bare = without_peoples(name, stem);
        if (chars_of(name, bare) < 2) /* 鄂温克族自治旗: 鄂温克旗, 鄂温克 */
            bare = ends_with(name, stem, "族") ? stem - 3 : stem;
        add_short(t, name, bare, r);
        char buf[256];
        size_t last = strlen(end) - 3;
        if (bare + 3 < sizeof buf && i != 1) { /* not 广西区 */
            memcpy(buf, name, bare);
            memcpy(buf + bare, end + last, 3);
            add_short(t, buf, bare + 3, r);
        }
        return;
    }
}

static void make_aliases(table *t)
{
    for (size_t i = 0; i < t->nrows; i++) {
        add_alias(t, t->rows[i].name, strlen(t->rows[i].name), (unsigned)i, 0);
        if (!t->rows[i].flags)
            add_shorts(t, (unsigned)i);
    }
}

static int by_name(const void *a, const void *b)
{
    const alias *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->row > y->row) - (x->row < y->row);
}

static void put_bytes(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "\\%03o", (unsigned char)s[i]);
}

/* The text: each row's name, then each short form that is not the start
 * of its row's name; offsets into it are written to name_off/alias_off. */
static size_t write_text(FILE *f, const table *t, size_t *name_off,
                         size_t *alias_off)
{
    size_t at = 0;
    fputs("const char divisions_text[] =\n", f);
    for (size_t i = 0; i < t->nrows; i++) {
        name_off[i] = at;
        fputs("    \"", f);
        put_bytes(f, t->rows[i].name, strlen(t->rows[i].name));
        fputs("\\0\"\n", f);
        at += strlen(t->rows[i].name) + 1;
    }
    for (size_t i = 0; i < t->naliases; i++) {
        const alias *a = &t->aliases[i];
        const char *full = t->rows[a->row].name;
        size_t n = strlen(a->name);
        if (strncmp(full, a->name, n) == 0) {
            alias_off[i] = name_off[a->row];
            continue;
        }
        alias_off[i] = at;
        fputs("    \"", f);
        put_bytes(f, a->name, n);
        fputs("\\0\"\n", f);
        at += n + 1;
    }
    fputs("    \"\";\n\n", f);
    return at;
}

static void write_bits(FILE *f, const char *name, const unsigned char *bits)
{
    fprintf(f, "const uint8_t %s[8192] = {", name);
    for (size_t i = 0; i < 8192; i++)
        fprintf(f, "%s%u,", i % 16 ? " " : "\n    ", bits[i]);
    fputs("\n};\n\n", f);
}

/* The prefix hash table (divisions_data.h): each distinct first two
 * characters of the aliases (groups, sorted) to its first alias. */
static void write_slots(FILE *f, const table *t, const size_t *group_first,
                        size_t ngroups)
{
    size_t size = 1;
    while (size < 4 * ngroups)
        size *= 2;
    unsigned *slot = must(calloc(size, sizeof *slot));
    static unsigned char pairs[8192];
    for (size_t g = 0; g < ngroups; g++) {
        const char *name = t->aliases[group_first[g]].name;
        if (g && !memcmp(t->aliases[group_first[g - 1]].name, name, DIVISIONS_PREFIX))
            continue;
        uint32_t hash = divisions_prefix_hash(divisions_prefix_key(name));
        pairs[hash >> 19] |= (unsigned char)(1u << (hash >> 16 & 7));
        size_t h = hash & (size - 1);
        while (slot[h])
            h = (h + 1) & (size - 1);
        slot[h] = (unsigned)g + 1;
    }
    fputs("const uint16_t divisions_prefix_slots[] = {", f);
    for (size_t i = 0; i < size; i++)
        fprintf(f, "%s%u,", i % 16 ? " " : "\n    ", slot[i]);
    fprintf(f, "\n};\nconst size_t divisions_prefix_mask = %zu;\n\n", size - 1);
    free(slot);
    static unsigned char first[8192];
    for (size_t i = 0; i < t->naliases; i++) {
        const unsigned char *u = (const unsigned char *)t->aliases[i].name;
        if ((u[0] & 0xF0) != 0xE0)
            fail(t->aliases[i].name, 0, "a name that does not start in the BMP");
        unsigned cp = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
        first[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    }
    write_bits(f, "divisions_first", first);
    write_bits(f, "divisions_pairs", pairs);
}

static void write_c(const table *t, const char *out)
{
    FILE *f = fopen(out, "w");
    if (!f)
        fail(out, 0, "cannot write the output");
    size_t *name_off = must(calloc(t->nrows, sizeof *name_off));
    size_t *alias_off = must(calloc(t->naliases, sizeof *alias_off));
    fputs("/* divisions_data.c — generated by tools/gen_divisions from "
          "assets/divisions; do not edit. */\n#include \"divisions_data.h\"\n\n", f);
    size_t bytes = write_text(f, t, name_off, alias_off);
    fputs("const division_row divisions_rows[] = {\n", f);
    for (size_t i = 0; i < t->nrows; i++) {
        const row *r = &t->rows[i];
        fprintf(f, "    {%u, %u, %zu, %zu, %u, %u},\n", r->code, r->parent,
                strlen(r->name), name_off[i], r->level, r->flags);
    }
    fprintf(f, "};\nconst size_t divisions_nrows = %zu;\n\n", t->nrows);
    fputs("const division_alias divisions_aliases[] = {\n", f);
    size_t nalias = 0, *group_first = must(calloc(t->naliases, sizeof *group_first));
    for (size_t i = 0; i < t->naliases; nalias++) {
        size_t j = i;
        while (j < t->naliases && !strcmp(t->aliases[j].name, t->aliases[i].name))
            j++;
        if (j - i > 16)
            fail(t->aliases[i].name, j - i, "a name of more than 16 divisions");
        if (strlen(t->aliases[i].name) < DIVISIONS_PREFIX)
            fail(t->aliases[i].name, 0, "a name of less than two characters");
        fprintf(f, "    {%zu, %zu, %zu, %zu},\n", alias_off[i],
                strlen(t->aliases[i].name), j - i, i);
        group_first[nalias] = i;
        i = j;
    }
    fprintf(f, "};\nconst size_t divisions_naliases = %zu;\n\n", nalias);
    write_slots(f, t, group_first, nalias);
    free(group_first);
    fputs("const uint16_t divisions_refs[] = {\n", f);
    for (size_t i = 0; i < t->naliases; i++)
        fprintf(f, "    %u,\n", t->aliases[i].row | (t->aliases[i].is_short ? 0x8000u : 0));
    fprintf(f, "};\nconst size_t divisions_nrefs = %zu;\n"
               "const size_t divisions_text_bytes = %zu;\n", t->naliases, bytes);
    free(name_off);
    free(alias_off);
    if (ferror(f) | fclose(f))
        fail(out, 0, "cannot write the output");
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fputs("usage: gen_divisions PROVINCES_CSV CITIES_CSV AREAS_CSV "
              "HKMOTW_JSON OUTPUT_C\n", stderr);
        return 2;
    }
    out_path = argv[5];
    static table t;
    read_csv(&t, argv[1], 2, province_row);
    read_json(&t, argv[4]);
    read_csv(&t, argv[2], 3, city_row);
    read_csv(&t, argv[3], 4, area_row);
    if (t.nrows >= NONE)
        fail(argv[3], 0, "too many divisions");
    link_parents(&t);
    make_aliases(&t);
    qsort(t.aliases, t.naliases, sizeof *t.aliases, by_name);
    write_c(&t, argv[5]);
    for (size_t i = 0; i < t.nrows; i++)
        free(t.rows[i].name);
    for (size_t i = 0; i < t.naliases; i++)
        free(t.aliases[i].name);
    free(t.rows);
    free(t.aliases);
    return 0;
}
