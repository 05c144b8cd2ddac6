/* results.c — the Search view: a query typed on the status line, every
 * hit in every report listed as the user types (a heading per report,
 * then each hit's section marker and a snippet with the hit
 * highlighted), Enter shows the hit in the reader, n/N step through the
 * hits across reports from anywhere. Reports are searched in the Reports
 * pane's order, each near-duplicate after its primary; while reports are
 * still loading, the hits of each arriving report are added to the list.
 * Ctrl-T shows the query's hits per year under the list (trend_bars.h,
 * counted in every report whatever the list holds, near-duplicates
 * once, a year: filter left out), following the query as it is typed;
 * Left and Right move over the years, Enter lists the hits of that
 * year's reports only (again: all of them), Esc steps back. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "corpus_search.h"
#include "draw.h"
#include "history.h"
#include "layout.h"
#include "list.h"
#include "textedit.h"
#include "trend_bars.h"
#include "utf8.h"
#include "view.h"

/* The list holds at most MAX_HITS; through the index, a search first
 * takes HEAD_HITS (a screen and more, soon), then the rest of the list
 * and the count of every hit follow while keys are idle. */
enum { MAX_HITS = 5000, HEAD_HITS = 200, CONTEXT = 14 };

/* The count after the first hits: none to do, to do once they are
 * drawn (the loop draws between two syncs), to do now. */
enum { COUNT_NONE, COUNT_DRAW, COUNT_NOW };

/* The search view's own actions. */
enum {
    ACT_HIT_OPEN = ACT_VIEW,
    ACT_CLOSE,
    ACT_OLDER,
    ACT_NEWER,
    ACT_HIT_NEXT,
    ACT_HIT_PREV,
    ACT_TREND,
    ACT_YEAR_PREV,
    ACT_YEAR_NEXT
};

static keybind results_keys[] = {
    {ACT_HIT_OPEN, "Enter", "show the hit in the reader", KEYS_FOCUS, "open"},
    {ACT_CLOSE, "Esc", "close the search", KEYS_FOCUS, "close"},
    {ACT_OLDER, "Up", "an earlier query (history)", KEYS_FOCUS, "older"},
    {ACT_NEWER, "Down", "a later query", KEYS_FOCUS, "newer"},
    {ACT_HIT_NEXT, "Ctrl-N", "next hit in the list", KEYS_FOCUS, "next-hit"},
    {ACT_HIT_PREV, "Ctrl-P", "previous hit in the list", KEYS_FOCUS, "prev-hit"},
    {ACT_TREND, "Ctrl-T", "the hits per year, under the list, or not",
     KEYS_FOCUS, "trend"},
    {ACT_YEAR_PREV, "Left", "the year before (with the hits per year)", KEYS_FOCUS,
     "year-prev"},
    {ACT_YEAR_NEXT, "Right", "the year after; Enter lists its hits", KEYS_FOCUS,
     "year-next"},
};

typedef struct hit {
    int doc;
    size_t start, end;
    int section;
} hit;

/* A row of the list: a hit, or the heading of a report's hits. */
typedef struct result_row {
    int heading;  /* 1: the heading of the report of hit `hit` */
    size_t hit;
    size_t count; /* heading: the report's hits */
} result_row;

typedef struct results {
    char prompt[256]; /* the query (UTF-8) */
    folded *folds;    /* per document, folded on first use */
    size_t nfolds;
    hit *hits;
    size_t n, cap;
    result_row *rows;
    size_t nrows, rowcap;
    list list;
    list_source src;
    const view_ctx *c; /* for the list's callbacks, during a call */
    int cur;          /* the hit n/N last went to, or -1 */
    int reports;      /* reports with a hit */
    int partial;      /* stopped before every report was searched */
    int counting;     /* the list holds the first HEAD_HITS: the rest and
                         the count of every hit are to follow (COUNT_*) */
    size_t total;     /* every hit, once counted (0: not counted) */
    size_t searched;  /* c->order[0..searched) are searched */
    int loaded;       /* c->loaded when they were */
    int indexed;      /* the index was there (or has come since: a list
                         cut before it is then counted) */
    highlight *hl;    /* the hits of the report shown (EV_SHOW) */
    size_t nhl, hlcap;
    history hist;
    char line[512];   /* scratch for a heading row */
    int bars;         /* Ctrl-T: the hits per year shown */
    tbars tb;
    trend_count *counts; /* per document: the query's hits (no year filter) */
    size_t *chars;    /* per document: 1 + trend_chars, 0 until needed */
    size_t ncounts;   /* of counts and chars */
    size_t counted;   /* c->order[0..counted) are in counts */
    size_t *picked;   /* the order of the picked year's reports */
    size_t npicked, pickcap;
} results;

