/* test_keyset.c — model/keyset.c: numbers in the order first seen, the
 * same key the same number (also after the table grows), ranks in
 * ascending order (again after an add), clearing. */
#include <stdint.h>

#include "check.h"
#include "keyset.h"

int main(void)
{
    keyset t = {0};
    CHECK(keyset_rank(&t) == NULL); /* empty */
    CHECK_INT(keyset_add(&t, 500), 0);
    CHECK_INT(keyset_add(&t, UINT64_MAX), 1);
    CHECK_INT(keyset_add(&t, 0), 2);
    CHECK_INT(keyset_add(&t, 500), 0);
    const uint32_t *r = keyset_rank(&t);
    CHECK_INT(r[2], 0);
    CHECK_INT(r[0], 1);
    CHECK_INT(r[1], 2);
    for (uint64_t k = 0; k < 3000; k++) /* grows; 1000 … 3999 in reverse */
        CHECK_INT(keyset_add(&t, 3999 - k), 3 + k);
    CHECK_INT(keyset_add(&t, 0), 2);    /* after growing */
    CHECK_INT(keyset_add(&t, 2000), 3 + 1999);
    r = keyset_rank(&t);                /* ranked afresh */
    CHECK_INT(r[2], 0);                 /* 0, 500, 1000 … 3999, MAX */
    CHECK_INT(r[0], 1);
    CHECK_INT(r[3 + 2999], 2);          /* 1000 */
    CHECK_INT(r[3], 3001);              /* 3999 */
    CHECK_INT(r[1], 3002);
    int ascending = 1;
    for (size_t a = 0; a < t.n; a++)
        for (size_t b = a + 1; b < t.n && b < a + 50; b++)
            ascending &= (t.k[a] < t.k[b]) == (r[a] < r[b]);
    CHECK(ascending);
    keyset_clear(&t);
    CHECK_INT(t.n, 0);
    CHECK_INT(keyset_add(&t, 3999), 0); /* numbered afresh */
    keyset_free(&t);
    return check_done();
}
