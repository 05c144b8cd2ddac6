/* cn_numeral.c — Chinese numerals from integers (see cn_numeral.h). */
#include "cn_numeral.h"

#include <stdio.h>
#include <string.h>

static const char *const digit[] = {"零", "一", "二", "三", "四",
                                    "五", "六", "七", "八", "九"};

char *cn_numeral(int n, char *buf)
{
    buf[0] = '\0';
    if (n < 1 || n > 999) {
        snprintf(buf, 24, "%d", n);
        return buf;
    }
    int h = n / 100, t = n / 10 % 10, u = n % 10;
    if (h) {
        strcat(buf, digit[h]);
        strcat(buf, "百");
        if (t == 0 && u)
            strcat(buf, "零");
    }
    if (t) {
        if (t > 1 || h)
            strcat(buf, digit[t]);
        strcat(buf, "十");
    }
    if (u)
        strcat(buf, digit[u]);
    return buf;
}
