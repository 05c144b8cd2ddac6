/* read_pdf.c — the PDF reader (see read_pdf.h): poppler's glyphs of each
 * page handed to the layout stages of pdf_layout.h. The one file that
 * includes poppler. */
#include "read_pdf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <poppler.h>

#include "arena.h"
#include "pdf_layout.h"
#include "strs.h"

/* How far from the end %%EOF may stand (trailing junk after it is
 * common). */
#define EOF_REACH 1024

static _Thread_local char reason[256];

/* Sets *err to the formatted reason; returns -1. */
__attribute__((format(printf, 2, 3)))
static int fail(const char **err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    *err = reason;
    return -1;
}

/* True when %%EOF stands within the last EOF_REACH bytes. */
static int has_eof(const char *b, size_t n)
{
    size_t k = n < EOF_REACH ? n : EOF_REACH;
    return strs_has(b + n - k, k, "%%EOF");
}

/* Page p's glyphs (the characters of poppler's text with their boxes and
 * fonts; a line end becomes a flag on the glyph after it, spaces are left
 * out) into *g, at most PDF_MAX_PAGE_GLYPHS. Returns how many. */
/* A number for a font name and size (FNV-1a). */
static uint32_t font_key(const PopplerTextAttributes *a)
{
    uint32_t h = 2166136261u;
    for (const char *c = a->font_name ? a->font_name : ""; *c; c++)
        h = (h ^ (unsigned char)*c) * 16777619u;
    return (h ^ (uint32_t)(a->font_size * 10)) * 16777619u;
}

static size_t page_glyphs(PopplerPage *p, pdf_glyph **g, size_t *cap)
{
    char *chars = poppler_page_get_text(p);
    PopplerRectangle *rect = NULL;
    guint nrect = 0;
    size_t n = 0;
    GList *attrs = chars ? poppler_page_get_text_attributes(p) : NULL, *at = attrs;
    if (chars && poppler_page_get_text_layout(p, &rect, &nrect)) {
        const char *s = chars;
        uint8_t line_start = 1;
        for (guint i = 0; i < nrect && *s && n < PDF_MAX_PAGE_GLYPHS; i++) {
            while (at && ((PopplerTextAttributes *)at->data)->end_index < (gint)i)
                at = at->next;
            const PopplerTextAttributes *a = at ? at->data : NULL;
            uint32_t font = a && a->start_index <= (gint)i ? font_key(a) : 0;
            gunichar cp = g_utf8_get_char_validated(s, -1);
            if (cp == (gunichar)-1 || cp == (gunichar)-2)
                break;
            s = g_utf8_next_char(s);
            if (cp == '\n' || cp == '\r') {
                line_start = 1;
                continue;
            }
            if (g_unichar_isspace(cp))
                continue; /* spaces come from the geometry (pdf_rows.c) */
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF)
                continue;
            *g = xgrow(*g, cap, n, sizeof **g);
            (*g)[n++] = (pdf_glyph){cp, (float)rect[i].x1, (float)rect[i].y1,
                                    (float)rect[i].x2, (float)rect[i].y2, font,
                                    line_start};
            line_start = 0;
        }
    }
    poppler_page_free_text_attributes(attrs);
    g_free(rect);
    g_free(chars);
    return n;
}

/* The document's title and creation date as hints. */
static void add_hints(PopplerDocument *d, reader_out *out)
{
    char *title = poppler_document_get_title(d);
    if (title && *title)
        reader_out_hint(out, "title", title, strlen(title));
    g_free(title);
    GDateTime *t = poppler_document_get_creation_date_time(d);
    if (t) {
        char *day = g_date_time_format(t, "%Y-%m-%d");
        if (day)
            reader_out_hint(out, "date", day, strlen(day));
        g_free(day);
        g_date_time_unref(t);
    }
}

int read_pdf(const char *bytes, size_t n, reader_out *out, const char **err)
{
    if (!has_eof(bytes, n))
        return fail(err, "damaged or truncated PDF: no %%%%EOF at its end");
    int rc = 0;
    GBytes *gb = g_bytes_new_static(bytes, n);
    GError *ge = NULL;
    PopplerDocument *d = poppler_document_new_from_bytes(gb, NULL, &ge);
    g_bytes_unref(gb);
    if (!d) {
        int enc = ge && ge->domain == POPPLER_ERROR && ge->code == POPPLER_ERROR_ENCRYPTED;
        const char *why = ge && ge->message ? ge->message : "poppler cannot open it";
        rc = enc ? fail(err, "encrypted: needs a password")
                 : fail(err, "damaged or truncated PDF: %s", why);
        if (ge)
            g_error_free(ge);
        return rc;
    }
    int npages = poppler_document_get_n_pages(d);
    if (npages > PDF_MAX_PAGES) {
        g_object_unref(d);
        return fail(err, "too many pages: %d, past the limit of %d", npages, PDF_MAX_PAGES);
    }
    pdf_rows rows = {0};
    pdf_glyph *g = NULL;
    size_t gcap = 0, with_text = 0;
    for (int i = 0; i < npages; i++) {
        PopplerPage *p = poppler_document_get_page(d, i);
        if (!p)
            continue;
        double w = 0, h = 0;
        poppler_page_get_size(p, &w, &h);
        size_t ng = page_glyphs(p, &g, &gcap);
        g_object_unref(p);
        with_text += ng > 0;
        if (ng)
            pdf_rows_build(&rows, g, ng, (float)w, (float)h);
        if (rows.text.len > PDF_MAX_TEXT) {
            rc = fail(err, "text past %u MB", PDF_MAX_TEXT >> 20);
            break;
        }
    }
    free(g);
    if (!rc && !with_text)
        rc = fail(err, "no text layer: a scanned PDF needs OCR first "
                  "(%d pages, none with text)", npages);
    if (!rc) {
        out->st.pages = (size_t)npages;
        out->st.furniture = pdf_furniture_mark(&rows);
        out->st.blocks = pdf_paras_write(&rows, &out->text, &out->st.tables);
        add_hints(d, out);
    }
    pdf_rows_free(&rows);
    g_object_unref(d);
    return rc;
}
