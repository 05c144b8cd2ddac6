/* cn_numeral.h — integers as Chinese numerals (一, 十一, 二十三, 一百零五). */
#ifndef BAOGAO_CN_NUMERAL_H
#define BAOGAO_CN_NUMERAL_H

/* Writes n (1–999) as a Chinese numeral into buf (at least 24 bytes) and
 * returns buf; n outside that range gives its decimal digits. */
char *cn_numeral(int n, char *buf);

#endif
