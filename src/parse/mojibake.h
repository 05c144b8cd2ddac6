/* mojibake.h — undoes GBK text that a decoder read one byte off
 * (" ?。ㄒ唬┤ζ唇" → "　（一）全力拼"): re-encode the run with windows-936,
 * put back the lost lead byte, decode again, keep it only if it reads as
 * Chinese. */
#ifndef BAOGAO_MOJIBAKE_H
#define BAOGAO_MOJIBAKE_H

#include <stddef.h>

#include "doc.h"
#include "gbk.h"
#include "sbuf.h"

/* Repairs the shifted runs of line s[0..n), appending the line to out.
 * fold_width: the document keeps no full-width ASCII forms, so repaired
 * ones are folded to half-width too (（ → (, ，→ ,, U+3000 → space).
 * A character whose trail byte was lost is inferred from its lead byte and
 * the orphan pinyin syllable after it when exactly one GBK character fits
 * (preferring traditional forms when traditional is true), else written as
 * U+FFFD. A '?' right after a Han character that no repair explains is
 * marked U+FFFD. Each '?' tried costs one unit of *budget (hostile input
 * cannot make this slow); at 0 no more are tried. Counts runs in st.
 * Returns the number of runs repaired. */
size_t mojibake_repair_line(gbk *g, const char *s, size_t n, int fold_width,
                            int traditional, size_t *budget, sbuf *out,
                            doc_stats *st);

/* mojibake_repair_line with every candidate repair decoded and scored on
 * its own, the slow way: the reference its faster scoring is tested
 * against. */
size_t mojibake_repair_line_reference(gbk *g, const char *s, size_t n,
                                      int fold_width, int traditional,
                                      size_t *budget, sbuf *out,
                                      doc_stats *st);

/* Plausibility of one code point as running Chinese text (positive for
 * common Han characters and punctuation, negative for symbols typical of
 * mojibake). Exposed for tests. */
double mojibake_plausibility(gbk *g, uint32_t cp);

#endif
