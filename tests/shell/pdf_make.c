/* pdf_make.c — writes PDFs for the PDF reader's tests (tests/shell/pdf.sh)
 * and benchmark with pango and cairo:
 *   pdf_make sample TXT OUT [--columns 2] [--header TEXT]
 *       the report in TXT (UTF-8, one paragraph per non-empty line,
 *       markdown rows `| a | b |` a table, `| --- |` rows not drawn) set
 *       as a Chinese report: A4, body in Noto Serif CJK SC 12 pt,
 *       justified, first lines indented by 2 em, headings bold without
 *       indent, tables as ruled grids; pages of fixed height, so long
 *       paragraphs break across pages; from page 2 on a running header
 *       (TEXT, or the report's first line; small, at the top); on every
 *       page the page number "- N -" at the bottom centre. --columns 2:
 *       the body in two columns a page. Prints the number of pages.
 *   pdf_make empty OUT N    N empty pages (1 to 100000)
 *   pdf_make scan OUT       two pages of only an image (text painted into
 *                           pixels, no text layer): a scanned report
 * The output is the same each run (a fixed creation date). A bad argument,
 * an unreadable TXT or an unwritable OUT: a message on stderr, exit 1. */
#include <cairo-pdf.h>
#include <errno.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_W 595.0
#define PAGE_H 842.0
#define MARGIN_X 72.0
#define BODY_TOP 80.0
#define BODY_BOTTOM 770.0
#define COLUMN_GAP 24.0
#define BODY_PT 12.0
#define PITCH 20.0      /* body line pitch */
#define HEAD_PITCH 24.0 /* heading line pitch */
#define CELL_PAD 4.0
#define MAX_CELLS 32
#define BODY_FONT "Noto Serif CJK SC 12"
#define HEAD_FONT "Noto Sans CJK SC Bold 13"
#define CELL_FONT "Noto Serif CJK SC 10.5"
#define SMALL_FONT "Noto Serif CJK SC 9"
#define FIXED_DATE "2024-01-01T00:00:00Z"

static void usage(void)
{
    fputs("usage: pdf_make sample TXT OUT [--columns 2] [--header TEXT]\n"
          "       pdf_make empty OUT N        (N from 1 to 100000)\n"
          "       pdf_make scan OUT\n", stderr);
    exit(1);
}

/* ---- the PDF surface ------------------------------------------------- */

static const cairo_user_data_key_t file_key; /* the surface's FILE */

static cairo_status_t write_file(void *f, const unsigned char *data, unsigned n)
{
    return fwrite(data, 1, n, f) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static void fail(const char *path, const char *why)
{
    fprintf(stderr, "pdf_make: %s: %s\n", path, why);
    exit(1);
}

/* A cairo context on a new A4 PDF written to path; exits 1 when path
 * cannot be written. The caller ends it with pdf_close. */
static cairo_t *pdf_open(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        fail(path, strerror(errno));
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(write_file, f, PAGE_W, PAGE_H);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        fail(path, cairo_status_to_string(cairo_surface_status(s)));
    cairo_surface_set_user_data(s, &file_key, f, NULL);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, FIXED_DATE);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, FIXED_DATE);
    cairo_t *cr = cairo_create(s);
    cairo_surface_destroy(s);
    return cr;
}

/* Finishes the PDF of cr and closes its file (path); exits 1 on a write
 * error. */
static void pdf_close(cairo_t *cr, const char *path)
{
    cairo_surface_t *s = cairo_get_target(cr);
    FILE *f = cairo_surface_get_user_data(s, &file_key);
    cairo_surface_finish(s);
    cairo_status_t st = cairo_surface_status(s);
    cairo_destroy(cr);
    if (st != CAIRO_STATUS_SUCCESS)
        fail(path, cairo_status_to_string(st));
    if (fclose(f) != 0)
        fail(path, strerror(errno));
}

