/* decode.h — parse stage 1: file bytes in any supported encoding → UTF-8. */
#ifndef BAOGAO_DECODE_H
#define BAOGAO_DECODE_H

#include <stddef.h>

#include "arena.h"
#include "cancel.h"

typedef struct decoded {
    const char *utf8;     /* owned by the arena, or buf itself when that was
                             valid UTF-8 (no BOM): not NUL-terminated then */
    size_t len;
    const char *encoding; /* "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "GB18030", "Big5", … (static) */
    int confidence;       /* 0–100: how sure detection is */
    size_t replaced;      /* invalid or unmappable sequences turned into U+FFFD */
} decoded;

/* Decodes buf[0..n) to UTF-8 into arena a (or points into buf, which must
 * then outlive the result). BOMs decide first; valid UTF-8
 * wins next; otherwise ICU's detector and a trial conversion choose among
 * GB18030, Big5 and UTF-16. Never fails on content: invalid bytes become
 * U+FFFD. Returns 0, or -1 with *err set (static text) when ICU itself
 * fails (no converter). Validates and converts a slice at a time and
 * stops between two once *cancel (if given) is raised: *out is then
 * partial, fit only to be dropped. */
int decode_bytes(const char *buf, size_t n, arena *a, decoded *out,
                 const cancel_flag *cancel, const char **err);

/* True when buf[0..n), not valid UTF-8, is still UTF-8 by its first
 * 16 KB: its good sequences (utf8_measure) at least four times its bad
 * ones, or more than those and no fewer than GB18030 finds. early 1
 * answers once the rest of the sample cannot turn the counts (looked at
 * every 256 bytes: for GBK, after some 4 KB); 0 reads all of it, the
 * reference its test holds the early answer to. */
int decode_mostly_utf8(const char *buf, size_t n, int early);

/* How much of a file decides whether it is binary (see decode_is_binary):
 * a reader can refuse a binary file after its first 64 KB. */
#define DECODE_BINARY_SAMPLE ((size_t)64 * 1024)

/* True when buf[0..n) is binary data, not text, judged from its first
 * DECODE_BINARY_SAMPLE bytes only (the rest is never read): its units
 * (bytes; 16-bit units when it is UTF-16 by its BOM or by its zero bytes,
 * as decode_bytes guesses it) hold NULs for over 1% of them, or NULs and
 * other C0 controls (but tab, LF, CR and FF) for over 5%. Fewer make a
 * text whose controls the clean stage removes and counts. Cannot fail. */
int decode_is_binary(const char *buf, size_t n);

#endif
