/* test_compare_edits.c — model/compare against known edits made at test
 * time from the samples 000 and 003: each report is taken apart into its
 * outline (every section's heading and own text), edited — a section
 * deleted, one inserted, a number changed inside one, two siblings
 * swapped (and so renumbered), a group renumbered only — and written out
 * again with each sibling's marker from its place; both versions are
 * parsed and compared, and the statuses must be exactly the edits made:
 * removed for the deleted section and all under it, added for the new
 * one, changed for the number, one of the swapped pair moved, same for
 * everything else (renumbering is no change). Each edit alone, then
 * combined, then random edit scripts (seeded; the seed is printed with a
 * failure): 200, or 40 in a sanitizer build. Args: 000 and 003. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cn_numeral.h"
#include "compare.h"
#include "sample_doc.h"
#include "utf8.h"

#if defined(__SANITIZE_ADDRESS__)
enum { SCRIPTS = 40 };
#else
enum { SCRIPTS = 200 };
#endif
enum { MAX_LEVELS = 8, NEW_BASE = 100000 };

/* A section of the outline: node 0 is the root (the preamble's). */
typedef struct node {
    int id;          /* the original's section index, NEW_BASE + k when
                        inserted, -1 the root */
    int level;
    char *head;      /* the heading from its title on */
    char *own;       /* its own text: blocks joined by blank lines */
    int *kids;       /* node indices, in order */
    size_t nkids, cap;
    size_t title_len; /* head[0..title_len) is the title */
    size_t gap;      /* its children from the gap-th on (1 up; 0: none)
                        are numbered one more than their place */
    int locked;      /* edited: no other edit touches it or its tree */
} node;

/* How a level's markers are written: prefix, numeral, suffix, space. */
typedef struct style {
    char prefix[16], suffix[16], space[8];
    int ascii; /* Arabic digits, else Chinese numerals */
} style;

typedef struct outline {
    node *n;
    size_t nn, cap;
    style st[MAX_LEVELS + 1];
    char *pre;  /* the text before the first heading */
    char *post; /* the appendix: always last */
} outline;

static char *dup_span(const char *s, size_t n)
{
    return xstrndup(s, n);
}

static int add_node(outline *o, int id, int level, char *head,
                    size_t title_len, char *own)
{
    o->n = xgrow(o->n, &o->cap, o->nn, sizeof *o->n);
    o->n[o->nn] = (node){.id = id, .level = level, .head = head,
                         .title_len = title_len, .own = own};
    return (int)o->nn++;
}

static void add_kid(node *p, int k, size_t at)
{
    p->kids = xgrow(p->kids, &p->cap, p->nkids, sizeof *p->kids);
    memmove(p->kids + at + 1, p->kids + at, (p->nkids - at) * sizeof *p->kids);
    p->kids[at] = k;
    p->nkids++;
}

/* The style of marker m with sep (what stood between it and the title). */
static style style_of(const char *m, const char *sep, size_t nsep)
{
    style st = {0};
    size_t n = strlen(m), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(m + i, n - i, &cp);
        if ((cp >= '0' && cp <= '9') || (cp >= 0x3000 && cn_numeral_glyph(cp)))
            break;
        i += k;
    }
    memcpy(st.prefix, m, i < 15 ? i : 15);
    st.ascii = i < n && m[i] >= '0' && m[i] <= '9';
    while (i < n) {
        uint32_t cp;
        size_t k = utf8_decode(m + i, n - i, &cp);
        if (!(st.ascii ? cp >= '0' && cp <= '9' : cp >= 0x3000 && cn_numeral_glyph(cp)))
            break;
        i += k;
    }
    snprintf(st.suffix, sizeof st.suffix, "%s", m + i);
    memcpy(st.space, sep, nsep < 7 ? nsep : 7);
    return st;
}

/* Blocks [from, to) of d joined by blank lines, tables of contents left
 * out. */
static char *blocks_text(const doc *d, size_t from, size_t to)
{
    sbuf b = {0};
    for (size_t k = from; k < to; k++) {
        const block *bl = &d->blocks[k];
        if (bl->kind == BLOCK_TOC)
            continue;
        if (b.len)
            sbuf_adds(&b, "\n\n");
        sbuf_add(&b, d->clean.bytes + bl->start, bl->end - bl->start);
    }
    char *s = xstrndup(b.p ? b.p : "", b.len);
    sbuf_free(&b);
    return s;
}

