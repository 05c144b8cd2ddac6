/* docx_zip.h — bounded reading of the parts of a Word package (a zip,
 * through libzip): caps on the number of entries and on the bytes each
 * part and all parts read inflate to, each refusal naming its limit. */
#ifndef BAOGAO_DOCX_ZIP_H
#define BAOGAO_DOCX_ZIP_H

#include <stddef.h>

#include "sbuf.h"

/* The limits: a package of more entries is refused before any is read; a
 * part inflating past DOCX_ZIP_PART_MAX bytes, or the parts read past
 * DOCX_ZIP_TOTAL_MAX together, stops the reading (a zip bomb). */
#define DOCX_ZIP_MAX_ENTRIES 10000
#define DOCX_ZIP_PART_MAX ((size_t)64 << 20)
#define DOCX_ZIP_TOTAL_MAX ((size_t)128 << 20)

/* An open package over the caller's bytes. */
typedef struct docx_zip {
    void *z;           /* zip_t * */
    size_t entries;    /* in the central directory */
    size_t inflated;   /* bytes inflated so far, all parts read */
    char err[200];     /* the last failure, for the caller to pass on */
} docx_zip;

/* Opens the zip s[0..n) (the bytes must outlive the docx_zip). Returns 0;
 * or -1 with zz->err saying why: not a zip or truncated (libzip's reason),
 * or more than DOCX_ZIP_MAX_ENTRIES entries. After -1 nothing is to be
 * closed. */
int docx_zip_open(docx_zip *zz, const char *s, size_t n);

/* Appends the inflated part `name` to out (out->len grows; the caller
 * owns out). Returns 1; 0 when the package has no such part (out
 * untouched); -1 with zz->err naming the part and the reason: a limit
 * ("zip bomb: word/document.xml inflates past 64 MB"), a damaged or
 * truncated entry, a CRC error, encryption, an unsupported compression.
 * After -1, out may hold part of the entry. */
int docx_zip_read(docx_zip *zz, const char *name, sbuf *out);

/* Closes the package (the bytes stay the caller's). */
void docx_zip_close(docx_zip *zz);

#endif