static results *state(pane *p)
{
    if (!p->state) {
        results *r = xcalloc(1, sizeof(results));
        r->cur = -1;
        p->state = r;
    }
    return p->state;
}

/* ---- searching ---------------------------------------------------------- */

/* Document i folded: the loader's once it has folded everything, else
 * folded here on first use and kept. */
static const folded *fold_of(results *r, const view_ctx *c, size_t i)
{
    if (*c->src->folds)
        return &(*c->src->folds)[i];
    if (c->docs->docs[i]->fold.s) /* the cache's, set before it was shown */
        return &c->docs->docs[i]->fold;
    if (i >= r->nfolds) {
        size_t n = c->docs->n;
        r->folds = xrealloc(r->folds, n * sizeof *r->folds);
        memset(r->folds + r->nfolds, 0, (n - r->nfolds) * sizeof *r->folds);
        r->nfolds = n;
    }
    if (!r->folds[i].s) {
        const doc *d = c->docs->docs[i];
        fold_text(d->clean.bytes, d->clean.len, &r->folds[i]);
    }
    return &r->folds[i];
}

/* The hits into r, up to MAX_HITS ("enough" then). */
static int collect(void *p, size_t i, const doc *d, const search_hit *h)
{
    (void)d;
    results *r = p;
    r->hits = xgrow(r->hits, &r->cap, r->n, sizeof *r->hits);
    r->hits[r->n++] = (hit){(int)i, h->start, h->end, h->section};
    return r->n >= MAX_HITS;
}

/* The fold corpus_search asks for: report i's (the view's context). */
static const folded *fold_at(void *ctx, size_t i)
{
    results *r = ctx;
    return fold_of(r, r->c, i);
}

/* The reports a search goes over, from c->order[from]: those of the
 * picked year only (all of them, afresh), else c->order[from..). */
static const size_t *search_order(results *r, const view_ctx *c, size_t from,
                                  size_t *norder)
{
    if (!r->tb.pick) {
        *norder = c->norder - from;
        return c->order + from;
    }
    r->npicked = 0;
    for (size_t k = 0; k < c->norder; k++)
        if (c->docs->docs[c->order[k]]->meta.year == r->tb.pick) {
            r->picked = xgrow(r->picked, &r->pickcap, r->npicked, sizeof *r->picked);
            r->picked[r->npicked++] = c->order[k];
        }
    *norder = r->npicked;
    return r->picked;
}

/* What corpus_search takes for c's reports order[0..norder) through the
 * index when there is one, ending after first hits (0: none). */
static corpus_search_in search_in(results *r, const view_ctx *c,
                                  const size_t *order, size_t norder,
                                  size_t first)
{
    search_index *ix = *c->src->index;
    r->c = c;
    return (corpus_search_in){c->docs->docs, c->docs->n, order, norder,
                              ix ? *c->src->folds : NULL, fold_at, r, ix,
                              c->interrupted, first};
}

/* Searches c->order[from..) for q, adding their hits. A search a key
 * stopped adds nothing (the next turn of the loop searches them again);
 * one that has enough hits leaves nothing more to search. With the
 * loader's index, each term is looked up once for the whole corpus, and
 * a search afresh takes the first HEAD_HITS only (a syllable's come from
 * the first reports' text at once), the rest left to count_rest. */
static void search_docs(results *r, const view_ctx *c, const query *q,
                        size_t from)
{
    if (r->n >= MAX_HITS) { /* the list is full: nothing more to add */
        r->searched = c->norder;
        return;
    }
    size_t norder, first = *c->src->index && !from ? HEAD_HITS : 0;
    const size_t *order = search_order(r, c, from, &norder);
    corpus_search_in in = search_in(r, c, order, norder, first);
    size_t before = r->n;
    corpus_search_result res = corpus_search(q, &in, collect, r);
    if (res.status == CORPUS_SEARCH_STOPPED) {
        r->n = before;
        r->partial = 1;
        return;
    }
    r->reports += (int)res.docs;
    r->searched = c->norder; /* done, or enough */
    r->counting = first && res.status == CORPUS_SEARCH_ENOUGH ? COUNT_DRAW : COUNT_NONE;
}