/* The heading of section s at block k: from its title on, and what
 * stood between its marker and its title into the level's style. */
static char *heading_of(outline *o, const doc *d, size_t k, int s)
{
    const block *bl = &d->blocks[k];
    const char *line = d->clean.bytes + bl->start;
    size_t n = bl->end - bl->start;
    const char *t = memmem(line, n, d->sections[s].title, strlen(d->sections[s].title));
    if (!t)
        t = line + n;
    size_t sep = 0;
    while (t - sep > line && t[-1 - (long)sep] == ' ')
        sep++;
    int level = d->sections[s].level;
    if (level <= MAX_LEVELS && !o->st[level].prefix[0] && !o->st[level].suffix[0])
        o->st[level] = style_of(d->sections[s].marker, t - sep, sep);
    return dup_span(t, (size_t)(line + n - t));
}

/* d taken apart: node 1 + s for section s. */
static void outline_of(outline *o, const doc *d)
{
    memset(o, 0, sizeof *o);
    add_node(o, -1, 0, xstrdup(""), 0, xstrdup(""));
    size_t first = 0;
    while (first < d->nblocks && d->blocks[first].kind != BLOCK_HEADING)
        first++;
    size_t end = first;
    while (end < d->nblocks && d->blocks[end].kind != BLOCK_APPENDIX)
        end++;
    o->pre = blocks_text(d, 0, first);
    o->post = blocks_text(d, end, d->nblocks);
    for (size_t k = first; k < end;) {
        size_t next = k + 1;
        while (next < end && d->blocks[next].kind != BLOCK_HEADING)
            next++;
        int s = d->blocks[k].section;
        char *head = heading_of(o, d, k, s);
        int i = add_node(o, s, d->sections[s].level, head,
                         strlen(d->sections[s].title), blocks_text(d, k + 1, next));
        int p = d->sections[s].parent < 0 ? 0 : 1 + d->sections[s].parent;
        add_kid(&o->n[p], i, o->n[p].nkids);
        k = next;
    }
}

static void outline_free(outline *o)
{
    for (size_t i = 0; i < o->nn; i++) {
        free(o->n[i].head);
        free(o->n[i].own);
        free(o->n[i].kids);
    }
    free(o->n);
    free(o->pre);
    free(o->post);
}

/* A copy of o to edit. */
static void outline_copy(outline *to, const outline *o)
{
    *to = *o;
    to->n = xcalloc(o->nn + 1, sizeof *to->n);
    to->cap = o->nn + 1;
    for (size_t i = 0; i < o->nn; i++) {
        to->n[i] = o->n[i];
        to->n[i].head = xstrdup(o->n[i].head);
        to->n[i].own = xstrdup(o->n[i].own);
        to->n[i].kids = xcalloc(o->n[i].nkids + 1, sizeof *to->n[i].kids);
        for (size_t k = 0; k < o->n[i].nkids; k++)
            to->n[i].kids[k] = o->n[i].kids[k];
        to->n[i].cap = o->n[i].nkids + 1;
    }
    to->pre = xstrdup(o->pre);
    to->post = xstrdup(o->post);
}

/* The number of x's i-th child: its place, one more from the gap on. */
static int number_of(const node *x, size_t i)
{
    return (int)i + 1 + (x->gap && i >= x->gap);
}

/* Node k and everything under it, numbered from its place; order gets
 * the node of each heading written. */
static void write_node(const outline *o, int k, int number, sbuf *b, int *order,
                       size_t *norder)
{
    const node *x = &o->n[k];
    const style *st = &o->st[x->level];
    char num[24];
    if (st->ascii)
        snprintf(num, sizeof num, "%d", number);
    else
        cn_numeral(number, num);
    sbuf_printf(b, "%s%s%s%s%s\n\n", st->prefix, num, st->suffix, st->space, x->head);
    if (x->own[0])
        sbuf_printf(b, "%s\n\n", x->own);
    order[(*norder)++] = k;
    for (size_t i = 0; i < x->nkids; i++)
        write_node(o, x->kids[i], number_of(x, i), b, order, norder);
}

