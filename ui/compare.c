/* compare.c — the Compare view: two reports side by side (c in Reports),
 * their sections aligned (model/compare.h) so that paired sections start
 * on the same row, the shorter side filled (compare_rows.h), one scroll
 * for both; a margin mark per row says what became of its section (~
 * changed, + only in B, − only in A, » moved), the words that changed
 * inside a changed pair highlighted (the text diff of its parts:
 * textdiff.h, with the loader's word boundaries), numbers in their own
 * role, the numbers whose value changed (model/compare_numbers.h) too;
 * ] [ go to the next / previous section that is not the same; d shows
 * the numbers instead: A's targets against the outcomes B states, or
 * another report of A's region in the corpus (met, missed), and the
 * indicators paired (A, B, Δ); t the terms instead: the phrases new in B
 * and dropped from A (model/keyness.h, made once per pair), each with its
 * count and score, in two columns (new | dropped) from TERMS_WIDE
 * columns, else one list with a side mark (+ new, − dropped); j k move,
 * Tab the other column, Enter shows the term's first place in the
 * reader. Narrower than 100 columns it shows one
 * side at a time, Tab switching, the rows still aligned; wider, Tab moves
 * the focus between the sides (Enter opens the focused side's report
 * there in the reader). Monochrome: the marks are characters and the
 * changes attributes (term.c), never colour alone. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "compare.h"
#include "compare_numbers.h"
#include "compare_rows.h"
#include "doclayout.h"
#include "docline.h"
#include "draw.h"
#include "layout.h"
#include "compare_diff.h"
#include "keyness.h"
#include "view.h"

enum {
    WIDE_COLS = 100, /* side by side from this width of the pane */
    MARGIN = 2,      /* a side's mark and a blank */
    NAME_CELLS = 24, /* of the numbers table's name column */
    TERMS_WIDE = 72, /* the terms in two columns from this width */
    TERMS_K = 60,    /* terms of each side at most */
    TERM_NUMS = 12   /* cells of a term's count and score */
};

/* The view's own actions. */
enum { ACT_C_NUMBERS = ACT_VIEW, ACT_C_TERMS };

static keybind compare_keys[] = {
    {ACT_C_NUMBERS, "d", "the numbers: targets met, indicators A / B / Δ",
     KEYS_FOCUS, "numbers"},
    {ACT_C_TERMS, "t", "the terms: phrases new in B, dropped from A (Enter: the first)",
     KEYS_FOCUS, "terms"},
};

typedef struct cview {
    int a, b;                /* the reports compared (corpus indices), -1 */
    compare *cmp;
    compare_numbers nums;
    reader_layout la, lb;    /* complete layouts of A and B */
    int wa, wb;              /* the widths they were laid out for */
    int wide;                /* side by side (the layouts' form) */
    compare_rows rows;
    docline_marks ma, mb;    /* the numbers that changed */
    size_t top;              /* first row shown */
    int side;                /* the side with the focus (narrow: shown) */
    int numbers;             /* d: the numbers shown instead */
    size_t ntop;             /* their first line shown */
    size_t nchanged, nadded, nremoved, nmoved;
    int terms;               /* t: the terms shown instead */
    int made_terms;          /* kt holds the pair's terms */
    keyness kt;
    size_t tcur, ttop;       /* the term at the cursor (in kt.terms), the
                                first row shown */
} cview;

static cview *state(pane *p)
{
    if (!p->state) {
        cview *v = xcalloc(1, sizeof(cview));
        v->a = v->b = -1;
        p->state = v;
    }
    return p->state;
}

static void forget(cview *v)
{
    compare_free(v->cmp);
    v->cmp = NULL;
    compare_numbers_free(&v->nums);
    reader_layout_free(&v->la);
    reader_layout_free(&v->lb);
    compare_rows_free(&v->rows);
    docline_marks_free(&v->ma);
    docline_marks_free(&v->mb);
    keyness_free(&v->kt);
    v->made_terms = 0;
    v->wa = v->wb = 0;
}

/* A growing array of highlights. */
typedef struct hl_list {
    highlight *v;
    size_t n, cap;
} hl_list;