/* The list's hits, one more each call; none after MAX_HITS, but every
 * one counted (corpus_search's result). */
static int collect_all(void *p, size_t i, const doc *d, const search_hit *h)
{
    results *r = p;
    if (r->n < MAX_HITS)
        collect(r, i, d, h);
    return 0;
}

static const list_source *rows_of(results *r, const view_ctx *c);
static void build_rows(results *r);

/* After the first HEAD_HITS: the list's hits to MAX_HITS and every hit
 * counted, through the index. The same search again from its start (its
 * first hits are those the list has); a key stops it, the list kept as
 * it was, and the loop's next turn starts it again (SYNC_BUSY). */
static int count_rest(results *r, const view_ctx *c)
{
    query q;
    const char *err;
    if (query_parse(r->prompt, &q, &err) != 0) {
        r->counting = COUNT_NONE;
        return SYNC_CHANGED;
    }
    size_t norder, before = r->n;
    const size_t *order = search_order(r, c, 0, &norder);
    corpus_search_in in = search_in(r, c, order, norder, 0);
    r->n = 0;
    corpus_search_result res = corpus_search(&q, &in, collect_all, r);
    query_free(&q);
    if (res.status == CORPUS_SEARCH_STOPPED) {
        r->n = before > r->n ? before : r->n; /* the same hits, or more */
        return SYNC_BUSY;
    }
    r->counting = COUNT_NONE;
    r->total = res.hits;
    r->reports = (int)res.docs;
    build_rows(r);
    list_refresh(&r->list, rows_of(r, c));
    return SYNC_CHANGED;
}

/* ---- the hits per year -------------------------------------------------- */

static int count_hit(void *p, size_t i, const doc *d, const search_hit *h)
{
    trend_count_hit(&((results *)p)->counts[i], d, h);
    return 0;
}

/* The per-document arrays sized for the corpus as it is now. */
static void size_counts(results *r, const view_ctx *c)
{
    size_t n = c->docs->n;
    if (n <= r->ncounts)
        return;
    r->counts = xrealloc(r->counts, n * sizeof *r->counts);
    r->chars = xrealloc(r->chars, n * sizeof *r->chars);
    memset(r->counts + r->ncounts, 0, (n - r->ncounts) * sizeof *r->counts);
    memset(r->chars + r->ncounts, 0, (n - r->ncounts) * sizeof *r->chars);
    r->ncounts = n;
}

/* The bars from the counts of c->order[0..r->counted): a trend of those
 * reports, near-duplicates paired once loading is done, by year. */
static void rebuild_bars(results *r, const view_ctx *c)
{
    trend t;
    trend_init(&t, 1);
    size_t *at = xcalloc(c->docs->n + 1, sizeof *at); /* 1 + trend index */
    for (size_t k = 0; k < r->counted; k++) {
        size_t i = c->order[k];
        const doc *d = c->docs->docs[i];
        if (!r->chars[i])
            r->chars[i] = 1 + trend_chars(d->clean.bytes, d->clean.len);
        at[i] = 1 + trend_add(&t, d, r->chars[i] - 1, &r->counts[i]);
    }
    const int *dup = c->loaded ? c->docs->duplicate_of : NULL;
    for (size_t i = 0; dup && i < c->docs->n; i++)
        if (dup[i] >= 0 && at[i] && at[dup[i]])
            trend_set_duplicate(&t, at[i] - 1, at[dup[i]] - 1);
    trend_table tt;
    trend_group(&t, TREND_BY_YEAR, &tt);
    tbars_set(&r->tb, &tt);
    trend_table_free(&tt);
    trend_free(&t);
    free(at);
}

/* Counts q (its year filter left out: the bars are of every year) in
 * c->order[from..), then draws the bars again. A count a key stopped is
 * taken back (the loop's next turn counts them again). */
