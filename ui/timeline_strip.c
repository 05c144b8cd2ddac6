/* timeline_strip.c — the timeline under the Indicators view's groups (t):
 * the concept and region of the group under the cursor through every
 * period the reports state, one line a statement group (period × kind) in
 * period order — a bar as long as its value against the largest of the
 * same unit over the single years (an outcome █, a target ◆ at its
 * place, an estimate ▒; a span's total cut at the end), the value, ✓ or ≠
 * —, and a sparkline of the outcomes in its title; its own
 * cursor (j k), Enter shows the statement in its sentence. */
#include "timeline_strip.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "canonical.h"
#include "draw.h"
#include "sbuf.h"
#include "target_rule.h"

enum { LABEL_CELLS = 18, VALUE_CELLS = 16, BAR_MAX = 40 };

/* The folded key of s (canonical.h's, as the grouping compares). */
static void key_of(const char *s, sbuf *out)
{
    out->len = 0;
    indicator_name_key(s, strlen(s), out);
}

/* True when groups i and j are of one concept and one region. */
static int same_line(const indicator_groups *g, size_t i, size_t j, sbuf *a, sbuf *b)
{
    key_of(g->groups[i].canonical, a);
    key_of(g->groups[j].canonical, b);
    if (a->len != b->len || memcmp(a->p, b->p, a->len))
        return 0;
    key_of(g->groups[i].region, a);
    key_of(g->groups[j].region, b);
    return a->len == b->len && !memcmp(a->p, b->p, a->len);
}

/* The number a point's bar measures: its amount, else its change. */
static int point_number(const indicator *x, target_number *n)
{
    return target_number_of(x, TF_AMOUNT, n) || target_number_of(x, TF_CHANGE, n);
}

void tstrip_build(tstrip *s, const indicator_groups *g, const doc *const *docs,
                  size_t group)
{
    s->n = s->sel = s->top = 0;
    s->max = 0;
    s->family[0] = '\0';
    if (group >= g->ngroups)
        return;
    sbuf a = {0}, b = {0};
    size_t from = group, to = group + 1;
    while (from > 0 && same_line(g, from - 1, group, &a, &b))
        from--;
    while (to < g->ngroups && same_line(g, to, group, &a, &b))
        to++;
    sbuf_free(&a);
    sbuf_free(&b);
    /* the groups are sorted by period then kind within a concept and region */
    for (size_t k = from; k < to; k++) {
        const indicator_ref *r = &g->refs[g->groups[k].first];
        s->v = xgrow(s->v, &s->cap, s->n, sizeof *s->v);
        s->v[s->n++] = (tstrip_point){k, &docs[r->doc]->indicators[r->i], r->doc};
        if (k == group)
            s->sel = s->n - 1;
    }
    /* the bars' scale: the largest number of the unit the chosen group
     * states (its family) over the single years that state one (a span's
     * total, 2016-2020, would dwarf them: its bar is cut at the end), or
     * over the spans when no year does */
    target_number n;
    if (point_number(s->v[s->sel].x, &n))
        snprintf(s->family, sizeof s->family, "%s", n.family);
    for (int spans = 0; spans < 2 && s->max <= 0; spans++)
        for (size_t i = 0; i < s->n; i++)
            if ((s->v[i].x->period_from != s->v[i].x->period_to) == spans &&
                point_number(s->v[i].x, &n) && !strcmp(n.family, s->family) &&
                fabs(n.hi) > s->max)
                s->max = fabs(n.hi);
    const indicator_group *gr = &g->groups[group];
    snprintf(s->title, sizeof s->title, "%s · %s", gr->canonical,
             *gr->region ? gr->region : "?");
}

