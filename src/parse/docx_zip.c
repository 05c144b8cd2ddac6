/* docx_zip.c — the parts of a Word package read through libzip, every
 * read bounded (see docx_zip.h). */
#include "docx_zip.h"

#include <stdio.h>
#include <string.h>

#include <zip.h>

#define CHUNK ((size_t)64 << 10)
#define ZIP_EOCD_SIZE 22

int docx_zip_open(docx_zip *zz, const char *s, size_t n)
{
    memset(zz, 0, sizeof *zz);
    /* libzip takes no bytes for an empty archive; a package has at least
     * its end-of-central-directory record. */
    if (n < ZIP_EOCD_SIZE) {
        snprintf(zz->err, sizeof zz->err, "not a zip archive: %zu bytes", n);
        return -1;
    }
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(s, n, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    if (!z) {
        int code = zip_error_code_zip(&ze);
        if (code == ZIP_ER_NOZIP)
            snprintf(zz->err, sizeof zz->err,
                     "not a zip archive (or a truncated one: no central directory)");
        else
            snprintf(zz->err, sizeof zz->err, "damaged zip archive: %s",
                     zip_error_strerror(&ze));
        zip_error_fini(&ze);
        if (src)
            zip_source_free(src);
        return -1;
    }
    zip_error_fini(&ze);
    zip_int64_t k = zip_get_num_entries(z, 0);
    if (k < 0 || k > DOCX_ZIP_MAX_ENTRIES) {
        snprintf(zz->err, sizeof zz->err,
                 "too many zip entries: %lld, past the limit of %d",
                 (long long)k, DOCX_ZIP_MAX_ENTRIES);
        zip_discard(z);
        return -1;
    }
    zz->z = z;
    zz->entries = (size_t)k;
    return 0;
}

int docx_zip_read(docx_zip *zz, const char *name, sbuf *out)
{
    zip_t *z = zz->z;
    zip_int64_t i = zip_name_locate(z, name, 0);
    if (i < 0)
        return 0;
    zip_file_t *f = zip_fopen_index(z, (zip_uint64_t)i, 0);
    if (!f) {
        snprintf(zz->err, sizeof zz->err, "cannot read %s: %s", name,
                 zip_strerror(z));
        return -1;
    }
    size_t part = 0;
    int rc = 1;
    for (;;) {
        sbuf_reserve(out, CHUNK);
        zip_int64_t got = zip_fread(f, out->p + out->len, CHUNK);
        if (got < 0) {
            snprintf(zz->err, sizeof zz->err, "damaged zip entry %s: %s", name,
                     zip_file_strerror(f));
            rc = -1;
            break;
        }
        if (got == 0)
            break;
        part += (size_t)got;
        zz->inflated += (size_t)got;
        out->len += (size_t)got;
        if (part > DOCX_ZIP_PART_MAX) {
            snprintf(zz->err, sizeof zz->err, "zip bomb: %s inflates past %zu MB",
                     name, DOCX_ZIP_PART_MAX >> 20);
            rc = -1;
            break;
        }
        if (zz->inflated > DOCX_ZIP_TOTAL_MAX) {
            snprintf(zz->err, sizeof zz->err,
                     "zip bomb: the parts read inflate past %zu MB (at %s)",
                     DOCX_ZIP_TOTAL_MAX >> 20, name);
            rc = -1;
            break;
        }
    }
    zip_fclose(f);
    return rc;
}

void docx_zip_close(docx_zip *zz)
{
    if (zz->z)
        zip_discard(zz->z);
    zz->z = NULL;
}