static void count_docs(results *r, const view_ctx *c, query *q, size_t from)
{
    size_counts(r, c);
    int year = q->year;
    q->year = 0;
    corpus_search_in in = search_in(r, c, c->order + from, c->norder - from, 0);
    for (size_t k = from; k < c->norder; k++)
        r->counts[c->order[k]] = (trend_count){0};
    corpus_search_result res = corpus_search(q, &in, count_hit, r);
    q->year = year;
    if (res.status == CORPUS_SEARCH_STOPPED) {
        for (size_t k = from; k < c->norder; k++)
            r->counts[c->order[k]] = (trend_count){0};
        r->counted = from;
    } else {
        r->counted = c->norder;
    }
    r->tb.partial = r->counted < c->norder;
    rebuild_bars(r, c);
}

/* The list's rows from the hits: a heading before each report's first. */
static void build_rows(results *r)
{
    r->nrows = 0;
    for (size_t k = 0; k < r->n; k++) {
        if (k == 0 || r->hits[k].doc != r->hits[k - 1].doc) {
            r->rows = xgrow(r->rows, &r->rowcap, r->nrows, sizeof *r->rows);
            r->rows[r->nrows++] = (result_row){1, k, 0};
        }
        r->rows = xgrow(r->rows, &r->rowcap, r->nrows, sizeof *r->rows);
        r->rows[r->nrows++] = (result_row){0, k, 0};
    }
    size_t head = 0;
    for (size_t i = 0; i < r->nrows; i++) {
        if (r->rows[i].heading)
            head = i;
        else
            r->rows[head].count++;
    }
}

/* Runs the query from report c->order[from] on (0: afresh), and lays
 * the list out again. */
static void run(results *r, const view_ctx *c, size_t from)
{
    if (r->tb.pick) /* the picked year's reports are searched afresh */
        from = 0;
    if (!from) {
        r->n = 0;
        r->reports = 0;
        r->cur = -1;
        r->list.sel = r->list.top = 0;
    }
    r->partial = 0;
    r->counting = COUNT_NONE;
    r->total = 0;
    r->searched = from;
    r->loaded = c->loaded;
    r->indexed = *c->src->index != NULL;
    query q;
    const char *err;
    if (r->prompt[0] && query_parse(r->prompt, &q, &err) == 0) {
        search_docs(r, c, &q, from);
        if (r->bars)
            count_docs(r, c, &q, from < r->counted ? from : r->counted);
        query_free(&q);
    } else {
        r->searched = c->norder;
        r->counted = 0;
        if (r->bars)
            rebuild_bars(r, c);
    }
    build_rows(r);
    list_refresh(&r->list, rows_of(r, c));
}

/* ---- the list ------------------------------------------------------------ */

static const list_column columns[] = {{12, 1, 0}, {1, 0, 0}, {LIST_FLEX, 1, 0}};

static size_t row_count(void *ctx)
{
    return ((results *)ctx)->nrows;
}

static int row_heading(void *ctx, size_t i)
{
    return ((results *)ctx)->rows[i].heading;
}

/* A report's heading row: its title, region and hit count; ≈ before a
 * near-duplicate's (listed after the report it copies). */
static void describe_heading(results *r, const result_row *row, list_row *out)
{
    int i = r->hits[row->hit].doc;
    const doc *d = view_doc(r->c, i);
    const int *dup = r->c->loaded ? r->c->docs->duplicate_of : NULL;
    snprintf(r->line, sizeof r->line, "%s%s · %s%s%zu hits",
             dup && dup[i] >= 0 ? "≈ " : "",
             d->meta.title && *d->meta.title ? d->meta.title : d->name,
             d->meta.region ? d->meta.region : "", d->meta.region ? " · " : "",
             row->count);
    out->whole = 1;
    list_add(out, 0, r->line, strlen(r->line), ROLE_HEADING2, r->c->script);
}

/* A hit's row: its section marker, then the hit with the text around it
 * on its line. */
static void describe_hit(results *r, const hit *h, role base, list_row *out)
{
    const doc *d = view_doc(r->c, h->doc);
    int selected = base != ROLE_NORMAL, script = r->c->script;
    out->indent = 1;
    if (h->section >= 0) {
        const char *m = d->sections[h->section].marker;
        list_add(out, 0, m, strlen(m), selected ? base : ROLE_DIM, script);
    }
    const char *s = d->clean.bytes;
    size_t from = h->start, to = h->end;
    for (int i = 0; i < CONTEXT && from > 0 && s[from - 1] != '\n'; i++)
        from -= utf8_prev_len(s, from);
    while (to < d->clean.len && s[to] != '\n' && to - h->end < 240)
        to++;
    list_add(out, 2, s + from, h->start - from, base, script);
    list_add(out, 2, s + h->start, h->end - h->start,
             selected ? ROLE_TITLE_FOCUS : ROLE_SELECTED, script);
    list_add(out, 2, s + h->end, to - h->end, base, script);
}