static void hl_add(hl_list *l, size_t start, size_t end, highlight_role r)
{
    if (end <= start)
        return;
    l->v = xgrow(l->v, &l->cap, l->n, sizeof *l->v);
    l->v[l->n++] = (highlight){start, end, r};
}

/* The words that changed inside each pair paired but not the same (the
 * text diff of their parts: compare_diff.h), as highlights of each side. */
static void text_marks(const cview *v, const doc *a, const doc *b,
                       word_bounds_fn words, hl_list *ha, hl_list *hb)
{
    for (size_t k = 0; k < v->cmp->npairs; k++) {
        textdiff d;
        size_t sa, sb;
        if (!compare_pair_diff(v->cmp, k, a, b, words, &d, &sa, &sb))
            continue;
        for (size_t h = 0; h < d.nhunks; h++) {
            const textdiff_hunk *x = &d.hunks[h];
            highlight_role r = x->kind == TEXTDIFF_NUMBER ? HL_NUMBER : HL_CHANGED;
            hl_add(ha, sa + x->a_start, sa + x->a_end, r);
            hl_add(hb, sb + x->b_start, sb + x->b_end, r);
        }
        textdiff_free(&d);
    }
}

/* The highlights of both sides: the words that changed, then over them
 * the numbers whose value changed (model/compare_numbers.h). */
static void set_marks(cview *v, const doc *a, const doc *b, word_bounds_fn words)
{
    hl_list ha = {0}, hb = {0};
    text_marks(v, a, b, words, &ha, &hb);
    for (size_t i = 0; i < v->nums.ndeltas; i++) {
        const indicator_delta *d = &v->nums.deltas[i];
        if (d->status != DELTA_CHANGED || !d->a || !d->b)
            continue;
        hl_add(&ha, d->a->start, d->a->end, HL_NUMBER);
        hl_add(&hb, d->b->start, d->b->end, HL_NUMBER);
    }
    docline_marks_set(&v->ma, ha.v, ha.n);
    docline_marks_set(&v->mb, hb.v, hb.n);
    free(ha.v);
    free(hb.v);
}

/* The widths of the two sides in a pane w cells wide: side by side, each
 * half but for the divider and the margins; else the whole less one
 * margin. */
static void side_widths(int w, int *wa, int *wb, int *wide)
{
    *wide = w >= WIDE_COLS;
    if (*wide) {
        *wa = (w - 1) / 2 - MARGIN;
        *wb = w - 1 - (w - 1) / 2 - MARGIN;
    } else {
        *wa = *wb = w - MARGIN;
    }
    *wa = *wa < 1 ? 1 : *wa;
    *wb = *wb < 1 ? 1 : *wb;
}

/* The reports A's targets are judged on: B first, then every other
 * report of A's region in the corpus (by code, else by name), into more;
 * how many. */
static size_t outcome_reports(const view_ctx *c, const cview *v, const doc *a,
                              const doc *b, const doc **more)
{
    size_t n = 0;
    more[n++] = b;
    for (size_t i = 0; i < c->docs->n; i++) {
        const doc *d = c->docs->docs[i];
        if ((int)i == v->a || (int)i == v->b)
            continue;
        int same = a->meta.region_code ? d->meta.region_code == a->meta.region_code
                                       : *a->meta.region && d->meta.region &&
                                             !strcmp(d->meta.region, a->meta.region);
        if (same)
            more[n++] = d;
    }
    return n;
}

/* The comparison made (once per pair of reports) and laid out for the
 * pane's width (again when it changed), the top row kept on its pair. */
static void ensure(cview *v, const view_ctx *c, int w)
{
    const doc *a = view_doc(c, v->a), *b = view_doc(c, v->b);
    if (!a || !b)
        return;
    if (!v->cmp) {
        v->cmp = compare_docs(a, b);
        const doc **more = xmalloc((c->docs->n + 1) * sizeof *more);
        size_t nmore = outcome_reports(c, v, a, b, more);
        compare_numbers_build(a, b, more, nmore, &v->nums);
        free(more);
        set_marks(v, a, b, c->src ? c->src->words : NULL);
        v->nchanged = v->nadded = v->nremoved = v->nmoved = 0;
        for (size_t k = 0; k < v->cmp->npairs; k++) {
            compare_status s = v->cmp->pairs[k].status;
            v->nchanged += s == COMPARE_CHANGED;
            v->nadded += s == COMPARE_ADDED;
            v->nremoved += s == COMPARE_REMOVED;
            v->nmoved += s == COMPARE_MOVED;
        }
    }
    int wa, wb, wide;
    side_widths(w, &wa, &wb, &wide);
    if (wa == v->wa && wb == v->wb && v->rows.first)
        return;
    uint32_t pair = v->top < v->rows.n ? v->rows.v[v->top].pair : 0;
    reader_layout_build(&v->la, a, wa, term_ambiwide());
    reader_layout_build(&v->lb, b, wb, term_ambiwide());
    compare_rows_build(&v->rows, v->cmp, &v->la, &v->lb);
    v->wa = wa;
    v->wb = wb;
    v->wide = wide;
    v->top = pair < v->rows.npairs ? v->rows.first[pair] : 0;
}

