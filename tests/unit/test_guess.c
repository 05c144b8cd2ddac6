/* test_guess.c — src/parse/guess.c: the GB18030 score read off the bytes
 * (guess_gb18030_score) is the score of the converted reading
 * (guess_reading_score) to the last bit wherever it answers, and it
 * answers for ASCII, whole two-byte characters and whole four-byte ones
 * of the BMP, a lead the end cuts included; an invalid or supplementary
 * sequence leaves it to the conversion.
 * Cases: pieces of GBK reports as published, at every kind of cut, with
 * bytes of other kinds put in; and which encoding guess_legacy names. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "guess.h"
#include "rnd.h"
#include "slurp.h"

/* Bytes that are not a two-byte character where they are put: a
 * four-byte character of the BMP (read from the bytes), one past U+FFFF
 * and a supplementary one (left to the conversion), 0x80, 0xFF, a lead
 * before a bad trail. */
static size_t odd_piece(unsigned char *p)
{
    switch (rnd() % 6) {
    case 0:
        p[0] = (unsigned char)(0x81 + rnd() % 4), p[1] = (unsigned char)(0x30 + rnd() % 10);
        p[2] = (unsigned char)(0x81 + rnd() % 126), p[3] = (unsigned char)(0x30 + rnd() % 10);
        return 4;
    case 1: memcpy(p, "\x84\x39\xFE\x39", 4); return 4;
    case 2: memcpy(p, "\x95\x32\x82\x36", 4); return 4;
    case 3: p[0] = 0x80; return 1;
    case 4: p[0] = 0xFF; return 1;
    default: p[0] = 0xB0; p[1] = 0x0A; return 2;
    }
}

int main(int argc, char **argv)
{
    rnd_seed(936);
    size_t answered = 0, declined = 0, wrong = 0;
    static unsigned char buf[9000];
    for (int a = 1; a < argc; a++) { /* reports in GBK as published */
        size_t n;
        char *g = slurp(argv[a], &n);
        if (!CHECK(g != NULL && n > 9000)) {
            free(g);
            continue;
        }
        double score = -9;
        CHECK(guess_gb18030_score(g, 8192, &score));
        CHECK(score == guess_reading_score("GB18030", g, 8192) && score > 0.3);
        int confidence = 0;
        CHECK_STR(guess_legacy(g, n, &confidence), "GB18030");
        CHECK(confidence > 40);
        for (int t = 0; t < 4000; t++) {
            size_t from = rnd() % (n - 8200), len = rnd() % 8192;
            memcpy(buf, g + from, len);
            if (t % 3 == 0) /* other bytes put in somewhere */
                for (int k = (int)(rnd() % 3); k >= 0; k--) {
                    size_t at = rnd() % (len + 1);
                    unsigned char odd[4];
                    size_t m = odd_piece(odd);
                    memmove(buf + at + m, buf + at, len - at);
                    memcpy(buf + at, odd, m);
                    len += m;
                }
            double fast = -9;
            if (guess_gb18030_score((const char *)buf, len, &fast)) {
                answered++;
                wrong += fast != guess_reading_score("GB18030", (const char *)buf, len);
            } else {
                declined++;
                wrong += fast != -9; /* *score left as it was */
            }
        }
        free(g);
    }
    CHECK_INT(wrong, 0);
    CHECK(answered > 2000 && declined > 1000);
    /* The last byte alone: a lead is held back (the score is the
     * conversion's), 0x80 and 0xFF are invalid (left to the conversion). */
    static const char *const ends[] = {"\xB5\xC4\xB5", "\xB5\xC4\x81", "\xB5\xC4\xFE",
                                       "\xB5\xC4\x80", "\xB5\xC4\xFF", "a\xB5"};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        double got = -9;
        size_t len = strlen(ends[i]);
        char last = ends[i][len - 1];
        int held = last != '\x80' && last != '\xFF';
        CHECK_INT(guess_gb18030_score(ends[i], len, &got), held);
        CHECK(!held || got == guess_reading_score("GB18030", ends[i], len));
    }
    /* Nothing but ASCII: no character, a score of 0 either way. */
    double zero = -9;
    CHECK(guess_gb18030_score("abc 123\n", 8, &zero) && zero == 0);
    return check_done();
}
