/* pdf_furniture.c — running heads, feet and page numbers of a PDF: rows
 * that come back at the same end of many pages (see pdf_layout.h). */
#include "pdf_layout.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* Rows looked at, at each end of a page, and the share of the page they
 * must lie in. */
#define END_ROWS 2
#define END_SHARE 6
/* Keys longer than this are text, not furniture. */
#define KEY_MAX 96

typedef struct cand {
    size_t row;
    uint32_t page;
    uint8_t end;          /* 0 top, 1 bottom */
    char key[KEY_MAX + 1];
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->end != y->end)
        return x->end - y->end;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return (x->page > y->page) - (x->page < y->page);
}

/* The key of row i: its text without spaces, each run of digits (ASCII or
 * full-width) one '#'. Returns 0 when the row is too long to be one. */
static int row_key(const pdf_rows *r, const pdf_row *row, char *key)
{
    size_t k = 0;
    int in_digits = 0;
    for (uint32_t c = row->cell0; c < row->cell0 + row->ncells; c++) {
        const char *s = r->text.p + r->cell[c].off;
        size_t n = r->cell[c].len;
        for (size_t i = 0; i < n; i++) {
            unsigned char ch = (unsigned char)s[i];
            int digit = ch >= '0' && ch <= '9';
            size_t len = 1;
            if (!digit && ch == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC &&
                (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
                digit = 1, len = 3;
            if (digit) {
                if (!in_digits) {
                    if (k == KEY_MAX)
                        return 0;
                    key[k++] = '#';
                }
                in_digits = 1;
                i += len - 1;
                continue;
            }
            in_digits = 0;
            if (ch == ' ')
                continue;
            if (k == KEY_MAX)
                return 0;
            key[k++] = (char)ch;
        }
    }
    key[k] = '\0';
    return k > 0;
}

/* True when key is a page number's: '#' with only dashes, a slash, 第…页
 * (頁), 共, Page/of, brackets and dots around it. */
static int page_number_key(const char *key)
{
    static const char *const parts[] = {
        "#", "-", "/", ".", "(", ")", "–", "—", "－", "（", "）", "第", "页", "頁",
        "共", "Page", "page", "of", "P", "p", "·"};
    int hashes = 0;
    for (const char *s = key; *s;) {
        size_t i;
        for (i = 0; i < sizeof parts / sizeof *parts; i++) {
            size_t n = strlen(parts[i]);
            if (!strncmp(s, parts[i], n)) {
                hashes += *s == '#';
                s += n;
                break;
            }
        }
        if (i == sizeof parts / sizeof *parts)
            return 0;
    }
    return hashes >= 1 && hashes <= 2;
}

/* Adds the END_ROWS rows of page rows [a, b) nearest end `end` that lie
 * in that end's share of the page. */
static void page_cands(const pdf_rows *r, size_t a, size_t b, uint8_t end,
                       cand **cs, size_t *nc, size_t *cap)
{
    float h = r->page_h[r->row[a].page];
    size_t picked[END_ROWS];
    size_t np = 0;
    for (size_t t = 0; t < END_ROWS; t++) {
        size_t best = b;
        for (size_t i = a; i < b; i++) {
            int taken = 0;
            for (size_t j = 0; j < np; j++)
                taken |= picked[j] == i;
            if (taken)
                continue;
            const pdf_row *x = &r->row[i];
            if (best == b || (end ? x->y2 > r->row[best].y2 : x->y1 < r->row[best].y1))
                best = i;
        }
        if (best == b)
            break;
        const pdf_row *x = &r->row[best];
        if (end ? x->y1 * END_SHARE < h * (END_SHARE - 1) : x->y2 * END_SHARE > h)
            break;
        picked[np++] = best;
        *cs = xgrow(*cs, cap, *nc, sizeof **cs);
        cand *c = &(*cs)[*nc];
        c->row = best, c->page = x->page, c->end = end;
        if (row_key(r, x, c->key))
            (*nc)++;
    }
}

size_t pdf_furniture_mark(pdf_rows *r)
{
    cand *cs = NULL;
    size_t nc = 0, cap = 0, text_pages = 0;
    for (size_t a = 0; a < r->nrows;) {
        size_t b = a;
        while (b < r->nrows && r->row[b].page == r->row[a].page)
            b++;
        text_pages++;
        page_cands(r, a, b, 0, &cs, &nc, &cap);
        page_cands(r, a, b, 1, &cs, &nc, &cap);
        a = b;
    }
    if (nc)
        qsort(cs, nc, sizeof *cs, cmp_cand);
    size_t marked = 0;
    for (size_t a = 0; a < nc;) {
        size_t b = a, pages = 0;
        for (; b < nc && cs[b].end == cs[a].end && !strcmp(cs[b].key, cs[a].key); b++)
            pages += b == a || cs[b].page != cs[b - 1].page;
        int number = page_number_key(cs[a].key);
        int running = pages >= 3 && pages * 10 >= text_pages * 3;
        if (running || (pages >= 2 && number))
            for (size_t i = a; i < b; i++)
                /* The text's first row, the title a running head repeats,
                 * stays. */
                if (!r->row[cs[i].row].furniture && (cs[i].row || number)) {
                    r->row[cs[i].row].furniture = 1;
                    marked++;
                }
        a = b;
    }
    free(cs);
    return marked;
}