/* The margin mark of a pair's status. */
static const char *mark_of(compare_status s)
{
    switch (s) {
    case COMPARE_CHANGED: return "~";
    case COMPARE_ADDED: return "+";
    case COMPARE_REMOVED: return "-";
    case COMPARE_MOVED: return "»";
    default: return " ";
    }
}

/* One side of row r at screen row y from column x: the mark, the line. */
static void draw_side(WINDOW *win, const cview *v, const compare_row *r, int side,
                      int y, int x, int width, int script)
{
    const compare_pair *p = &v->cmp->pairs[r->pair];
    int32_t line = side ? r->b : r->a;
    int first = v->rows.first[r->pair] == (size_t)(r - v->rows.v);
    const char *m = first ? mark_of(p->status) : " ";
    draw_str(win, y, x, m, 1, p->status == COMPARE_SAME ? ROLE_DIM : ROLE_NOTE);
    const reader_layout *l = side ? &v->lb : &v->la;
    if (line >= 0)
        docline_draw(win, y, x + MARGIN, width, l, &l->v[line],
                     side ? &v->mb : &v->ma, script);
    else if (first && (p->status == COMPARE_ADDED || p->status == COMPARE_REMOVED))
        draw_str(win, y, x + MARGIN, side ? "(only in A)" : "(only in B)", width,
                 ROLE_DIM);
}

/* Line i of the numbers table into buf (its role into *ro): a heading,
 * then A's targets (name, period, target, outcome, met), then the
 * indicators that changed, came or went (name, A, B, Δ). Returns 0 past
 * the end. */
static int numbers_line(const cview *v, size_t i, char *buf, size_t n, role *ro)
{
    char t[64], u[64], name[128];
    *ro = ROLE_NORMAL;
    if (i == 0) {
        snprintf(buf, n, "Targets of A (%zu), judged on B's outcomes", v->nums.ntargets);
        *ro = ROLE_HEADING2;
        return 1;
    }
    i--;
    if (i < v->nums.ntargets) {
        const target_check *k = &v->nums.targets[i];
        snprintf(name, sizeof name, "%s", k->target->name);
        snprintf(buf, n, "%s\t%d\t%s\t%s\t%s", name, k->target->period_from,
                 indicator_number_text(k->target, "—", t, sizeof t),
                 target_actual_text(k->target, k->actual, "—", u, sizeof u),
                 target_verdict_name(k->met));
        *ro = k->met == TARGET_MISSED ? ROLE_CHANGED : k->met == TARGET_MET ? ROLE_NORMAL
                                                                            : ROLE_DIM;
        return 1;
    }
    i -= v->nums.ntargets;
    if (i == 0) {
        snprintf(buf, n, "Indicators: A, B, Δ (the same ones left out)");
        *ro = ROLE_HEADING2;
        return 1;
    }
    i--;
    for (size_t k = 0; k < v->nums.ndeltas; k++) {
        const indicator_delta *d = &v->nums.deltas[k];
        if (d->status == DELTA_SAME)
            continue;
        if (i--)
            continue;
        const indicator *x = d->b ? d->b : d->a;
        char delta[48] = "";
        if (isfinite(d->delta_pct))
            snprintf(delta, sizeof delta, "%+.1f%%", d->delta_pct);
        else if (isfinite(d->delta))
            snprintf(delta, sizeof delta, "%+g", d->delta);
        snprintf(buf, n, "%s\t%s\t%s\t%s\t%s", x->name,
                 indicator_number_text(d->a, "—", t, sizeof t),
                 indicator_number_text(d->b, "—", u, sizeof u), delta,
                 delta_status_name(d->status));
        *ro = d->status == DELTA_CHANGED ? ROLE_NUMBER : ROLE_NORMAL;
        return 1;
    }
    return 0;
}

