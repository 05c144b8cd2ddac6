/* guess.c — legacy encoding guess by common-character share (see guess.h). */
#include "guess.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucsdet.h>

#include "arena.h"
#include "gb18030.h"
#include "unitab.h"
#include "utf8.h"

enum { GUESS_SAMPLE = 8 * 1024, DETECT_SAMPLE = 16 * 1024 };

/* Share of common characters above which a reading is taken at once
 * (report text scores 0.45–0.6, wrong readings under 0.1). */
#define CLEARLY_CHINESE 0.3

/* The most frequent characters of Chinese government reports and general
 * text (simplified; traditional text is folded before the lookup), and
 * the full-width punctuation they come with. */
static const char common_chars[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成"
    "会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等"
    "部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数"
    "正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系军很情者"
    "最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求"
    "基资边流路级少图山统接知较将组见计别期根论运农指几九区强放决西被干做必"
    "先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济"
    "阶思术极交受联认六共权收证改清美再采转更单风打白教速花带安场身车例真务"
    "具万每目至达走积示议报完类八离华名确才科张信马节米整空元况今集传土许步"
    "群广石记需段研界林律且究观越织装影算低持众书布复容际商非验连断深难近千"
    "周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称准精值号率"
    "族维划选标写存候亲快效院查型按格养易置层片始专状育厂识适属包住调满县局"
    "照参红细引该价严推服城镇街村企创营升设施投建项目环境生态改革"
    "，。、；：“”（）";

/* A bit for each BMP character whose simplified form (unitab_t2s) is
 * one of common_chars: built once for the process. */
static unsigned char common_bit[0x10000 / 8];
static pthread_once_t common_once = PTHREAD_ONCE_INIT;

static int bit_of(const unsigned char *set, uint32_t cp)
{
    return set[cp >> 3] >> (cp & 7) & 1;
}

static void put_bit(unsigned char *set, uint32_t cp, int on)
{
    unsigned char m = (unsigned char)(1u << (cp & 7));
    set[cp >> 3] = (unsigned char)(on ? set[cp >> 3] | m : set[cp >> 3] & ~m);
}

/* unitab_each_changed's callback: a traditional form takes the bit of
 * its simplified one, read from the set of common_chars themselves. */
static void fold_bit(void *plain, uint32_t cp)
{
    uint32_t simple = unitab_t2s(cp);
    put_bit(common_bit, cp, simple < 0x10000 && bit_of(plain, simple));
}

/* What each GB18030 pair is, at (lead - 0x80) * 256 + trail: PAIR_NONE
 * when not one character (gb18030_pair_cp), PAIR_CHAR, or PAIR_COMMON
 * when one of common_chars: a byte, one load a pair. */
enum { PAIR_NONE, PAIR_CHAR, PAIR_COMMON };
static unsigned char pair_kind[128 * 256];

/* True when cp's simplified form is one of common_chars. */
static int set_has(uint32_t cp)
{
    if (cp >= 0x10000)
        cp = unitab_t2s(cp); /* the bits hold the BMP only */
    return cp < 0x10000 && bit_of(common_bit, cp);
}

static void common_build(void)
{
    const char *s = common_chars;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        if (cp < 0x10000)
            put_bit(common_bit, cp, 1);
    }
    unsigned char *plain = xmalloc(sizeof common_bit);
    memcpy(plain, common_bit, sizeof common_bit);
    unitab_each_changed(0, 0, 0x10000, fold_bit, plain);
    free(plain);
    for (unsigned lead = 0x80; lead <= 0xFF; lead++)
        for (unsigned trail = 0; trail <= 0xFF; trail++) {
            uint32_t cp = gb18030_pair_cp(lead, trail);
            pair_kind[(lead - 0x80) * 256 + trail] =
                !cp ? PAIR_NONE : set_has(cp) ? PAIR_COMMON : PAIR_CHAR;
        }
}