/* Whether d's sections are the headings written (order: their nodes):
 * the parser may take a line for a heading the numbering lacks (a gap
 * made by renumbering: （四） after （三）… （六） makes it look for a
 * （五）), and then the sections are not the outline's. Turns order into
 * the node ids of d's sections. */
static int parsed_back(const outline *o, const doc *d, int *order, size_t n)
{
    int same = d->nsections == n;
    for (size_t k = 0; k < n; k++) {
        const node *x = &o->n[order[k]];
        same &= k < d->nsections && strlen(d->sections[k].title) == x->title_len &&
                memcmp(d->sections[k].title, x->head, x->title_len) == 0;
        order[k] = x->id;
    }
    return same;
}

/* o written out and parsed; order[s] the node id of each section, and
 * *exact whether the sections are those written (parsed_back). */
static doc *written(const outline *o, int *order, size_t *norder, int *exact)
{
    sbuf b = {0};
    sbuf_printf(&b, "%s\n\n", o->pre);
    *norder = 0;
    const node *root = &o->n[0];
    for (size_t i = 0; i < root->nkids; i++)
        write_node(o, root->kids[i], number_of(root, i), &b, order, norder);
    sbuf_printf(&b, "%s\n", o->post);
    doc *d = sample_text("edited", b.p, b.len);
    *exact = parsed_back(o, d, order, *norder);
    static int dumps;
    if (getenv("DUMP") && !*exact) {
        char name[300];
        snprintf(name, sizeof name, "%s.%d", getenv("DUMP"), dumps++);
        FILE *f = fopen(name, "w");
        fwrite(b.p, 1, b.len, f);
        fclose(f);
    }
    sbuf_free(&b);
    return d;
}

/* ---- edits, and what each must show ---- */

typedef struct script {
    outline o;
    unsigned rng;
    char *removed, *changed; /* by the original's section index */
    int added[16], nadded;
    int swaps[16][2], nswaps;
    char what[512];
} script;

static unsigned next_rand(script *s, unsigned n)
{
    s->rng = s->rng * 1103515245u + 12345u;
    return ((s->rng >> 8) & 0xFFFFFF) % (n ? n : 1);
}

/* The parent of node k (0 the root), or -1 when k is out of the tree. */
static int parent_of(const outline *o, int k)
{
    for (size_t p = 0; p < o->nn; p++)
        for (size_t i = 0; i < o->n[p].nkids; i++)
            if (o->n[p].kids[i] == k)
                return (int)p;
    return -1;
}

static int locked_below(const outline *o, int k)
{
    if (o->n[k].locked)
        return 1;
    for (size_t i = 0; i < o->n[k].nkids; i++)
        if (locked_below(o, o->n[k].kids[i]))
            return 1;
    return 0;
}

/* Whether node k is free to edit: in the tree, and neither it, an
 * ancestor nor a descendant edited. */
static int free_node(const outline *o, int k)
{
    if (k <= 0 || parent_of(o, k) < 0)
        return 0;
    for (int p = parent_of(o, k); p > 0; p = parent_of(o, p))
        if (o->n[p].locked)
            return 0;
    return !locked_below(o, k);
}

/* A random node among those test accepts, or -1. */
static int pick(script *s, int (*test)(const script *, int))
{
    int *c = xcalloc(s->o.nn + 1, sizeof *c), n = 0;
    for (size_t k = 0; k < s->o.nn; k++)
        if (test(s, (int)k))
            c[n++] = (int)k;
    int k = n ? c[next_rand(s, (unsigned)n)] : -1;
    free(c);
    return k;
}

static void note(script *s, const char *what, int k)
{
    size_t n = strlen(s->what);
    snprintf(s->what + n, sizeof s->what - n, " %s:%d", what, s->o.n[k].id);
}

static void mark_removed(script *s, int k)
{
    const node *x = &s->o.n[k];
    if (x->id >= 0 && x->id < NEW_BASE)
        s->removed[x->id] = 1;
    for (size_t i = 0; i < x->nkids; i++)
        mark_removed(s, x->kids[i]);
}