/* The numbers table's lines: tab-separated fields in columns. */
static void draw_numbers(pane *p, cview *v)
{
    static const int widths[] = {NAME_CELLS, 8, 16, 16, 10};
    char line[512];
    role ro;
    for (int y = 0; y < p->h; y++) {
        if (!numbers_line(v, v->ntop + (size_t)y, line, sizeof line, &ro))
            break;
        int x = 1;
        char *f = line;
        for (size_t k = 0; f && x < p->w; k++) {
            char *tab = strchr(f, '\t');
            size_t len = tab ? (size_t)(tab - f) : strlen(f);
            int cols = tab && k < sizeof widths / sizeof *widths ? widths[k] : p->w - x;
            if (cols > p->w - x)
                cols = p->w - x;
            draw_text(p->win, y, x, f, len, cols - (tab ? 1 : 0), ro, 1);
            x += cols;
            f = tab ? tab + 1 : NULL;
        }
    }
}

/* ---- the terms (t) ---- */

/* Document i folded: the loader's once it has folded everything, else
 * the cache's, else NULL (keyness folds it then). */
static const folded *fold_of(const view_ctx *c, int i)
{
    const doc *d = view_doc(c, i);
    if (c->src && *c->src->folds)
        return &(*c->src->folds)[i];
    return d && d->fold.s ? &d->fold : NULL;
}

/* The pair's terms, made on first use and kept. */
static void ensure_terms(cview *v, const view_ctx *c)
{
    const doc *a = view_doc(c, v->a), *b = view_doc(c, v->b);
    if (v->made_terms || !a || !b)
        return;
    keyness_text ta = {&a->clean, fold_of(c, v->a)}, tb = {&b->clean, fold_of(c, v->b)};
    keyness_find(&ta, &tb, c->src ? c->src->words : NULL, TERMS_K, &v->kt);
    v->made_terms = 1;
    v->tcur = v->ttop = 0;
}

static int terms_wide(const pane *p)
{
    return p->w >= TERMS_WIDE;
}

/* The first of a side's terms in kt.terms. */
static size_t side_first(const cview *v, keyness_side s)
{
    return s == KEYNESS_NEW ? 0 : v->kt.nside[KEYNESS_NEW];
}

/* The top row moved so that the cursor's row shows (after a move or a
 * change of form: one list or two columns). */
static void show_cursor(cview *v, const pane *p)
{
    if (!v->kt.nterms)
        return;
    size_t r = v->tcur - (terms_wide(p) ? side_first(v, v->kt.terms[v->tcur].side) : 0);
    size_t rows = p->h > 1 ? (size_t)p->h - 1 : 1;
    if (r < v->ttop)
        v->ttop = r;
    else if (r >= v->ttop + rows)
        v->ttop = r - rows + 1;
}

/* Term t at row y from column x in cols cells: its side mark when mark
 * is set, its text, its count and score; the cursor's in ROLE_SELECTED. */
static void draw_term(WINDOW *w, int y, int x, int cols, const keyness_term *t,
                      int mark, int cursor, int script)
{
    role r = cursor ? ROLE_SELECTED : ROLE_NORMAL;
    if (cols < 1)
        return;
    draw_fill(w, y, x, cols, r);
    if (mark && cols > 2) {
        draw_str(w, y, x, t->side == KEYNESS_NEW ? "+" : "-", 1, cursor ? r : ROLE_NOTE);
        x += 2;
        cols -= 2;
    }
    char nums[32];
    snprintf(nums, sizeof nums, "%5u %6.1f",
             t->side == KEYNESS_NEW ? t->count_b : t->count_a, t->score);
    int nw = cols > TERM_NUMS + 2 ? TERM_NUMS : 0;
    draw_text_script(w, y, x, t->text, t->len, cols - nw - (nw ? 1 : 0), r, 1, script);
    if (nw)
        draw_str(w, y, x + cols - nw, nums, nw, cursor ? r : ROLE_DIM);
}

