#!/usr/bin/env bash
# encodings.sh — every sample re-encoded (GB18030, UTF-16LE/BE with BOM,
# UTF-8 with BOM, CRLF; 001 also Big5) gives byte-identical cat output, and
# check names the encoding it detected.
. "$(dirname "$0")/lib.sh"

for f in $SAMPLES; do
    src="$DATA/$f"
    "$BAOGAO" cat "$src" > "$T_TMP/ref.txt"
    iconv -f UTF-8 -t GB18030 "$src" > "$T_TMP/$f.gb"
    { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$src"; } > "$T_TMP/$f.u16le"
    { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$src"; } > "$T_TMP/$f.u16be"
    { printf '\xef\xbb\xbf'; cat "$src"; } > "$T_TMP/$f.bom"
    sed 's/$/\r/' "$src" > "$T_TMP/$f.crlf"
    for v in gb u16le u16be bom crlf; do
        "$BAOGAO" cat "$T_TMP/$f.$v" > "$T_TMP/out.txt"
        t_same "$f as $v: cat output identical" "$T_TMP/ref.txt" "$T_TMP/out.txt"
    done
    enc() { "$BAOGAO" check "$1" | awk -F'\t' 'NR == 2 { print $2 }'; }
    [ "$(enc "$T_TMP/$f.gb")" = GB18030 ]; t_check "$f: check says GB18030" $?
    [ "$(enc "$T_TMP/$f.u16le")" = "UTF-16LE BOM" ]; t_check "$f: check says UTF-16LE BOM" $?
    [ "$(enc "$T_TMP/$f.u16be")" = "UTF-16BE BOM" ]; t_check "$f: check says UTF-16BE BOM" $?
    [ "$(enc "$T_TMP/$f.bom")" = "UTF-8 BOM" ]; t_check "$f: check says UTF-8 BOM" $?
    [ "$(enc "$src")" = UTF-8 ]; t_check "$f: check says UTF-8" $?
done

# 001 is traditional: as Big5 (dropping what Big5 cannot hold), compared
# with the UTF-8 text that went through the same conversion.
f=001_2cdd38cdf6c8a87a.txt
iconv -c -f UTF-8 -t BIG5 "$DATA/$f" > "$T_TMP/001.big5" 2>/dev/null
iconv -f BIG5 -t UTF-8 "$T_TMP/001.big5" > "$T_TMP/001.big5.utf8.txt"
"$BAOGAO" cat "$T_TMP/001.big5.utf8.txt" > "$T_TMP/ref.txt"
"$BAOGAO" cat "$T_TMP/001.big5" > "$T_TMP/out.txt"
t_same "001 as Big5: cat output identical" "$T_TMP/ref.txt" "$T_TMP/out.txt"
[ "$("$BAOGAO" check "$T_TMP/001.big5" | awk -F'\t' 'NR == 2 { print $2 }')" = Big5 ]
t_check "001 as Big5: check says Big5" $?

# BOM-less UTF-16LE is recognised too.
iconv -f UTF-8 -t UTF-16LE "$DATA/000_5fb319a1fb0eca91.txt" > "$T_TMP/000.u16"
"$BAOGAO" cat "$DATA/000_5fb319a1fb0eca91.txt" > "$T_TMP/ref.txt"
"$BAOGAO" cat "$T_TMP/000.u16" > "$T_TMP/out.txt"
t_same "000 as BOM-less UTF-16LE" "$T_TMP/ref.txt" "$T_TMP/out.txt"

# Lone CR and CR CR LF line ends are one line end each.
tr '\n' '\r' < "$DATA/002_f7d3045b65ec1e49.txt" > "$T_TMP/002.cr"
"$BAOGAO" cat "$DATA/002_f7d3045b65ec1e49.txt" > "$T_TMP/ref.txt"
"$BAOGAO" cat "$T_TMP/002.cr" > "$T_TMP/out.txt"
t_same "002 with lone CR line ends" "$T_TMP/ref.txt" "$T_TMP/out.txt"
sed 's/$/\r\r/' "$DATA/002_f7d3045b65ec1e49.txt" > "$T_TMP/002.crcrlf"
"$BAOGAO" cat "$T_TMP/002.crcrlf" > "$T_TMP/out.txt"
t_same "002 with CR CR LF line ends" "$T_TMP/ref.txt" "$T_TMP/out.txt"
t_done
