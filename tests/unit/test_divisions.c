/* test_divisions.c — unit tests of the gazetteer (model/divisions.h)
 * against the files it is compiled from (argv[1]: assets/divisions):
 * every division found by code with its name and parent; then names put
 * into 我代表X人民政府 sentences run through the whole pipeline — the 34
 * province-level names, 50 prefectures and 50 counties drawn at random
 * (the seed is printed; BAOGAO_SEED sets it) — come back with their
 * code, and 30 generic words (工业区, 示范区, 城区 …) in the same places
 * never become a region; short forms, ambiguity, chains. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "check.h"
#include "divisions.h"
#include "pipeline.h"
#include "slurp.h"

enum { MAX_ROWS = 4096 };

typedef struct entry {
    unsigned code, parent;
    char name[128];
} entry;

typedef struct csv_file {
    entry v[MAX_ROWS];
    size_t n;
} csv_file;

static csv_file provinces, cities, areas;

/* Reads path's rows "code,\"name\",parent…" (the parent: the third
 * field, 0 when there is none). */
static void read_rows(const char *dir, const char *file, csv_file *out)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    size_t n;
    char *s = slurp(path, &n);
    CHECK(s != NULL);
    if (!s)
        return;
    char *save = NULL;
    strtok_r(s, "\n", &save); /* the header */
    for (char *line; (line = strtok_r(NULL, "\r\n", &save)) && out->n < MAX_ROWS;) {
        entry *e = &out->v[out->n];
        char name[128];
        unsigned parent = 0;
        if (sscanf(line, "%u,\"%127[^\"]\",%u", &e->code, name, &parent) >= 2) {
            snprintf(e->name, sizeof e->name, "%s", name);
            e->parent = parent;
            out->n++;
        }
    }
    free(s);
}

static int placeholder(const char *name)
{
    return !strcmp(name, "市辖区") || !strcmp(name, "县") ||
           strstr(name, "直辖县级行政区划") != NULL;
}

static const entry *find(const csv_file *f, unsigned code)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->v[i].code == code)
            return &f->v[i];
    return NULL;
}

/* A county row named as its city (东莞市 441900) is the city itself. */
static int city_itself(const entry *a)
{
    const entry *c = find(&cities, a->parent);
    return c && !strcmp(c->name, a->name);
}

/* Every row of the files is a division, with its name and parent. */
static void test_every_row(void)
{
    size_t expect = 3, named = 0, parented = 0; /* HK, MO, TW */
    for (size_t i = 0; i < provinces.n; i++) {
        expect++;
        named += divisions_name(provinces.v[i].code) &&
                 !strcmp(divisions_name(provinces.v[i].code), provinces.v[i].name);
        parented += divisions_parent(provinces.v[i].code) == 0;
    }
    size_t cities_in = 0;
    for (size_t i = 0; i < cities.n; i++) {
        const entry *c = &cities.v[i];
        if (placeholder(c->name))
            continue;
        cities_in++;
        named += divisions_name(c->code) && !strcmp(divisions_name(c->code), c->name);
        parented += divisions_parent(c->code) == c->parent;
    }
    size_t areas_in = 0;
    for (size_t i = 0; i < areas.n; i++) {
        const entry *a = &areas.v[i];
        if (city_itself(a))
            continue;
        areas_in++;
        const entry *c = find(&cities, a->parent);
        unsigned parent = c && placeholder(c->name) ? c->parent : a->parent;
        named += divisions_name(a->code) && !strcmp(divisions_name(a->code), a->name);
        parented += divisions_parent(a->code) == parent;
    }
    expect += cities_in + areas_in;
    CHECK_INT(divisions_count(), expect);
    CHECK_INT(named, expect - 3);
    CHECK_INT(parented, expect - 3);
    CHECK_INT(provinces.n + 3, 34);
    CHECK_STR(divisions_name(81), "香港特别行政区");
    CHECK_STR(divisions_name(82), "澳门特别行政区");
    CHECK_STR(divisions_name(71), "台湾省");
    CHECK(divisions_name(0) == NULL);
    CHECK(divisions_name(999999) == NULL);
    /* below the first row, between rows, above the last */
    CHECK(divisions_name(1) == NULL && divisions_level(10) == 0 &&
          divisions_parent(4400) == 0 && divisions_name(4294967295u) == NULL);
    CHECK(divisions_table_bytes() > 0);
}