static void row_describe(void *ctx, size_t i, role base, list_row *out)
{
    results *r = ctx;
    const result_row *row = &r->rows[i];
    if (row->heading)
        describe_heading(r, row, out);
    else
        describe_hit(r, &r->hits[row->hit], base, out);
}

static const list_source *rows_of(results *r, const view_ctx *c)
{
    r->src = (list_source){.ctx = r, .cols = columns, .ncols = 3,
                           .count = row_count, .row = row_describe,
                           .heading = row_heading};
    r->c = c;
    return &r->src;
}

/* The hit under the cursor, or -1. */
static int selected_hit(const results *r)
{
    size_t i = list_selected(&r->list);
    return i < r->nrows && !r->rows[i].heading ? (int)r->rows[i].hit : -1;
}

/* ---- the view ------------------------------------------------------------ */

/* The rows the bars take at the foot of the pane, 0 when hidden. */
static int bar_rows(const results *r, const pane *p)
{
    return r->bars ? tbars_rows(&r->tb, p->h) : 0;
}

/* The rows of the list: the pane's above the bars. */
static int list_rows_shown(const results *r, const pane *p)
{
    return p->h - bar_rows(r, p);
}

/* Shows hit k in the reader, the report's other hits marked too. */
static int show_hit(pane *p, results *r, int k, view_event *ev)
{
    if (k < 0 || (size_t)k >= r->n)
        return ev->what = EV_HANDLED;
    r->cur = k;
    const hit *h = &r->hits[k];
    if (p->shown)
        history_add(&r->hist, r->prompt);
    r->nhl = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (r->hits[i].doc != h->doc)
            continue;
        r->hl = xgrow(r->hl, &r->hlcap, r->nhl, sizeof *r->hl);
        r->hl[r->nhl++] = (highlight){r->hits[i].start, r->hits[i].end,
                                      (int)i == k ? HL_CURRENT : HL_HIT};
    }
    ev->doc = h->doc;
    ev->off = h->start;
    ev->len = h->end - h->start;
    ev->hl = r->hl;
    ev->nhl = r->nhl;
    return ev->what = EV_SHOW;
}

/* n / N: the next (dir 1) or previous (dir -1) hit of the last search. */
static int step(pane *p, results *r, int dir, view_event *ev)
{
    if (!r->n)
        return view_say(ev, "no search yet: / searches");
    int k = r->cur + dir;
    if (k < 0 || (size_t)k >= r->n)
        return view_say(ev, "%s hit", dir > 0 ? "last" : "first");
    show_hit(p, r, k, ev);
    snprintf(ev->message, sizeof ev->message, "hit %d of %zu", k + 1, r->n);
    return ev->what;
}

/* Lists the hits of year's reports only (0: of every report; the status
 * line says which: "… reports of 2023") and takes the cursor off the
 * years. */
static int pick_year(results *r, const view_ctx *c, int year, view_event *ev)
{
    r->tb.cursor = 0;
    r->tb.pick = year;
    run(r, c, 0);
    return ev->what = EV_HANDLED;
}

/* ↑/↓: an older or newer query from the history into the prompt. */
static void recall(results *r, const view_ctx *c, int dir)
{
    const char *q = history_step(&r->hist, dir);
    if (!q)
        return;
    snprintf(r->prompt, sizeof r->prompt, "%s", q);
    run(r, c, 0);
}

