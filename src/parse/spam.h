/* spam.h — scores a line for porn, gambling and advertising spam injected
 * into scraped pages. A score, not a list of known lines. */
#ifndef BAOGAO_SPAM_H
#define BAOGAO_SPAM_H

#include <stddef.h>

#include "sbuf.h"

/* Spam score of a line from its key (see linekey.h) of nchars code points:
 * weighted spam vocabulary, URLs, and comma lists of short unrelated
 * phrases add; the sum is compared with a threshold that grows with the
 * line's length, so one word in a long report sentence does not count. */
double spam_score(const sbuf *key, size_t nchars);

/* True when the line should be dropped as spam. */
int spam_is_spam(const sbuf *key, size_t nchars);

#endif