/* A layout of text in font (a pango description string), width points
 * wide (0: unbounded), wrapping anywhere between characters. */
static PangoLayout *layout_new(cairo_t *cr, const char *font, const char *text,
                               double width)
{
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoFontDescription *fd = pango_font_description_from_string(font);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    if (width > 0) {
        pango_layout_set_width(l, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_text(l, text, -1);
    return l;
}

/* Gives each character no font has a glyph for (pango would draw a box
 * of hex digits, text lost) the geta mark 〓 of its run's font instead:
 * cairo then writes the character itself as the glyph's text (ActualText),
 * as a PDF made with a font missing a glyph keeps it in its text layer.
 * Call it once the layout is set, before drawing. */
static void layout_keep_text(PangoLayout *l)
{
    for (GSList *ln = pango_layout_get_lines(l); ln; ln = ln->next)
        for (GSList *r = ((PangoLayoutLine *)ln->data)->runs; r; r = r->next) {
            PangoGlyphItem *run = r->data;
            hb_codepoint_t geta;
            if (!run->item->analysis.font ||
                !hb_font_get_nominal_glyph(pango_font_get_hb_font(run->item->analysis.font),
                                           0x3013, &geta))
                continue;
            for (int i = 0; i < run->glyphs->num_glyphs; i++)
                if (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG)
                    run->glyphs->glyphs[i].glyph = geta;
        }
}

/* Draws one line of text in font, centred on the page, its top at y
 * (ellipsized to the text width). */
static void draw_centred(cairo_t *cr, const char *font, const char *text, double y)
{
    PangoLayout *l = layout_new(cr, font, text, PAGE_W - 2 * MARGIN_X);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    pango_layout_set_alignment(l, PANGO_ALIGN_CENTER);
    layout_keep_text(l);
    cairo_move_to(cr, MARGIN_X, y);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

/* ---- the pen: where the next line of the body goes -------------------- */

typedef struct pen {
    cairo_t *cr;
    const char *header; /* the running header, from page 2 on */
    int page;           /* the page being drawn, from 1 */
    int columns;        /* 1 or 2 */
    int col;            /* the column being filled, from 0 */
    double y;           /* the top of the next line */
} pen;

static double pen_width(const pen *p)
{
    return (PAGE_W - 2 * MARGIN_X - (p->columns - 1) * COLUMN_GAP) / p->columns;
}

static double pen_x(const pen *p)
{
    return MARGIN_X + p->col * (pen_width(p) + COLUMN_GAP);
}

/* The header (from page 2 on) of a page just begun. */
static void page_begin(pen *p)
{
    if (p->page > 1) {
        draw_centred(p->cr, SMALL_FONT, p->header, 40);
        cairo_set_line_width(p->cr, 0.5);
        cairo_move_to(p->cr, MARGIN_X, 56);
        cairo_line_to(p->cr, PAGE_W - MARGIN_X, 56);
        cairo_stroke(p->cr);
    }
    p->col = 0;
    p->y = BODY_TOP;
}

/* The page number of the page being drawn, then the page out. */
static void page_end(pen *p)
{
    char num[32];
    snprintf(num, sizeof num, "- %d -", p->page);
    draw_centred(p->cr, SMALL_FONT, num, PAGE_H - 52);
    cairo_show_page(p->cr);
    p->page++;
}

/* Moves the pen to the top of the next column or page. */
static void pen_next(pen *p)
{
    if (p->col + 1 < p->columns) {
        p->col++;
        p->y = BODY_TOP;
        return;
    }
    page_end(p);
    page_begin(p);
}

/* Makes room for h points: the next column or page when the rest of this
 * one is shorter (a column begun takes anything). */
static void pen_room(pen *p, double h)
{
    if (p->y + h <= BODY_BOTTOM || p->y == BODY_TOP)
        return;
    pen_next(p);
}

/* ---- paragraphs --------------------------------------------------------- */

/* True when the paragraph s looks like a heading: a marker (一、 （一）
 * 第X章 1.) on a line of at most 60 characters, or a line of at most 25
 * characters without sentence punctuation. */
static int is_heading(const char *s)
{
    static const char *const stops[] = {"。", "，", "；", "！", "？", ",", ";", NULL};
    glong n = g_utf8_strlen(s, -1);
    if (n <= 60 && g_regex_match_simple(
                       "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|"
                       "第[一二三四五六七八九十百零〇]+[章节编]|[0-9]+[.．])",
                       s, 0, 0))
        return 1;
    if (n > 25)
        return 0;
    for (int i = 0; stops[i]; i++)
        if (strstr(s, stops[i]))
            return 0;
    return 1;
}

/* Sets a paragraph line by line: each line goes where the pen is, on the
 * next column or page when it does not fit (a heading's lines all on the
 * next when they do not all fit with one more line). */
static void put_paragraph(pen *p, const char *text)
{
    int head = is_heading(text);
    double pitch = head ? HEAD_PITCH : PITCH;
    PangoLayout *l = layout_new(p->cr, head ? HEAD_FONT : BODY_FONT, text, pen_width(p));
    if (!head) {
        pango_layout_set_justify(l, TRUE);
        pango_layout_set_indent(l, (int)(2 * BODY_PT * PANGO_SCALE));
    }
    layout_keep_text(l);
    /* A heading's lines stay together and with the line after them, as
     * word processors keep headings (body paragraphs break anywhere). */
    if (head)
        pen_room(p, pango_layout_get_line_count(l) * pitch + PITCH);
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        PangoRectangle ink, logical;
        pango_layout_iter_get_line_extents(it, &ink, &logical);
        double base = (pango_layout_iter_get_baseline(it) - logical.y) / (double)PANGO_SCALE;
        pen_room(p, pitch);
        cairo_move_to(p->cr, pen_x(p) + logical.x / (double)PANGO_SCALE,
                      p->y + base + (pitch - logical.height / (double)PANGO_SCALE) / 2);
        pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
        p->y += pitch;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    g_object_unref(l);
}

/* ---- tables -------------------------------------------------------------- */

typedef struct row {
    char *cell[MAX_CELLS];
    int n;
} row;

/* Splits a markdown row at its unescaped '|' into r (cells trimmed, "\|"
 * read as '|', past MAX_CELLS dropped). Frees nothing: row_free does. */
static void row_split(const char *line, row *r)
{
    GString *c = NULL;
    r->n = 0;
    const char *s = strchr(line, '|') + 1;
    for (; *s; s++) {
        if (!c)
            c = g_string_new(NULL);
        if (*s == '\\' && s[1] == '|') {
            g_string_append_c(c, *++s);
        } else if (*s == '|') {
            if (r->n < MAX_CELLS)
                r->cell[r->n++] = g_strstrip(g_string_free(c, FALSE));
            else
                g_string_free(c, TRUE);
            c = NULL;
        } else {
            g_string_append_c(c, *s);
        }
    }
    /* text after the last '|' is a cell when it is not blank */
    if (c && r->n < MAX_CELLS && g_strstrip(c->str)[0])
        r->cell[r->n++] = g_strstrip(g_string_free(c, FALSE));
    else if (c)
        g_string_free(c, TRUE);
}

static void row_free(row *r)
{
    for (int i = 0; i < r->n; i++)
        g_free(r->cell[i]);
}

/* The natural width of a cell's text in points. */
static double cell_width(cairo_t *cr, const char *text)
{
    PangoLayout *l = layout_new(cr, CELL_FONT, text, 0);
    int w, h;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return w / (double)PANGO_SCALE;
}

/* Column widths w[0..ncols) that sum to at most avail, as a word
 * processor's autofit gives them: each column its widest cell when they
 * all fit; else the columns narrower than an equal share keep their
 * width and the others share the rest in proportion to their widest
 * cells, none under 4 em (or an equal share of the rest when that is
 * less). */
static void column_widths(cairo_t *cr, const row *rows, int nrows, int ncols,
                          double avail, double *w)
{
    double want[MAX_CELLS] = {0};
    for (int i = 0; i < nrows; i++)
        for (int k = 0; k < rows[i].n; k++) {
            double cw = cell_width(cr, rows[i].cell[k]) + 2 * CELL_PAD + 1;
            if (cw > want[k])
                want[k] = cw;
        }
    int fixed[MAX_CELLS] = {0}, nfree = ncols, changed = 1;
    double left = avail;
    while (changed && nfree > 0) {
        changed = 0;
        for (int k = 0; k < ncols; k++)
            if (!fixed[k] && want[k] <= left / nfree) {
                fixed[k] = 1, w[k] = want[k], left -= want[k], nfree--, changed = 1;
            }
    }
    double floor = 4 * 10.5 + 2 * CELL_PAD, sum = 0;
    if (nfree && floor > left / nfree)
        floor = left / nfree;
    for (int k = 0; k < ncols; k++)
        if (!fixed[k])
            sum += want[k], left -= floor;
    for (int k = 0; k < ncols; k++)
        if (!fixed[k])
            w[k] = floor + (left > 0 ? left * want[k] / sum : 0);
}

/* Where a slice of the cell l's text from `from` down to at most `to`
 * points must end for no line of l to be cut: the top of the line across
 * `to`, or `to`. */
static double cell_cut(PangoLayout *l, double from, double to)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double top = logical.y / (double)PANGO_SCALE;
        double bottom = top + logical.height / (double)PANGO_SCALE;
        if (top >= from && top < to && bottom > to)
            to = top;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    return to;
}

/* Draws the lines of cell l whose tops lie in [from, to) at x, the line
 * at `from` at y. */
static void cell_slice(cairo_t *cr, PangoLayout *l, double from, double to,
                       double x, double y)
{
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        double top = logical.y / (double)PANGO_SCALE;
        if (top < from || top >= to)
            continue;
        cairo_move_to(cr, x + logical.x / (double)PANGO_SCALE,
                      y + pango_layout_iter_get_baseline(it) / (double)PANGO_SCALE - from);
        pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(it));
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

/* Draws the slice [from, to) of a row's cells[0..ncols) at the pen,
 * ruled, and moves the pen below it. */
static void row_slice(pen *p, PangoLayout **cells, int ncols, const double *w,
                      double from, double to)
{
    double x = pen_x(p), h = to - from + 2 * CELL_PAD;
    cairo_set_line_width(p->cr, 0.5);
    for (int k = 0; k < ncols; k++) {
        cairo_rectangle(p->cr, x, p->y, w[k], h);
        cairo_stroke(p->cr);
        cell_slice(p->cr, cells[k], from, to, x + CELL_PAD, p->y + CELL_PAD);
        x += w[k];
    }
    p->y += h;
}

/* Draws one row of cells at the pen, each cell's text wrapped in its
 * column, ruled; a row taller than the room left goes on in the next
 * columns or pages, cut between lines, as word processors do. */
static void put_row(pen *p, const row *r, int ncols, const double *w)
{
    PangoLayout *cells[MAX_CELLS];
    double h = 0;
    for (int k = 0; k < ncols; k++) {
        cells[k] = layout_new(p->cr, CELL_FONT, k < r->n ? r->cell[k] : "",
                              w[k] - 2 * CELL_PAD);
        layout_keep_text(cells[k]);
        int cw, ch;
        pango_layout_get_size(cells[k], &cw, &ch);
        if (ch / (double)PANGO_SCALE > h)
            h = ch / (double)PANGO_SCALE;
    }
    pen_room(p, h + 2 * CELL_PAD < 3 * PITCH ? h + 2 * CELL_PAD : 3 * PITCH);
    for (double from = 0;;) {
        double to = from + (BODY_BOTTOM - p->y - 2 * CELL_PAD);
        for (int k = 0; k < ncols && to < h; k++)
            to = cell_cut(cells[k], from, to);
        if (to >= h || to <= from) {
            row_slice(p, cells, ncols, w, from, h);
            break;
        }
        row_slice(p, cells, ncols, w, from, to);
        pen_next(p);
        from = to;
    }
    for (int k = 0; k < ncols; k++)
        g_object_unref(cells[k]);
}

/* Sets a table of markdown rows lines[0..n) (separator rows already left
 * out) with a little space around it. */
static void put_table(pen *p, char **lines, int n)
{
    row *rows = g_new0(row, n);
    int ncols = 1;
    for (int i = 0; i < n; i++) {
        row_split(lines[i], &rows[i]);
        if (rows[i].n > ncols)
            ncols = rows[i].n;
    }
    double w[MAX_CELLS];
    column_widths(p->cr, rows, n, ncols, pen_width(p), w);
    p->y += PITCH / 2;
    for (int i = 0; i < n; i++) {
        put_row(p, &rows[i], ncols, w);
        row_free(&rows[i]);
    }
    p->y += PITCH / 2;
    g_free(rows);
}

/* ---- the sample report ----------------------------------------------- */

/* The text of path, valid UTF-8 (invalid bytes as U+FFFD), without a
 * BOM; exits 1 when it cannot be read. g_free it. */
static char *read_text(const char *path)
{
    char *raw;
    gsize n;
    GError *e = NULL;
    if (!g_file_get_contents(path, &raw, &n, &e)) {
        fprintf(stderr, "pdf_make: %s\n", e->message);
        exit(1);
    }
    char *text = g_utf8_make_valid(raw, (gssize)n);
    g_free(raw);
    if (strncmp(text, "\xEF\xBB\xBF", 3) == 0)
        memmove(text, text + 3, strlen(text + 3) + 1);
    return text;
}

/* Line s trimmed in place of white space, ideographic spaces (U+3000)
 * and controls at both ends, tabs and other controls inside made spaces. */
static char *trim(char *s)
{
    for (char *c = s; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = ' ';
    for (;;) {
        g_strstrip(s);
        if (strncmp(s, "\u3000", 3) == 0)
            memmove(s, s + 3, strlen(s + 3) + 1);
        else if (strlen(s) >= 3 && strcmp(s + strlen(s) - 3, "\u3000") == 0)
            s[strlen(s) - 3] = 0;
        else
            return s;
    }
}

static int is_row(const char *s)
{
    return s[0] == '|';
}

static int is_separator(const char *s)
{
    return g_regex_match_simple("^[\\s|:\\-]*--[\\s|:\\-]*$", s, 0, 0);
}

/* Sets each paragraph and table of the lines, in order. */
static void put_body(pen *p, char **lines)
{
    GPtrArray *table = g_ptr_array_new();
    for (int i = 0;; i++) {
        char *s = lines[i] ? trim(lines[i]) : NULL;
        if (s && is_row(s)) {
            if (!is_separator(s))
                g_ptr_array_add(table, s);
            continue;
        }
        if (table->len) {
            put_table(p, (char **)table->pdata, (int)table->len);
            g_ptr_array_set_size(table, 0);
        }
        if (!s)
            break;
        if (*s)
            put_paragraph(p, s);
    }
    g_ptr_array_free(table, TRUE);
}

/* Sets the report in txt into out, in columns columns, the running
 * header header (NULL: the first line). */
static int make_sample(const char *txt, const char *out, int columns,
                       const char *header)
{
    char *text = read_text(txt);
    char **lines = g_strsplit(text, "\n", -1);
    for (int i = 0; lines[i] && !header; i++)
        if (*trim(lines[i]) && !is_row(lines[i]))
            header = lines[i];
    pen p = {.cr = pdf_open(out), .header = header ? header : "", .page = 1,
             .columns = columns};
    page_begin(&p);
    put_body(&p, lines);
    page_end(&p);
    pdf_close(p.cr, out);
    printf("%d\n", p.page - 1);
    g_strfreev(lines);
    g_free(text);
    return 0;
}

/* pdf_make sample TXT OUT [--columns 1|2] [--header TEXT] */
static int sample_main(int argc, char **argv)
{
    int columns = 1;
    const char *header = NULL;
    if (argc < 4)
        usage();
    for (int i = 4; i < argc; i += 2) {
        if (i + 1 >= argc)
            usage();
        if (strcmp(argv[i], "--header") == 0) {
            header = argv[i + 1];
        } else if (strcmp(argv[i], "--columns") == 0) {
            if (strcmp(argv[i + 1], "1") != 0 && strcmp(argv[i + 1], "2") != 0) {
                fprintf(stderr, "pdf_make: --columns takes 1 or 2, not '%s'\n", argv[i + 1]);
                exit(1);
            }
            columns = argv[i + 1][0] - '0';
        } else {
            usage();
        }
    }
    return make_sample(argv[2], argv[3], columns, header);
}

/* ---- empty and scanned pages ----------------------------------------- */

static int make_empty(const char *out, long n)
{
    cairo_t *cr = pdf_open(out);
    for (long i = 0; i < n; i++)
        cairo_show_page(cr);
    pdf_close(cr, out);
    return 0;
}

/* A 100 dpi page of report text painted into pixels, as a scanner
 * gives it. cairo_surface_destroy it. */
static cairo_surface_t *scan_image(int page)
{
    static const char text[] =
        "政府工作报告\n\n"
        "　　过去一年，全区经济运行稳中向好，地区生产总值增长5.2%，"
        "一般公共预算收入增长6.1%，城镇新增就业2.3万人。\n"
        "　　今年的主要预期目标是：地区生产总值增长5%左右，"
        "居民人均可支配收入与经济增长同步。";
    int w = (int)(PAGE_W * 100 / 72), h = (int)(PAGE_H * 100 / 72);
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t *cr = cairo_create(img);
    cairo_set_source_rgb(cr, 0.97, 0.96, 0.93);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_scale(cr, 100.0 / 72, 100.0 / 72);
    cairo_rotate(cr, 0.004 * page); /* a page fed a little askew */
    PangoLayout *l = layout_new(cr, BODY_FONT, text, PAGE_W - 2 * MARGIN_X);
    cairo_move_to(cr, MARGIN_X, BODY_TOP);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
    cairo_destroy(cr);
    return img;
}

static int make_scan(const char *out)
{
    cairo_t *cr = pdf_open(out);
    for (int page = 1; page <= 2; page++) {
        cairo_surface_t *img = scan_image(page);
        cairo_save(cr);
        cairo_scale(cr, 72.0 / 100, 72.0 / 100);
        cairo_set_source_surface(cr, img, 0, 0);
        cairo_paint(cr);
        cairo_restore(cr);
        cairo_surface_destroy(img);
        cairo_show_page(cr);
    }
    pdf_close(cr, out);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "sample") == 0)
        return sample_main(argc, argv);
    if (argc == 4 && strcmp(argv[1], "empty") == 0) {
        char *end;
        errno = 0;
        long n = strtol(argv[3], &end, 10);
        if (errno || end == argv[3] || *end || n < 1 || n > 100000) {
            fprintf(stderr, "pdf_make: empty: N must be from 1 to 100000, not '%s'\n",
                    argv[3]);
            return 1;
        }
        return make_empty(argv[2], n);
    }
    if (argc == 3 && strcmp(argv[1], "scan") == 0)
        return make_scan(argv[2]);
    usage();
    return 1;
}