static void unlink_kid(node *p, size_t at)
{
    memmove(p->kids + at, p->kids + at + 1, (p->nkids - at - 1) * sizeof *p->kids);
    p->nkids--;
}

static size_t kid_at(const node *p, int k)
{
    size_t i = 0;
    while (p->kids[i] != k)
        i++;
    return i;
}

static int can_delete(const script *s, int k)
{
    return free_node(&s->o, k);
}

static int edit_delete(script *s)
{
    int k = pick(s, can_delete);
    if (k < 0)
        return 0;
    node *p = &s->o.n[parent_of(&s->o, k)];
    unlink_kid(p, kid_at(p, k));
    mark_removed(s, k);
    s->o.n[k].locked = 1;
    note(s, "delete", k);
    return 1;
}

/* Where in node k's own text a digit can change: inside a paragraph (not
 * its first character, not before a point: no new heading), or -1. */
static long digit_at(const node *x)
{
    for (long i = 1; x->own[0] && x->own[i]; i++)
        if (x->own[i] >= '0' && x->own[i] <= '9' && x->own[i - 1] != '\n' &&
            x->own[i + 1] != '.' && x->own[i + 1] != '\n')
            return i;
    return -1;
}

static int can_number(const script *s, int k)
{
    return free_node(&s->o, k) && digit_at(&s->o.n[k]) >= 0;
}

static int edit_number(script *s)
{
    int k = pick(s, can_number);
    if (k < 0)
        return 0;
    node *x = &s->o.n[k];
    long i = digit_at(x);
    x->own[i] = (char)('0' + (x->own[i] - '0' + 1) % 10);
    s->changed[x->id] = 1;
    x->locked = 1;
    note(s, "number", k);
    return 1;
}

/* n random Han characters no heading or number is made of. */
static void random_han(script *s, sbuf *b, int n)
{
    for (int i = 0; i < n; i++) {
        uint32_t cp;
        do
            cp = 0x5000 + next_rand(s, 0x3F00);
        while (cn_numeral_glyph(cp));
        sbuf_addcp(b, cp);
    }
}

static int has_kids(const script *s, int k)
{
    return (k == 0 || free_node(&s->o, k)) && s->o.n[k].nkids > 0 &&
           !s->o.n[k].locked;
}

static int edit_insert(script *s)
{
    int p = pick(s, has_kids);
    if (p < 0 || s->nadded == 16)
        return 0;
    const node *sib = &s->o.n[s->o.n[p].kids[0]];
    sbuf head = {0}, own = {0};
    random_han(s, &head, 10);
    sbuf_adds(&head, sib->head + sib->title_len);
    random_han(s, &own, 80);
    sbuf_adds(&own, "。");
    int id = NEW_BASE + s->nadded;
    int k = add_node(&s->o, id, sib->level, xstrdup(head.p), 30, xstrdup(own.p));
    node *pp = &s->o.n[p];
    add_kid(pp, k, next_rand(s, (unsigned)pp->nkids + 1));
    s->o.n[k].locked = 1;
    s->added[s->nadded++] = id;
    sbuf_free(&head);
    sbuf_free(&own);
    note(s, "insert-under", p);
    return 1;
}

static int can_swap(const script *s, int p)
{
    const node *x = &s->o.n[p];
    if (p && !free_node(&s->o, p))
        return 0;
    for (size_t i = 0; i + 1 < x->nkids; i++)
        if (free_node(&s->o, x->kids[i]) && free_node(&s->o, x->kids[i + 1]))
            return 1;
    return 0;
}

static int edit_swap(script *s)
{
    int p = pick(s, can_swap);
    if (p < 0 || s->nswaps == 16)
        return 0;
    node *x = &s->o.n[p];
    size_t i;
    do
        i = next_rand(s, (unsigned)x->nkids - 1);
    while (!free_node(&s->o, x->kids[i]) || !free_node(&s->o, x->kids[i + 1]));
    int a = x->kids[i], b = x->kids[i + 1];
    x->kids[i] = b;
    x->kids[i + 1] = a;
    s->o.n[a].locked = s->o.n[b].locked = 1;
    s->swaps[s->nswaps][0] = s->o.n[a].id;
    s->swaps[s->nswaps++][1] = s->o.n[b].id;
    note(s, "swap", a);
    return 1;
}