/* The terms: a heading row, then two columns (new | dropped) or one list. */
static void draw_terms(pane *p, cview *v, int script)
{
    const keyness *k = &v->kt;
    size_t nn = k->nside[KEYNESS_NEW], nd = k->nside[KEYNESS_DROPPED];
    char head[128];
    if (!k->nterms) {
        draw_str(p->win, 0, 1, "No phrase occurs in only one of the two reports.", p->w - 1,
                 ROLE_DIM);
        return;
    }
    int wide = terms_wide(p), left = (p->w - 1) / 2;
    show_cursor(v, p);
    if (wide) {
        snprintf(head, sizeof head, "New in B (%zu)", nn);
        draw_str(p->win, 0, 1, head, left - 1, ROLE_HEADING2);
        snprintf(head, sizeof head, "Dropped from A (%zu)", nd);
        draw_str(p->win, 0, left + 2, head, p->w - left - 2, ROLE_HEADING2);
    } else {
        snprintf(head, sizeof head, "+ new in B (%zu)  - dropped from A (%zu)", nn, nd);
        draw_str(p->win, 0, 1, head, p->w - 1, ROLE_HEADING2);
    }
    for (int y = 1; y < p->h; y++) {
        size_t i = v->ttop + (size_t)y - 1;
        if (!wide) {
            if (i < k->nterms)
                draw_term(p->win, y, 1, p->w - 2, &k->terms[i], 1, i == v->tcur, script);
            continue;
        }
        draw_str(p->win, y, left, "│", 1, ROLE_BORDER);
        if (i < nn)
            draw_term(p->win, y, 1, left - 2, &k->terms[i], 0, i == v->tcur, script);
        if (i < nd)
            draw_term(p->win, y, left + 2, p->w - left - 3, &k->terms[nn + i], 0,
                      nn + i == v->tcur, script);
    }
}

static void compare_draw(pane *p, const view_ctx *c)
{
    cview *v = state(p);
    ensure(v, c, p->w);
    if (!v->cmp) {
        draw_str(p->win, 0, 1, "c in Reports compares two reports (v marks them).",
                 p->w - 1, ROLE_DIM);
        return;
    }
    if (v->terms) {
        ensure_terms(v, c);
        draw_terms(p, v, c->script);
        return;
    }
    if (v->numbers) {
        draw_numbers(p, v);
        return;
    }
    int mid = (p->w - 1) / 2;
    for (int y = 0; y < p->h; y++) {
        size_t i = v->top + (size_t)y;
        if (v->wide)
            draw_str(p->win, y, mid, "│", 1, ROLE_BORDER);
        if (i >= v->rows.n)
            continue;
        const compare_row *r = &v->rows.v[i];
        if (v->wide) {
            draw_side(p->win, v, r, 0, y, 0, v->wa, c->script);
            draw_side(p->win, v, r, 1, y, mid + 1, v->wb, c->script);
        } else {
            draw_side(p->win, v, r, v->side, y, 0, v->side ? v->wb : v->wa, c->script);
        }
    }
}

/* A report's short name: its region, year and kind as the Reports pane
 * says them. */
static void short_name(const doc *d, char *buf, size_t n)
{
    const doc_meta *m = &d->meta;
    char year[16] = "?";
    if (m->year > 0)
        snprintf(year, sizeof year, "%d", m->year);
    snprintf(buf, n, "%s %s %s", *m->region ? meta_region_short(m->region) : "?", year,
             doc_kind_label(m->kind));
}

static void compare_title(const pane *p, const view_ctx *c, char *buf, size_t len)
{
    const cview *v = p->state;
    const doc *a = v ? view_doc(c, v->a) : NULL, *b = v ? view_doc(c, v->b) : NULL;
    if (!a || !b) {
        snprintf(buf, len, "Compare");
        return;
    }
    char na[160], nb[160];
    short_name(a, na, sizeof na);
    short_name(b, nb, sizeof nb);
    int narrow = !v->wide;
    snprintf(buf, len, "Compare %sA %s%s ⟷ %sB %s%s · %zu changed %zu added %zu removed%s",
             narrow && v->side == 0 ? "[" : "", na, narrow && v->side == 0 ? "]" : "",
             narrow && v->side == 1 ? "[" : "", nb, narrow && v->side == 1 ? "]" : "",
             v->nchanged, v->nadded, v->nremoved,
             v->terms ? " · terms" : v->numbers ? " · numbers" : "");
}

