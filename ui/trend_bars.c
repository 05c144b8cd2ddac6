/* trend_bars.c — the Search view's hits per year (see trend_bars.h): a
 * sparkline, a cell a year (a blank for a year without a report, "." for
 * reports without a hit), or bars a line a year; the cursor's year in the
 * cursor's role, the picked one marked. Monochrome: the bars are
 * characters, the cursor an attribute. */
#include "trend_bars.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "draw.h"

enum {
    TALL_ROWS = 30,  /* a bar a line from this height of the pane */
    YEAR_CELLS = 4,
    SPARK_X = 1 + YEAR_CELLS + 1, /* the first cell of the sparkline */
    SUMMARY_MIN = 12, /* cells kept for the summary after the sparkline */
    BAR_MAX = 60      /* the longest bar of a year's line */
};

void tbars_set(tbars *b, const trend_table *by_year)
{
    b->from = b->to = 0;
    b->undated = b->total = b->max = 0;
    b->max_year = b->first_year = 0;
    for (size_t i = 0; i < by_year->n; i++) {
        const trend_row *r = &by_year->rows[i];
        if (!r->year)
            continue;
        if (!b->from || r->year < b->from)
            b->from = r->year;
        if (r->year > b->to)
            b->to = r->year;
    }
    size_t n = b->from ? (size_t)(b->to - b->from + 1) : 0;
    if (n > b->cap) {
        b->hits = xrealloc(b->hits, n * sizeof *b->hits);
        b->reports = xrealloc(b->reports, n * sizeof *b->reports);
        b->cap = n;
    }
    if (n) {
        memset(b->hits, 0, n * sizeof *b->hits);
        memset(b->reports, 0, n * sizeof *b->reports);
    }
    for (size_t i = 0; i < by_year->n; i++) {
        const trend_row *r = &by_year->rows[i];
        size_t hits = r->cells[0].hits;
        b->total += hits;
        if (!r->year) {
            b->undated += hits;
            continue;
        }
        size_t k = (size_t)(r->year - b->from);
        b->hits[k] = hits;
        b->reports[k] = r->reports;
        if (hits > b->max) {
            b->max = hits;
            b->max_year = r->year;
        }
        if (hits && (!b->first_year || r->year < b->first_year))
            b->first_year = r->year;
    }
    if (b->cursor && (b->cursor < b->from || b->cursor > b->to))
        b->cursor = 0;
    if (b->pick && (b->pick < b->from || b->pick > b->to))
        b->pick = 0;
}

static int years(const tbars *b)
{
    return b->from ? b->to - b->from + 1 : 0;
}

int tbars_rows(const tbars *b, int h)
{
    if (h < 4)
        return 0;
    int tall = 1 + years(b);
    return h >= TALL_ROWS && years(b) && tall <= h / 3 ? tall : 1;
}

/* The first year the sparkline shows in width cells (the last years when
 * not all fit) and how many; 0 when there is no room. */
static int spark_span(const tbars *b, int width, int *first)
{
    int room = width - SPARK_X - 1 - YEAR_CELLS - SUMMARY_MIN;
    int n = years(b) < room ? years(b) : room;
    *first = b->to - n + 1;
    return n > 0 ? n : 0;
}

/* What the bars say beside them: the cursor's year, else the largest
 * count, the total and the pick. */
static void summary(const tbars *b, char *buf, size_t len)
{
    size_t k;
    if (b->cursor) {
        k = (size_t)(b->cursor - b->from);
        snprintf(buf, len, "%d: %zu hits in %zu report%s · Enter lists them",
                 b->cursor, b->hits[k], b->reports[k], b->reports[k] == 1 ? "" : "s");
        return;
    }
    int n = snprintf(buf, len, "max %zu (%d) · %zu hits", b->max, b->max_year, b->total);
    if (b->undated && n > 0 && (size_t)n < len)
        n += snprintf(buf + n, len - (size_t)n, ", %zu undated", b->undated);
    if (b->pick && n > 0 && (size_t)n < len)
        n += snprintf(buf + n, len - (size_t)n, " · listing %d", b->pick);
    if (b->partial && n > 0 && (size_t)n < len)
        snprintf(buf + n, len - (size_t)n, " · counting…");
}

/* The cell of year k: its eighth, "." for reports without a hit, a blank
 * for no report. */
static const char *cell_of(const tbars *b, size_t k)
{
    if (!b->reports[k])
        return " ";
    if (!b->hits[k])
        return ".";
    return draw_eighth(b->max ? (double)b->hits[k] / (double)b->max : 0);
}