/* The code a name comes to alone (0: none or ambiguous). */
static unsigned code_of(const char *name)
{
    division_hit h;
    divisions_lookup(name, strlen(name), &h);
    return divisions_resolve(&h, NULL, 0);
}

static void test_lookups(void)
{
    CHECK_INT(code_of("黔东南苗族侗族自治州"), 5226);
    CHECK_INT(code_of("黔东南州"), 5226);
    CHECK_INT(code_of("黔东南"), 5226);
    CHECK_INT(code_of("西藏"), 54);
    CHECK_INT(code_of("广西"), 45);
    CHECK_INT(code_of("内蒙古"), 15);
    CHECK_INT(code_of("新疆"), 65);
    CHECK_INT(code_of("香港"), 81);
    CHECK_INT(code_of("荔湾"), 440103);
    CHECK_INT(code_of("海拉尔"), 150702);
    CHECK_INT(code_of("锡林郭勒"), 1525);
    CHECK_INT(code_of("长沙"), 4301);     /* not its 长沙县 */
    CHECK_INT(code_of("河北"), 13);       /* the province, not 天津's 河北区 */
    CHECK_INT(code_of("东莞市"), 4419);   /* one division, not two */
    CHECK_INT(code_of("工业区"), 0);
    CHECK_INT(code_of("广西区"), 0);
    /* 朝阳区 of 北京 and of 长春: ambiguous, unless the text names one */
    division_hit h;
    CHECK(divisions_lookup("朝阳区", strlen("朝阳区"), &h) >= 2);
    CHECK_INT(divisions_resolve(&h, NULL, 0), 0);
    unsigned jilin = 22, beijing = 11;
    CHECK_INT(divisions_resolve(&h, &jilin, 1), 220104);
    CHECK_INT(divisions_resolve(&h, &beijing, 1), 110105);
    /* the longest name at a place */
    const char *s = "广州市荔湾区人民政府";
    CHECK_INT(divisions_match(s, strlen(s), &h), strlen("广州市"));
    CHECK_INT(h.n, 1);
    CHECK_INT(h.code[0], 4401);
    CHECK_INT(divisions_match(s + 9, strlen(s + 9), &h), strlen("荔湾区"));
    CHECK_INT(divisions_match("人民政府", strlen("人民政府"), &h), 0);
    CHECK_INT(divisions_match("广", 3, &h), 0);
    sbuf c = {0};
    divisions_chain(440103, &c);
    CHECK_STR(c.p, "广东省 › 广州市 › 荔湾区");
    c.len = 0;
    divisions_chain(500101, &c);
    CHECK_STR(c.p, "重庆市 › 万州区");
    c.len = 0;
    divisions_chain(123, &c);
    CHECK_INT(c.len, 0);
    sbuf_free(&c);
    CHECK_INT(divisions_parent(440103), 4401);
    CHECK_INT(divisions_level(44), 1);
    CHECK_INT(divisions_level(4401), 2);
    CHECK_INT(divisions_level(440103), 3);
    CHECK(divisions_within(440103, 44));
    CHECK(!divisions_within(440103, 45));
    CHECK(divisions_weak(140302));  /* 城区 */
    CHECK(!divisions_weak(440103));
}

/* The region code the pipeline finds in a report saying 我代表<name>人民
 * 政府 (and in its region text, *region). */
static unsigned speaker_code(const char *name, char *region, size_t rn)
{
    char report[512];
    snprintf(report, sizeof report,
             "各位代表：\n\n现在，我代表%s人民政府向大会报告工作，请予审议。\n\n"
             "一、过去一年工作回顾\n\n过去一年，经济平稳增长。\n", name);
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, report, strlen(report), 1, NULL);
    unsigned code = d->meta.region_code;
    if (region)
        snprintf(region, rn, "%s", d->meta.region);
    doc_free(d);
    return code;
}

/* A report's region from a title-page line: <name>2024年政府工作报告 and
 * 在<name>第十五届人民代表大会第四次会议上. */
static unsigned title_code(const char *name)
{
    char report[512];
    snprintf(report, sizeof report,
             "%s2024年政府工作报告\n\n——2024年1月10日在%s第十五届人民代表大会第四次会议上\n\n"
             "各位代表：\n\n现将有关情况报告如下。%s建设加快，%s发展。\n",
             name, name, name, name);
    doc *d = doc_new("t.txt", "t.txt");
    pipeline_text(d, report, strlen(report), 1, NULL);
    unsigned code = d->meta.region_code;
    doc_free(d);
    return code;
}