/* The next (dir 1) or previous (-1) pair from the top row that is not the
 * same, its first row at the top; 0 when there is none. */
static int next_change(cview *v, int dir)
{
    if (!v->rows.n)
        return 0;
    uint32_t at = v->top < v->rows.n ? v->rows.v[v->top].pair : 0;
    for (long k = (long)at + dir; k >= 0 && k < (long)v->rows.npairs; k += dir) {
        if (v->cmp->pairs[k].status == COMPARE_SAME || v->rows.first[k] >= v->rows.n)
            continue;
        v->top = v->rows.first[k];
        return 1;
    }
    return 0;
}

/* The number of lines the numbers table has. */
static size_t numbers_count(const cview *v)
{
    size_t n = 2 + v->nums.ntargets;
    for (size_t k = 0; k < v->nums.ndeltas; k++)
        n += v->nums.deltas[k].status != DELTA_SAME;
    return n;
}

/* Moves *at by a movement action, by page on a page, within 0..last;
 * 0 for an action that is no movement. */
static int move_by(size_t *at, size_t last, size_t page, int act)
{
    switch (act) {
    case ACT_DOWN: *at += 1; break;
    case ACT_UP: *at = *at ? *at - 1 : 0; break;
    case ACT_PAGE_DOWN: *at += page; break;
    case ACT_PAGE_UP: *at = *at > page ? *at - page : 0; break;
    case ACT_HALF_DOWN: *at += page / 2 + 1; break;
    case ACT_HALF_UP: *at = *at > page / 2 + 1 ? *at - page / 2 - 1 : 0; break;
    case ACT_TOP: *at = 0; break;
    case ACT_BOTTOM: *at = last; break;
    default: return 0;
    }
    if (*at > last)
        *at = last;
    return 1;
}

/* Moves *top by a movement action over n lines, h on screen. */
static int scroll_rows(size_t *top, size_t n, int h, int act)
{
    return move_by(top, n > (size_t)h ? n - (size_t)h : 0, h > 1 ? (size_t)h - 1 : 1, act);
}

/* The terms' cursor moved by act (within its column when wide), Tab to
 * the other side, the top row following it; 0 for another action. */
static int move_term(cview *v, const pane *p, int act)
{
    const keyness *k = &v->kt;
    if (!k->nterms)
        return 0;
    int wide = terms_wide(p);
    keyness_side s = k->terms[v->tcur].side;
    size_t from = wide ? side_first(v, s) : 0, n = wide ? k->nside[s] : k->nterms;
    size_t r = v->tcur - from, rows = p->h > 1 ? (size_t)p->h - 1 : 1;
    if (act == ACT_NEXT_PANE || act == ACT_PREV_PANE) {
        keyness_side o = s == KEYNESS_NEW ? KEYNESS_DROPPED : KEYNESS_NEW;
        if (!k->nside[o])
            return 1;
        size_t n2 = k->nside[o];
        v->tcur = side_first(v, o) + (wide ? (r < n2 ? r : n2 - 1) : 0);
    } else if (move_by(&r, n - 1, rows > 1 ? rows - 1 : 1, act)) {
        v->tcur = from + r;
    } else {
        return 0;
    }
    show_cursor(v, p);
    return 1;
}

/* Enter on a term: its first place in the reader, highlighted. */
static int show_term(const cview *v, view_event *ev)
{
    if (!v->kt.nterms)
        return ev->what = EV_HANDLED;
    const keyness_term *t = &v->kt.terms[v->tcur];
    ev->doc = t->side == KEYNESS_NEW ? v->b : v->a;
    ev->off = t->start;
    ev->len = t->end - t->start;
    ev->hl = NULL;
    ev->nhl = 0;
    return ev->what = EV_SHOW;
}

/* Enter: the focused side's report in the reader, at the top row's line. */
static int open_side(cview *v, view_event *ev)
{
    const reader_layout *l = v->side ? &v->lb : &v->la;
    for (size_t i = v->top; i < v->rows.n; i++) {
        int32_t line = v->side ? v->rows.v[i].b : v->rows.v[i].a;
        if (line >= 0) {
            ev->doc = v->side ? v->b : v->a;
            ev->off = l->v[line].start;
            ev->len = 0;
            return ev->what = EV_SHOW;
        }
    }
    return ev->what = EV_HANDLED;
}