static int results_act(pane *p, const view_ctx *c, int act, view_event *ev)
{
    results *r = state(p);
    const list_source *src = rows_of(r, c);
    switch (act) {
    case ACT_FIND:
        r->prompt[0] = '\0';
        history_begin(&r->hist);
        run(r, c, 0);
        ev->layout = LAYOUT_BARE;
        return ev->what = EV_LAYOUT;
    case ACT_FIND_NEXT: return step(p, r, 1, ev);
    case ACT_FIND_PREV: return step(p, r, -1, ev);
    default: break;
    }
    if (!p->shown)
        return EV_IGNORED;
    switch (act) {
    case ACT_HIT_OPEN:
        if (r->bars && r->tb.cursor)
            return pick_year(r, c, r->tb.cursor == r->tb.pick ? 0 : r->tb.cursor, ev);
        if (!r->n)
            return ev->what = EV_CLOSE;
        return show_hit(p, r, selected_hit(r), ev);
    case ACT_CLOSE:
        if (r->tb.cursor) {
            r->tb.cursor = 0;
            return ev->what = EV_HANDLED;
        }
        if (r->tb.pick)
            return pick_year(r, c, 0, ev);
        return ev->what = EV_CLOSE;
    case ACT_TREND:
        r->bars = !r->bars;
        r->tb.cursor = r->tb.pick = 0;
        r->counted = 0;
        run(r, c, 0);
        return view_say(ev, r->bars ? "the hits per year: Left/Right a year, Enter its hits"
                                    : "the hits per year hidden (Ctrl-T shows them)");
    case ACT_YEAR_PREV:
    case ACT_YEAR_NEXT:
        if (!r->bars || !tbars_move(&r->tb, act == ACT_YEAR_PREV ? -1 : 1))
            return EV_IGNORED;
        return ev->what = EV_HANDLED;
    case ACT_OLDER: recall(r, c, -1); return ev->what = EV_HANDLED;
    case ACT_NEWER: recall(r, c, 1); return ev->what = EV_HANDLED;
    case ACT_HIT_NEXT: act = ACT_DOWN; break;
    case ACT_HIT_PREV: act = ACT_UP; break;
    default: break;
    }
    return list_move(&r->list, src, list_rows_shown(r, p), act)
               ? (ev->what = EV_HANDLED)
               : EV_IGNORED;
}

/* Typing edits the query (characters, Backspace by character, Ctrl-U)
 * and searches again. */
static int results_input(pane *p, const view_ctx *c, wint_t ch, int fk,
                         view_event *ev)
{
    results *r = state(p);
    switch (textedit_key(r->prompt, sizeof r->prompt, ch, fk)) {
    case TEXTEDIT_NONE: return EV_IGNORED;
    case TEXTEDIT_FULL:
        return view_say(ev, "the query is full (%zu bytes)",
                        sizeof r->prompt - 4);
    default: break;
    }
    run(r, c, 0);
    return ev->what = EV_HANDLED;
}

/* A paste goes into the query as text: line ends and tabs become spaces,
 * other controls are dropped, what does not fit is cut (and said). */
static int results_paste(pane *p, const view_ctx *c, const char *s, size_t n,
                         int cut, view_event *ev)
{
    results *r = state(p);
    int full = 0;
    uint32_t prev = ' ';
    for (size_t i = 0; i < n && !full;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp == '\r' || cp == '\n' || cp == '\t')
            cp = ' ';
        if (cp < 0x20 || cp == 0x7F || (cp == ' ' && prev == ' '))
            continue;
        full = !textedit_add(r->prompt, sizeof r->prompt, cp);
        prev = cp;
    }
    run(r, c, 0);
    if (full || cut)
        view_say(ev, "the paste was cut to fit the query (%zu bytes)",
                 sizeof r->prompt - 4);
    return ev->what = EV_HANDLED;
}

static int results_click(pane *p, const view_ctx *c, int y, int x,
                         view_event *ev)
{
    results *r = state(p);
    int lh = list_rows_shown(r, p);
    if (y >= lh) {
        int year = tbars_year_at(&r->tb, y - lh, x, p->h - lh, p->w);
        return year ? pick_year(r, c, year, ev) : EV_IGNORED;
    }
    size_t i = list_row_at(&r->list, rows_of(r, c), y, lh);
    if (i >= r->nrows || r->rows[i].heading)
        return EV_IGNORED;
    list_select(&r->list, i);
    return show_hit(p, r, (int)r->rows[i].hit, ev);
}

static void results_draw(pane *p, const view_ctx *c)
{
    results *r = state(p);
    int lh = list_rows_shown(r, p);
    list_draw(&r->list, rows_of(r, c), p->win, lh, p->w, 1);
    if (lh < p->h && r->prompt[0]) {
        tbars_draw(&r->tb, p->win, lh, p->h - lh, p->w);
    } else if (lh < p->h) {
        draw_fill(p->win, lh, 0, p->w, ROLE_NORMAL);
        draw_str(p->win, lh, 1, "the hits per year of the query show here", p->w - 1,
                 ROLE_DIM);
    }
    if (!r->n && r->prompt[0])
        draw_str(p->win, 1, 2, "no hit", p->w - 2, ROLE_DIM);
    else if (!r->prompt[0])
        draw_str(p->win, 1, 2, "type to search every report: 经济, 經濟, gdzctz, "
                               "\"a phrase\", -word, region: year: kind: section:",
                 p->w - 2, ROLE_DIM);
}