int guess_gb18030_score(const char *str, size_t n, double *score)
{
    pthread_once(&common_once, common_build);
    const unsigned char *s = (const unsigned char *)str;
    size_t total = 0, common = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        if (i + 1 == n) {
            /* A lead the sample's end cuts is held back, unread; any
             * other byte there is an invalid sequence. */
            if (s[i] < 0x81 || s[i] > 0xFE)
                return 0;
            break;
        }
        unsigned kind = pair_kind[(size_t)(s[i] - 0x80) * 256 + s[i + 1]];
        if (kind != PAIR_NONE) {
            total++;
            common += kind == PAIR_COMMON;
            i += 2;
            continue;
        }
        uint32_t cp = gb18030_four_cp(str + i, n - i); /* a whole four-byte one */
        if (!cp)
            return 0;
        total++;
        common += (size_t)set_has(cp);
        i += 4;
    }
    *score = total ? (double)common / (double)total : 0; /* as reading_score's */
    return 1;
}

/* Share of common characters among the non-ASCII characters of s[0..n)
 * read as `from`, less twice the share of invalid sequences. */
static double reading_score(const char *from,
                            const char *s, size_t n, char *scratch,
                            size_t cap)
{
    size_t errors = 0;
    size_t got = legacy_to_utf8(from, s, n, scratch, cap, 0, &errors, NULL);
    if (got == (size_t)-1)
        return -1;
    size_t total = 0, common = 0;
    for (size_t i = 0; i < got;) {
        uint32_t cp;
        i += utf8_decode(scratch + i, got - i, &cp);
        if (cp < 0x80)
            continue;
        total++;
        common += set_has(cp);
    }
    if (!total)
        return 0;
    return ((double)common - 2.0 * (double)errors) / (double)total;
}

double guess_reading_score(const char *from, const char *s, size_t n)
{
    pthread_once(&common_once, common_build);
    size_t cap = n * 3 + 16;
    char *scratch = xmalloc(cap);
    double score = reading_score(from, s, n, scratch, cap);
    free(scratch);
    return score;
}

/* ICU's confidence for charset name over the sample, 0 if not listed. */
static int detector_confidence(UCharsetDetector *det, const char *name)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t k = 0;
    const UCharsetMatch **m = ucsdet_detectAll(det, &k, &st);
    for (int32_t i = 0; U_SUCCESS(st) && i < k; i++) {
        const char *got = ucsdet_getName(m[i], &st);
        if (U_SUCCESS(st) && got && strcmp(got, name) == 0)
            return (int)ucsdet_getConfidence(m[i], &st);
    }
    return 0;
}

/* GB18030 or Big5 by ICU's detector, for readings that score alike. */
static const char *detector_tie_break(const char *s, size_t n)
{
    UErrorCode st = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&st);
    if (U_FAILURE(st))
        return "GB18030";
    ucsdet_setText(det, s, (int32_t)(n < DETECT_SAMPLE ? n : DETECT_SAMPLE),
                   &st);
    int gb = detector_confidence(det, "GB18030");
    int big5 = detector_confidence(det, "Big5");
    ucsdet_close(det);
    return big5 > gb ? "Big5" : "GB18030";
}

const char *guess_legacy(const char *s, size_t n, int *confidence)
{
    static const char *const names[] = {"GB18030", "Big5", "UTF-16LE",
                                        "UTF-16BE"};
    enum { NCAND = sizeof names / sizeof names[0] };
    pthread_once(&common_once, common_build);
    size_t m = n < GUESS_SAMPLE ? n : GUESS_SAMPLE;
    size_t cap = m * 3 + 16;
    char *scratch = xmalloc(cap);
    double score[NCAND];
    size_t best = 0;
    size_t tried = 0;
    for (size_t i = 0; i < NCAND; i++, tried++) {
        size_t len = i >= 2 ? m & ~(size_t)1 : m;
        if (i > 0 || !guess_gb18030_score(s, len, &score[i]))
            score[i] = reading_score(names[i], s, len, scratch, cap);
        if (score[i] > score[best])
            best = i;
        /* A GB18030 reading this Chinese settles it: Big5 or UTF-16 bytes
         * read as GB18030 give rare characters, not common ones. */
        if (i == 0 && score[0] >= CLEARLY_CHINESE) {
            tried = 1;
            break;
        }
    }
    free(scratch);
    const char *name = names[best];
    if (tried > 1 && best < 2 && score[0] - score[1] < 0.05 &&
        score[1] - score[0] < 0.05)
        name = detector_tie_break(s, n);
    double c = score[best] * 100.0 * 1.5;
    *confidence = c < 10 ? 10 : c > 100 ? 100 : (int)c;
    return name;
}