static int can_renumber(const script *s, int p)
{
    return (p == 0 || parent_of(&s->o, p) >= 0) && s->o.n[p].nkids > 1 &&
           !s->o.n[p].gap;
}

/* A gap in the numbering of a group (（一）（二）（四）…): the parser
 * takes a group from its first number on, so that stays. */
static int edit_renumber(script *s)
{
    int p = pick(s, can_renumber);
    if (p < 0)
        return 0;
    s->o.n[p].gap = 1 + next_rand(s, (unsigned)s->o.n[p].nkids - 1);
    note(s, "renumber", p);
    return 1;
}

typedef int (*edit_fn)(script *);
static const edit_fn edits[] = {edit_delete, edit_insert, edit_number,
                                edit_swap, edit_renumber};
enum { NEDITS = sizeof edits / sizeof edits[0] };

static void script_init(script *s, const outline *o, size_t nsec, unsigned seed)
{
    memset(s, 0, sizeof *s);
    outline_copy(&s->o, o);
    s->rng = seed;
    s->removed = xcalloc(nsec + 1, 1);
    s->changed = xcalloc(nsec + 1, 1);
}

static void script_free(script *s)
{
    outline_free(&s->o);
    free(s->removed);
    free(s->changed);
}

/* ---- checking a comparison against the script ---- */

/* The node id of part p of d (order: d's sections' ids), -2 for the
 * preamble, -3 when missing. */
static int id_of(const compare_part *p, const int *order)
{
    if (!p->line)
        return -3;
    return p->section >= 0 ? order[p->section] : -2;
}

static int was_added(const script *s, int id)
{
    for (int i = 0; i < s->nadded; i++)
        if (s->added[i] == id)
            return 1;
    return 0;
}

/* The swap pair holding id, or -1. */
static int swap_of(const script *s, int id)
{
    for (int i = 0; i < s->nswaps; i++)
        if (s->swaps[i][0] == id || s->swaps[i][1] == id)
            return i;
    return -1;
}

/* Whether row p says what the script made of its section. */
static int row_right(const script *s, int ia, int ib, compare_status st,
                     int *moved)
{
    if (ia == -3)
        return st == COMPARE_ADDED && was_added(s, ib);
    if (ib == -3)
        return st == COMPARE_REMOVED && ia >= 0 && s->removed[ia];
    if (ia != ib)
        return 0;
    if (ia == -2)
        return st == COMPARE_SAME;
    if (s->changed[ia])
        return st == COMPARE_CHANGED;
    int w = swap_of(s, ia);
    if (w >= 0 && st == COMPARE_MOVED) {
        moved[w]++;
        return 1;
    }
    return st == COMPARE_SAME;
}

/* Compares a (written from the outline as it was; order_a its ids) with
 * the script's edit of it; each section once, each row right, one of
 * each swapped pair moved. Returns the failures, or -1 when the edit does
 * not parse back (parsed_back). */