/* " of 2023" when a year is picked, else "" (in buf). */
static const char *year_of(const results *r, char *buf, size_t len)
{
    buf[0] = '\0';
    if (r->tb.pick)
        snprintf(buf, len, " of %d", r->tb.pick);
    return buf;
}

/* The prompt and the count: "/query▌   12 hits in 5 reports", with + when
 * the list is cut or stopped early, and "loading…" while reports are
 * still arriving; a message (a paste cut) in place of the count. */
static void results_status(pane *p, const view_ctx *c, WINDOW *w, int y,
                           int cols)
{
    results *r = state(p);
    char right[192], of[32];
    if (c->message[0])
        snprintf(right, sizeof right, " %s ", c->message);
    else if (r->counting)
        snprintf(right, sizeof right, " %zu+ hits in %d+ reports%s · counting… ",
                 r->n, r->reports, year_of(r, of, sizeof of));
    else if (r->total > r->n)
        snprintf(right, sizeof right, " %zu hits in %d reports%s, first %zu listed ",
                 r->total, r->reports, year_of(r, of, sizeof of), r->n);
    else
        snprintf(right, sizeof right, " %zu%s hits in %d reports%s%s ", r->n,
                 r->n >= MAX_HITS || r->partial ? "+" : "", r->reports,
                 year_of(r, of, sizeof of), c->loaded ? "" : " · loading…");
    int rw = draw_width(right, strlen(right));
    draw_fill(w, y, 0, cols, ROLE_STATUS);
    int x = draw_str(w, y, 0, "/", 1, ROLE_STATUS);
    x += draw_text(w, y, x, r->prompt, strlen(r->prompt), cols - x - rw - 1,
                   ROLE_STATUS, 0);
    draw_str(w, y, x, " ", 1, ROLE_SELECTED);
    if (rw < cols - x - 1)
        draw_str(w, y, cols - rw, right, rw, ROLE_STATUS);
}

/* Reports arrived, loading ended or the index came: the hits follow. New
 * reports at the end of the order are searched and added; a new order
 * (near-duplicates paired) means a new search. A search a key stopped
 * goes on. */
static int results_sync(pane *p, const view_ctx *c)
{
    results *r = state(p);
    if (!r->prompt[0])
        return 0;
    if (r->loaded != c->loaded) {
        run(r, c, 0);
        return 1;
    }
    if (r->searched < c->norder || (r->bars && r->counted < c->norder)) {
        run(r, c, r->searched);
        return r->counting ? SYNC_CHANGED | SYNC_BUSY : SYNC_CHANGED;
    }
    if (!r->indexed && *c->src->index) {
        /* The index came after the search: a list it cut is counted. */
        r->indexed = 1;
        if (r->n >= MAX_HITS && r->counting == COUNT_NONE)
            r->counting = COUNT_NOW;
    }
    if (r->counting == COUNT_DRAW) { /* the first hits drawn, then on */
        r->counting = COUNT_NOW;
        return SYNC_BUSY;
    }
    if (r->counting)
        return count_rest(r, c);
    return 0;
}

static void results_destroy(pane *p)
{
    results *r = p->state;
    if (!r)
        return;
    for (size_t i = 0; i < r->nfolds; i++)
        if (r->folds[i].s)
            fold_free(&r->folds[i]);
    free(r->folds);
    free(r->hits);
    free(r->rows);
    free(r->hl);
    free(r->counts);
    free(r->chars);
    free(r->picked);
    tbars_free(&r->tb);
    list_free(&r->list);
    history_free(&r->hist);
    free(r);
}

const view_ops results_ops = {
    .name = "search",
    .keys = results_keys,
    .nkeys = sizeof results_keys / sizeof results_keys[0],
    .draw = results_draw,
    .input = results_input,
    .paste = results_paste,
    .act = results_act,
    .click = results_click,
    .status = results_status,
    .sync = results_sync,
    .destroy = results_destroy,
};