static int compare_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    cview *v = state(p);
    if (!p->shown || !v->cmp)
        return EV_IGNORED;
    ensure(v, c, p->w);
    if (act == ACT_C_TERMS) {
        v->terms = !v->terms;
        v->numbers = 0;
        return ev->what = EV_HANDLED;
    }
    if (v->terms) {
        ensure_terms(v, c);
        if (act == ACT_OPEN)
            return show_term(v, ev);
        if (move_term(v, p, act))
            return ev->what = EV_HANDLED;
    } else if (v->numbers) {
        if (scroll_rows(&v->ntop, numbers_count(v), p->h, act))
            return ev->what = EV_HANDLED;
    } else if (scroll_rows(&v->top, v->rows.n, p->h, act)) {
        return ev->what = EV_HANDLED;
    }
    switch (act) {
    case ACT_NEXT_HEADING:
    case ACT_PREV_HEADING:
        if (!next_change(v, act == ACT_NEXT_HEADING ? 1 : -1))
            view_say(ev, "no %s changed section", act == ACT_NEXT_HEADING ? "later" : "earlier");
        return ev->what = EV_HANDLED;
    case ACT_NEXT_PANE:
    case ACT_PREV_PANE:
        v->side = !v->side;
        return ev->what = EV_HANDLED;
    case ACT_C_NUMBERS:
        v->numbers = !v->numbers;
        v->terms = 0;
        v->ntop = 0;
        return ev->what = EV_HANDLED;
    case ACT_OPEN: return open_side(v, ev);
    case ACT_BACK: return ev->what = EV_CLOSE;
    default: return EV_IGNORED;
    }
}

/* A comparison asked for: B is t->doc, A t->other. */
static void compare_open(pane *p, const view_ctx *c, const view_target *t)
{
    (void)c;
    if (t->how != TARGET_COMPARE)
        return;
    cview *v = state(p);
    forget(v);
    v->a = t->other;
    v->b = t->doc;
    v->top = v->ntop = 0;
    v->side = 1;
    v->numbers = v->terms = 0;
}

/* Where it stands, and the keys. */
static void compare_status_line(pane *p, const view_ctx *c, WINDOW *w, int y, int cols)
{
    cview *v = state(p);
    char left[256];
    if (c->message[0])
        snprintf(left, sizeof left, " %s", c->message);
    else if (v->terms && v->kt.nterms)
        snprintf(left, sizeof left, " term %zu/%zu · %u in A, %u in B", v->tcur + 1,
                 v->kt.nterms, v->kt.terms[v->tcur].count_a, v->kt.terms[v->tcur].count_b);
    else if (v->cmp && v->rows.n)
        snprintf(left, sizeof left, " row %zu/%zu · section %u/%zu", v->top + 1, v->rows.n,
                 v->top < v->rows.n ? v->rows.v[v->top].pair + 1 : 0, v->cmp->npairs);
    else
        snprintf(left, sizeof left, " ");
    const char *right = v->terms ? " Enter first place  Tab side  t text  q back "
                                 : " ] [ changes  d numbers  t terms  Tab side  q back ";
    int rw = draw_width(right, strlen(right)), lw = draw_width(left, strlen(left));
    draw_fill(w, y, 0, cols, ROLE_STATUS);
    int keys = lw + rw < cols;
    draw_text(w, y, 0, left, strlen(left), cols - (keys ? rw : 0), ROLE_STATUS, 1);
    if (keys)
        draw_str(w, y, cols - rw, right, rw, ROLE_STATUS);
}

static void compare_destroy(pane *p)
{
    cview *v = p->state;
    if (v)
        forget(v);
    free(v);
}

const view_ops compare_ops = {
    .name = "compare",
    .keys = compare_keys,
    .nkeys = sizeof compare_keys / sizeof compare_keys[0],
    .title = compare_title,
    .draw = compare_draw,
    .act = compare_act,
    .open = compare_open,
    .status = compare_status_line,
    .destroy = compare_destroy,
};