/* A name of e the text can use alone: its own when that names it
 * unambiguously, else prefixed by its parents (吉林省长春市朝阳区). */
static void speakable(unsigned code, char *out, size_t n)
{
    const char *name = divisions_name(code);
    division_hit h;
    divisions_lookup(name, strlen(name), &h);
    if (h.n == 1 && !divisions_weak(code)) {
        snprintf(out, n, "%s", name);
        return;
    }
    unsigned p = divisions_parent(code), pp = p ? divisions_parent(p) : 0;
    snprintf(out, n, "%s%s%s", pp ? divisions_name(pp) : "", p ? divisions_name(p) : "",
             name);
}

/* Draws k entries of f that pass ok, each once, into pick. */
static size_t draw(const csv_file *f, int (*ok)(const entry *), const entry **pick,
                   size_t k)
{
    const entry *pool[MAX_ROWS];
    size_t n = 0;
    for (size_t i = 0; i < f->n; i++)
        if (ok(&f->v[i]))
            pool[n++] = &f->v[i];
    for (size_t i = 0; i < k && i < n; i++) {
        size_t j = i + (size_t)rand() % (n - i);
        const entry *t = pool[i];
        pool[i] = pool[j];
        pool[j] = t;
        pick[i] = pool[i];
    }
    return k < n ? k : n;
}

static int real_city(const entry *e)
{
    return !placeholder(e->name);
}

/* A county, not a development zone (7x) nor its city's own row. */
static int real_county(const entry *e)
{
    return !(e->code % 100 >= 71 && e->code % 100 <= 79) && !city_itself(e);
}

static void check_speaker(unsigned code, const char *name)
{
    char region[256];
    unsigned got = speaker_code(name, region, sizeof region);
    if (!CHECK(got == code))
        printf("  %s: got %u, want %u (%s)\n", name, got, code, region);
}

static void test_speakers(void)
{
    for (size_t i = 0; i < provinces.n; i++)
        check_speaker(provinces.v[i].code, provinces.v[i].name);
    check_speaker(81, "香港特别行政区");
    check_speaker(82, "澳门特别行政区");
    check_speaker(71, "台湾省");
    const entry *pick[50];
    char name[512];
    size_t n = draw(&cities, real_city, pick, 50);
    CHECK_INT(n, 50);
    for (size_t i = 0; i < n; i++) {
        speakable(pick[i]->code, name, sizeof name);
        check_speaker(pick[i]->code, name);
    }
    n = draw(&areas, real_county, pick, 50);
    CHECK_INT(n, 50);
    for (size_t i = 0; i < n; i++) {
        speakable(pick[i]->code, name, sizeof name);
        check_speaker(pick[i]->code, name);
    }
}

static void test_generic_words(void)
{
    static const char *const words[] = {
        "工业区", "行政区", "示范区", "开发区", "服务区", "园区", "景区", "城区",
        "社区", "片区", "新区", "促进区", "试验区", "保税区", "自贸区", "功能区",
        "管理区", "实验区", "核心区", "市区", "郊区", "矿区", "林区", "特区",
        "山区", "库区", "老区", "湾区", "港区", "校区",
    };
    CHECK_INT(sizeof words / sizeof words[0], 30);
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char region[256];
        unsigned s = speaker_code(words[i], region, sizeof region);
        unsigned t = title_code(words[i]);
        if (!CHECK(s == 0 && t == 0 && !*region))
            printf("  %s became %u / %u (%s)\n", words[i], s, t, region);
    }
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: test_divisions ASSETS_DIVISIONS_DIR\n", stderr);
        return 2;
    }
    const char *env = getenv("BAOGAO_SEED");
    unsigned seed = env ? (unsigned)strtoul(env, NULL, 10) : (unsigned)time(NULL);
    printf("seed %u (BAOGAO_SEED)\n", seed);
    srand(seed);
    read_rows(argv[1], "provinces.csv", &provinces);
    read_rows(argv[1], "cities.csv", &cities);
    read_rows(argv[1], "areas.csv", &areas);
    test_every_row();
    test_lookups();
    test_speakers();
    test_generic_words();
    return check_done();
}
