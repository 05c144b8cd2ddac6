/* results.c — the search view (see results.h): the query runs over every
 * report on each keystroke (model/search on each report's folded text,
 * folded once and kept), hits listed by report in document order, in
 * the display script `s` chose. */
#include "results.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus_search.h"
#include "draw.h"
#include "history.h"
#include "utf8.h"

enum { MAX_HITS = 5000, CONTEXT = 14 };

typedef struct hit {
    int doc;
    size_t start, end;
    int section;
} hit;

typedef struct results {
    folded *folds;   /* per document, folded on first use */
    size_t nfolds;
    hit *hits;
    size_t n, cap;
    int sel, top;
    int cur;         /* the hit n/N last went to, or -1 */
    int reports;     /* reports with a hit */
    int partial;     /* a key came before every report was searched */
    history hist;
} results;

static results *state(app *a)
{
    if (!a->results) {
        a->results = calloc(1, sizeof(results));
        a->results->cur = -1;
    }
    return a->results;
}

/* Document i folded: the loader's once it has folded everything, else
 * folded here on first use and kept. */
static const folded *fold_of(results *r, const app *a, size_t i)
{
    if (*a->src->folds)
        return &(*a->src->folds)[i];
    if (i >= r->nfolds) {
        size_t n = a->docs->n;
        r->folds = xrealloc(r->folds, n * sizeof *r->folds);
        memset(r->folds + r->nfolds, 0, (n - r->nfolds) * sizeof *r->folds);
        r->nfolds = n;
    }
    if (!r->folds[i].s) {
        const doc *d = a->docs->docs[i];
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

/* corpus_search's fold of report i. */
static const folded *fold_at(void *ctx, size_t i)
{
    const app *a = ctx;
    return fold_of(a->results, a, i);
}

/* True when the user already typed the next key: a search that is still
 * running then stops, and the key runs the next one (typing never waits
 * for a slow query). The key stays queued. */
static int key_waiting(void)
{
    wint_t ch;
    nodelay(stdscr, TRUE);
    int r = get_wch(&ch);
    if (r == ERR)
        return 0;
    if (r == KEY_CODE_YES)
        ungetch((int)ch);
    else
        unget_wch((wchar_t)ch);
    return 1;
}

/* Runs the query over every report (in the reports pane's order), through
 * the loader's index once it has built it (before, by scanning, which is
 * instant on small corpora). */
static void run(app *a)
{
    results *r = state(a);
    r->n = 0;
    r->sel = r->top = 0;
    r->cur = -1;
    r->reports = 0;
    r->partial = 0;
    query q;
    const char *err;
    if (!a->prompt[0] || query_parse(a->prompt, &q, &err) != 0)
        return;
    size_t *order = xmalloc((a->nentries + 1) * sizeof *order);
    for (size_t e = 0; e < a->nentries; e++)
        order[e] = (size_t)a->entries[e].doc;
    search_index *ix = *a->src->index;
    corpus_search_in in = {a->docs->docs, a->docs->n, order, a->nentries,
                           ix ? *a->src->folds : NULL, fold_at, a, ix,
                           key_waiting};
    corpus_search_result res = corpus_search(&q, &in, collect, r);
    r->reports = (int)res.docs;
    r->partial = res.status == CORPUS_SEARCH_STOPPED;
    free(order);
    query_free(&q);
}

void results_open(app *a)
{
    a->searching = 1;
    a->prompt[0] = '\0';
    history_begin(&state(a)->hist);
    run(a);
}

/* ↑/↓: an older or newer query from the history into the prompt. */
static void recall(app *a, int dir)
{
    const char *q = history_step(&state(a)->hist, dir);
    if (!q)
        return;
    snprintf(a->prompt, sizeof a->prompt, "%s", q);
    run(a);
}

static int edit_prompt(app *a, wint_t ch, int fk)
{
    size_t len = strlen(a->prompt);
    if ((fk && ch == KEY_BACKSPACE) || (!fk && (ch == 127 || ch == 8))) {
        if (len)
            a->prompt[len - utf8_prev_len(a->prompt, len)] = '\0';
    } else if (!fk && ch == 21) { /* Ctrl-U */
        a->prompt[0] = '\0';
    } else if (!fk && ch >= 0x20 && len + 4 < sizeof a->prompt) {
        char u[4];
        size_t k = utf8_encode((uint32_t)ch, u);
        memcpy(a->prompt + len, u, k);
        a->prompt[len + k] = '\0';
    } else {
        return 0;
    }
    return 1;
}

static void open_hit(app *a, int k)
{
    results *r = state(a);
    if (k < 0 || (size_t)k >= r->n)
        return;
    r->cur = k;
    const hit *h = &r->hits[k];
    if (a->searching)
        history_add(&r->hist, a->prompt);
    a->searching = 0;
    app_reader_show(a, h->doc, h->start, h->end - h->start);
}

void results_key(app *a, wint_t ch, int fk)
{
    results *r = state(a);
    if ((!fk && (ch == '\r' || ch == '\n')) || (fk && ch == KEY_ENTER)) {
        if (r->n)
            open_hit(a, r->sel);
        else
            a->searching = 0;
        return;
    }
    if (!fk && ch == 27) {
        a->searching = 0;
        return;
    }
    if (edit_prompt(a, ch, fk)) {
        run(a);
        return;
    }
    if (fk && (ch == KEY_UP || ch == KEY_DOWN)) {
        recall(a, ch == KEY_UP ? -1 : 1);
        return;
    }
    /* The hits: Ctrl-N / Ctrl-P, PgDn / PgUp, Home / End. */
    action act = !fk && ch == 14 ? ACT_DOWN : !fk && ch == 16 ? ACT_UP
                 : !fk ? ACT_NONE
                 : ch == KEY_NPAGE ? ACT_PAGE_DOWN : ch == KEY_PPAGE ? ACT_PAGE_UP
                 : ch == KEY_HOME ? ACT_TOP : ch == KEY_END ? ACT_BOTTOM : ACT_NONE;
    app_list_move(&r->sel, (int)r->n, a->lines - 2, act);
}

/* One result row: [report] breadcrumb │ …context HIT context… */
static void draw_hit(app *a, const hit *h, int y, int selected)
{
    const doc *d = a->docs->docs[h->doc];
    role base = selected ? ROLE_SELECTED : ROLE_NORMAL;
    draw_fill(stdscr, y, 0, a->cols, base);
    char where[160] = "";
    if (h->section >= 0)
        snprintf(where, sizeof where, "%s", d->sections[h->section].marker);
    int x = 1 + draw_text_script(stdscr, y, 1, where, strlen(where), 12,
                                 selected ? base : ROLE_DIM, 1, a->script);
    x = x < 14 ? 14 : x;
    const char *s = d->clean.bytes;
    size_t from = h->start;
    for (int i = 0; i < CONTEXT && from > 0 && s[from - 1] != '\n'; i++)
        from -= utf8_prev_len(s, from);
    x += draw_text_script(stdscr, y, x, s + from, h->start - from, a->cols - x,
                          base, 0, a->script);
    x += draw_text_script(stdscr, y, x, s + h->start, h->end - h->start,
                          a->cols - x, selected ? ROLE_TITLE_FOCUS : ROLE_SELECTED,
                          0, a->script);
    size_t to = h->end;
    while (to < d->clean.len && s[to] != '\n' && to - h->end < 240)
        to++;
    draw_text_script(stdscr, y, x, s + h->end, to - h->end, a->cols - x, base,
                     1, a->script);
}

/* A report's heading row in the list: its title and hit count. */
static void draw_report(app *a, int di, int count, int y)
{
    const doc *d = a->docs->docs[di];
    char line[512];
    snprintf(line, sizeof line, "%s · %s%s%d hits",
             d->meta.title && *d->meta.title ? d->meta.title : d->name,
             d->meta.region ? d->meta.region : "", d->meta.region ? " · " : "",
             count);
    draw_fill(stdscr, y, 0, a->cols, ROLE_NORMAL);
    draw_text_script(stdscr, y, 0, line, strlen(line), a->cols, ROLE_HEADING2, 1,
                     a->script);
}

static int count_of(const results *r, size_t k)
{
    int c = 0;
    for (size_t j = k; j < r->n && r->hits[j].doc == r->hits[k].doc; j++)
        c++;
    return c;
}

void results_draw(app *a)
{
    results *r = state(a);
    int rows = a->lines - 1;
    erase();
    if (r->sel < r->top)
        r->top = r->sel;
    /* Rows: a heading before each report's first hit, then its hits. */
    int y = 0;
    for (size_t k = (size_t)r->top; k < r->n && y < rows; k++) {
        if (k == (size_t)r->top || r->hits[k].doc != r->hits[k - 1].doc) {
            draw_report(a, r->hits[k].doc, count_of(r, k), y++);
            if (y >= rows)
                break;
        }
        if ((int)k == r->sel && y == rows - 1 && k + 1 < r->n)
            r->top++; /* keep the selection off the last row */
        draw_hit(a, &r->hits[k], y++, (int)k == r->sel);
    }
    if (!r->n && a->prompt[0])
        draw_str(stdscr, 1, 2, "no hit", a->cols - 2, ROLE_DIM);
    else if (!a->prompt[0])
        draw_str(stdscr, 1, 2, "type to search every report: 经济, 經濟, gdzctz, "
                               "\"a phrase\", -word, region: year: kind: section:",
                 a->cols - 2, ROLE_DIM);
    char right[64];
    snprintf(right, sizeof right, " %zu%s hits in %d reports ", r->n,
             r->n >= MAX_HITS || r->partial ? "+" : "", r->reports);
    int rw = draw_width(right, strlen(right));
    draw_fill(stdscr, a->lines - 1, 0, a->cols, ROLE_STATUS);
    int x = draw_str(stdscr, a->lines - 1, 0, "/", 1, ROLE_STATUS);
    x += draw_text(stdscr, a->lines - 1, x, a->prompt, strlen(a->prompt),
                   a->cols - x - rw - 1, ROLE_STATUS, 0);
    draw_str(stdscr, a->lines - 1, x, " ", 1, ROLE_SELECTED);
    if (rw < a->cols - x - 1)
        draw_str(stdscr, a->lines - 1, a->cols - rw, right, rw, ROLE_STATUS);
    wnoutrefresh(stdscr);
}

void results_step(app *a, int dir)
{
    results *r = state(a);
    if (!r->n) {
        snprintf(a->message, sizeof a->message, "no search yet: / searches");
        return;
    }
    int k = r->cur + dir;
    if (k < 0 || (size_t)k >= r->n) {
        snprintf(a->message, sizeof a->message, "%s hit", dir > 0 ? "last" : "first");
        return;
    }
    open_hit(a, k);
    snprintf(a->message, sizeof a->message, "hit %d of %zu", k + 1, r->n);
}

void results_free(app *a)
{
    results *r = a->results;
    if (!r)
        return;
    for (size_t i = 0; i < r->nfolds; i++)
        if (r->folds[i].s)
            fold_free(&r->folds[i]);
    free(r->folds);
    free(r->hits);
    history_free(&r->hist);
    free(r);
    a->results = NULL;
}
