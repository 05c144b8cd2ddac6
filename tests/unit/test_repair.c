/* test_repair.c — unit tests of src/parse/repair's line selection: every
 * line that holds a pinyin annotation or a '?' is repaired wherever the
 * '(' , '（' or '?' falls (the sixteen-byte scan's edges), and every other
 * line is copied as it is, origins kept. */
#include <string.h>

#include "annotations.h"
#include "check.h"
#include "repair.h"
#include "rnd.h"
#include "sbuf.h"

static arena mem;

/* repair_run of the lines of s (origins 1, 2, …) into a NUL-terminated
 * string in out, its origins checked against 1, 2, …. */
static void repair_into(const char *s, size_t n, sbuf *out, size_t *bad_origins)
{
    text in = text_from_bytes(s, n, &mem);
    doc_stats st = {0};
    text t = repair_run(&in, &mem, &st, NULL);
    out->len = 0;
    sbuf_add(out, t.bytes, t.len);
    for (size_t i = 0; i < t.nlines; i++)
        *bad_origins += t.origin[i] != i + 1;
}

/* Lines of ASCII filler of every length around the pieces: without a
 * '?', each line's repair is annotations_strip of it. */
static void test_lines(void)
{
    static const char *const piece[] = {"發(fā)", "發（fā）", "(RCEP)", "（一）",
                                        "中", "a", "\xEF\xBC\x8C", "（", "(", "國"};
    enum { NP = sizeof piece / sizeof *piece };
    sbuf in = {0}, want = {0}, got = {0};
    size_t wrong = 0, bad_origins = 0, removed = 0;
    rnd_seed(99);
    for (int t = 0; t < 3000; t++) {
        in.len = want.len = 0;
        for (size_t line = 0, lines = 1 + rnd() % 6; line < lines; line++) {
            size_t start = in.len;
            for (size_t k = 0, pad = rnd() % 40; k < pad; k++)
                sbuf_addc(&in, 'x');
            for (size_t j = 0, parts = rnd() % 4; j < parts; j++) {
                if (rnd() % 3)
                    sbuf_adds(&in, piece[rnd() % NP]);
                for (size_t k = 0, pad = rnd() % 20; k < pad; k++)
                    sbuf_addc(&in, 'y');
            }
            removed += annotations_strip(in.p + start, in.len - start, &want);
            sbuf_addc(&in, '\n');
            sbuf_addc(&want, '\n');
        }
        repair_into(in.p, in.len, &got, &bad_origins);
        wrong += got.len != want.len || memcmp(got.p, want.p, want.len) != 0;
    }
    CHECK_INT(wrong, 0);
    CHECK_INT(bad_origins, 0);
    CHECK(removed > 1000); /* annotations were there to remove */
    sbuf_free(&in);
    sbuf_free(&want);
    sbuf_free(&got);
}

/* A '?' after a Han character is mojibake left unrecoverable: marked, at
 * any place in the line, the lines around it copied. */
static void test_question_mark(void)
{
    sbuf got = {0};
    size_t bad_origins = 0;
    for (size_t pad = 0; pad < 40; pad++) {
        char in[128];
        memset(in, 'x', pad);
        const char *rest = "\xE4\xB8\xAD?\nplain\n";
        memcpy(in + pad, rest, strlen(rest) + 1);
        repair_into(in, strlen(in), &got, &bad_origins);
        CHECK(got.len == pad + 13 &&
              memcmp(got.p + pad, "\xE4\xB8\xAD\xEF\xBF\xBD\nplain\n", 13) == 0);
    }
    CHECK_INT(bad_origins, 0);
    sbuf_free(&got);
}

int main(void)
{
    arena_init(&mem);
    test_lines();
    test_question_mark();
    arena_free(&mem);
    return check_done();
}