static int check_script(const doc *a, const int *order_a, size_t na, script *s)
{
    int order_b[4096], exact;
    size_t nb;
    doc *b = written(&s->o, order_b, &nb, &exact);
    if (!exact) {
        doc_free(b);
        return -1;
    }
    int bad = 0;
    compare *c = compare_docs(a, b);
    int moved[16] = {0};
    char *seen_a = xcalloc(na + 1, 1), *seen_b = xcalloc(nb + 1, 1);
    for (size_t i = 0; !bad && i < c->npairs; i++) {
        const compare_pair *p = &c->pairs[i];
        int ia = id_of(&p->a, order_a), ib = id_of(&p->b, order_b);
        if (p->a.line && p->a.section >= 0 && seen_a[p->a.section]++ && ++bad)
            printf("  section %d of a twice\n", p->a.section);
        if (p->b.line && p->b.section >= 0 && seen_b[p->b.section]++ && ++bad)
            printf("  section %d of b twice\n", p->b.section);
        if (getenv("SEED"))
            printf("  row %zu: %s a=%d b=%d %.3f\n", i, compare_status_name(p->status), ia, ib,
                   p->similarity);
        if (!row_right(s, ia, ib, p->status, moved)) {
            printf("  row %zu: %s a=%d b=%d\n", i, compare_status_name(p->status), ia, ib);
            bad++;
        }
    }
    for (size_t k = 0; !bad && k < na; k++)
        if (!seen_a[k] && ++bad)
            printf("  section %zu of a in no row\n", k);
    for (size_t k = 0; !bad && k < nb; k++)
        if (!seen_b[k] && ++bad)
            printf("  section %zu of b in no row\n", k);
    for (int w = 0; w < s->nswaps; w++)
        if (moved[w] != 1 && ++bad)
            printf("  swap of %d and %d: %d moved\n", s->swaps[w][0], s->swaps[w][1], moved[w]);
    free(seen_a);
    free(seen_b);
    compare_free(c);
    doc_free(b);
    return bad;
}

static int scripts, unparsed; /* scripts run; random ones not parsed back */

/* One script of the given edits (indices into edits[], each once or more)
 * on o; CHECKs that it shows exactly, and, when all is set, that every
 * edit could be made (a random script skips what finds no room). */
static void run_script(const outline *o, const doc *a, const int *order_a,
                       const int *which, int n, unsigned seed, int all)
{
    script s;
    script_init(&s, o, a->nsections, seed);
    int made = 0;
    for (int i = 0; i < n; i++)
        made += edits[which[i]](&s);
    int bad = check_script(a, order_a, a->nsections, &s);
    if (bad < 0 && !all)
        unparsed++;
    else if (!CHECK((all ? made == n : made > 0) && bad == 0))
        printf("  seed %u, edits:%s%s\n", seed, s.what, bad < 0 ? " (not parsed back)" : "");
    scripts++;
    script_free(&s);
}

/* The outline of the sample at path, written out and parsed (a), with
 * the ids of a's sections; checks the writing keeps every section. */
static doc *sample_outline(const char *path, outline *o, int *order)
{
    doc *d = sample_doc(path);
    CHECK(d != NULL);
    if (!d)
        return NULL;
    outline_of(o, d);
    size_t n;
    int exact;
    doc *a = written(o, order, &n, &exact);
    CHECK(exact);
    CHECK_INT(a->nsections, d->nsections);
    CHECK_INT(n, d->nsections);
    for (size_t k = 0; k < a->nsections && k < d->nsections; k++)
        CHECK_STR(a->sections[k].title, d->sections[k].title);
    doc_free(d);
    return a;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        printf("usage: test_compare_edits 000 003\n");
        return 2;
    }
    for (int f = 1; f < 3; f++) {
        outline o;
        int order[4096];
        doc *a = sample_outline(argv[f], &o, order);
        if (!a)
            return check_done();
        unsigned seed = 20260101u + (unsigned)f;
        for (int e = 0; e < NEDITS; e++) /* each edit alone */
            run_script(&o, a, order, &e, 1, seed + (unsigned)e, 1);
        /* all together: swap, renumber, number, delete, insert */
        const int all[] = {3, 4, 2, 0, 1};
        run_script(&o, a, order, all, NEDITS, seed, 1);
        const int twice[] = {3, 2, 2, 0, 0, 1, 1};
        run_script(&o, a, order, twice, 7, seed + 7, 1);
        for (int i = 0; i < SCRIPTS / 2; i++) { /* random scripts */
            unsigned z = seed * 7919u + (unsigned)i * 104729u;
            int which[6], n = 1 + (int)(z % 5);
            for (int k = 0; k < n; k++)
                which[k] = (int)((z >> (4 + 3 * k)) % NEDITS);
            if (!getenv("SEED") || strtoul(getenv("SEED"), NULL, 10) == z)
                run_script(&o, a, order, which, n, z, 0);
        }
        outline_free(&o);
        doc_free(a);
    }
    printf("%d scripts, %d random ones not parsed back (skipped)\n", scripts, unparsed);
    CHECK(unparsed * 20 <= scripts);
    return check_done();
}