static void draw_spark(const tbars *b, WINDOW *w, int y, int width)
{
    char label[160], year[16];
    draw_fill(w, y, 0, width, ROLE_NORMAL);
    if (!b->from) {
        summary(b, label, sizeof label);
        draw_str(w, y, 1, b->total ? label : "no dated report", width - 1, ROLE_DIM);
        return;
    }
    int first, n = spark_span(b, width, &first);
    if (!n) {
        summary(b, label, sizeof label);
        draw_str(w, y, 1, label, width - 1, ROLE_DIM);
        return;
    }
    snprintf(year, sizeof year, "%d", first);
    draw_str(w, y, 1, year, YEAR_CELLS, ROLE_DIM);
    for (int i = 0; i < n; i++) {
        int yr = first + i;
        size_t k = (size_t)(yr - b->from);
        role r = yr == b->cursor ? ROLE_SELECTED : yr == b->pick ? ROLE_TITLE_FOCUS
                                                                 : ROLE_NUMBER;
        draw_str(w, y, SPARK_X + i, cell_of(b, k), 1, r);
    }
    int x = SPARK_X + n + 1;
    snprintf(year, sizeof year, "%d", b->to);
    x += draw_str(w, y, x, year, YEAR_CELLS, ROLE_DIM) + 2;
    summary(b, label, sizeof label);
    draw_str(w, y, x, label, width - x, ROLE_DIM);
}

/* Year yr's line: the year (> when picked), its bar, its count. */
static void draw_year(const tbars *b, WINDOW *w, int y, int width, int yr)
{
    size_t k = (size_t)(yr - b->from);
    role base = yr == b->cursor ? ROLE_SELECTED : ROLE_NORMAL;
    char line[96];
    draw_fill(w, y, 0, width, base);
    snprintf(line, sizeof line, "%s%d", yr == b->pick ? ">" : " ", yr);
    int x = draw_str(w, y, 0, line, width, base) + 1;
    if (!b->reports[k]) {
        draw_str(w, y, x, "no report", width - x, yr == b->cursor ? base : ROLE_DIM);
        return;
    }
    snprintf(line, sizeof line, "%zu hits · %zu report%s", b->hits[k], b->reports[k],
             b->reports[k] == 1 ? "" : "s");
    int room = width - x - draw_width(line, strlen(line)) - 2;
    room = room > BAR_MAX ? BAR_MAX : room;
    int cells = 0;
    if (room > 0 && b->max && b->hits[k]) {
        cells = (int)((double)room * (double)b->hits[k] / (double)b->max + 0.5);
        cells = cells < 1 ? 1 : cells;
    }
    for (int i = 0; i < cells; i++)
        draw_str(w, y, x + i, "█", 1, yr == b->cursor ? base : ROLE_NUMBER);
    x += cells + 1;
    draw_str(w, y, x, line, width - x, yr == b->cursor ? base : ROLE_DIM);
}

void tbars_draw(const tbars *b, WINDOW *w, int y0, int rows, int width)
{
    if (rows <= 0)
        return;
    if (rows == 1) {
        draw_spark(b, w, y0, width);
        return;
    }
    char title[192], label[160];
    summary(b, label, sizeof label);
    snprintf(title, sizeof title, " hits a year %d–%d · %s", b->from, b->to, label);
    draw_fill(w, y0, 0, width, ROLE_NORMAL);
    draw_str(w, y0, 0, title, width, ROLE_DIM);
    for (int i = 1; i < rows && b->from + i - 1 <= b->to; i++)
        draw_year(b, w, y0 + i, width, b->from + i - 1);
}

int tbars_move(tbars *b, int dir)
{
    if (!b->from)
        return 0;
    if (!b->cursor) {
        b->cursor = b->pick ? b->pick : b->to;
        return 1;
    }
    int y = b->cursor + (dir < 0 ? -1 : 1);
    b->cursor = y < b->from ? b->from : y > b->to ? b->to : y;
    return 1;
}

int tbars_year_at(const tbars *b, int y, int x, int rows, int width)
{
    if (!b->from || y < 0 || y >= rows)
        return 0;
    if (rows > 1)
        return y >= 1 && b->from + y - 1 <= b->to ? b->from + y - 1 : 0;
    int first, n = spark_span(b, width, &first);
    return x >= SPARK_X && x < SPARK_X + n ? first + x - SPARK_X : 0;
}

void tbars_free(tbars *b)
{
    free(b->hits);
    free(b->reports);
    memset(b, 0, sizeof *b);
}