void tstrip_free(tstrip *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

int tstrip_move(tstrip *s, int act, int h)
{
    size_t rows = h > 1 ? (size_t)h - 1 : 1;
    switch (act) {
    case ACT_DOWN: s->sel += s->sel + 1 < s->n; break;
    case ACT_UP: s->sel -= s->sel > 0; break;
    case ACT_TOP: s->sel = 0; break;
    case ACT_BOTTOM: s->sel = s->n ? s->n - 1 : 0; break;
    default: return 0;
    }
    if (s->sel < s->top)
        s->top = s->sel;
    if (s->sel >= s->top + rows)
        s->top = s->sel - rows + 1;
    return 1;
}

/* The sparkline of the outcomes of the scale's unit, in period order,
 * into buf. */
static void sparkline(const tstrip *s, char *buf, size_t len)
{
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < s->n && k + 4 < len; i++) {
        target_number n;
        if (s->v[i].x->kind != IND_ACTUAL || !point_number(s->v[i].x, &n) ||
            strcmp(n.family, s->family) || s->max <= 0 ||
            (s->v[i].x->period_from != s->v[i].x->period_to && fabs(n.hi) > s->max))
            continue;
        k += (size_t)snprintf(buf + k, len - k, "%s", draw_eighth(fabs(n.hi) / s->max));
    }
}

/* Point i's line: period and kind, the bar, the value, the agreement. */
static void draw_point(const tstrip *s, const indicator_groups *g, size_t i, WINDOW *w,
                       int y, int width, int selected, int script)
{
    const tstrip_point *p = &s->v[i];
    const indicator *x = p->x;
    char label[64], period[32], value[96];
    snprintf(label, sizeof label, "%s %s",
             indicator_period_format(x->period_from, x->period_to, period, sizeof period),
             indicator_kind_name(x->kind));
    role base = selected ? ROLE_SELECTED : ROLE_NORMAL;
    draw_fill(w, y, 0, width, base);
    int at = draw_text(w, y, 1, label, strlen(label), LABEL_CELLS - 1, base, 1) + 1;
    at = at < LABEL_CELLS ? LABEL_CELLS : at;
    int room = width - at - VALUE_CELLS - 3;
    room = room > BAR_MAX ? BAR_MAX : room;
    target_number n;
    if (room > 0 && point_number(x, &n) && !strcmp(n.family, s->family) && s->max > 0) {
        double share = fabs(n.hi) / s->max;
        int cells = (int)lround(room * (share > 1 ? 1 : share));
        cells = cells < 1 ? 1 : cells;
        const char *glyph = x->kind == IND_TARGET ? "◆" : x->kind == IND_EXPECTED ? "▒" : "█";
        if (x->kind == IND_TARGET) { /* a mark at its place, not a bar */
            draw_str(w, y, at + cells - 1, glyph, 1, selected ? base : ROLE_NOTE);
        } else {
            for (int c = 0; c < cells; c++)
                draw_str(w, y, at + c, glyph, 1, selected ? base : ROLE_NUMBER);
        }
    }
    at += room > 0 ? room + 1 : 0;
    indicator_number_text(x, "", value, sizeof value);
    if (*x->value && *x->change)
        snprintf(value + strlen(value), sizeof value - strlen(value), " %s", x->change);
    at += draw_text_script(w, y, at, value, strlen(value), width - at, base, 1, script);
    const char *agree = g->groups[p->group].agreement == IND_AGREE      ? " ✓"
                        : g->groups[p->group].agreement == IND_CONFLICT ? " ≠"
                                                                        : "";
    draw_str(w, y, at, agree, width - at, selected ? base : ROLE_NOTE);
}

void tstrip_draw(const tstrip *s, const indicator_groups *g, WINDOW *w, int y0, int h,
                 int width, int focused, int script)
{
    if (h <= 0)
        return;
    char title[512], spark[128];
    sparkline(s, spark, sizeof spark);
    snprintf(title, sizeof title, " timeline: %s  %s", s->title, spark);
    draw_fill(w, y0, 0, width, ROLE_TITLE);
    draw_text_script(w, y0, 0, title, strlen(title), width, focused ? ROLE_TITLE_FOCUS
                                                                    : ROLE_TITLE, 1, script);
    for (int y = 1; y < h; y++) {
        size_t i = s->top + (size_t)(y - 1);
        draw_fill(w, y0 + y, 0, width, ROLE_NORMAL);
        if (i < s->n)
            draw_point(s, g, i, w, y0 + y, width, focused && i == s->sel, script);
    }
}

int tstrip_source(const tstrip *s, size_t *d, size_t *start, size_t *end)
{
    if (s->sel >= s->n)
        return 0;
    *d = s->v[s->sel].doc;
    *start = s->v[s->sel].x->start;
    *end = s->v[s->sel].x->end;
    return 1;
}
