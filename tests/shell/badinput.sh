#!/usr/bin/env bash
# badinput.sh — hostile and broken input: empty, binary, a 50 MB line,
# truncated sequences, unreadable files, link loops, 2,000 small files.
# No crash, no hang, one stderr line per bad file naming it, the good
# files still processed, exit statuses as documented.
. "$(dirname "$0")/lib.sh"
B="$T_TMP/bad"
mkdir -p "$B"
good="$DATA/000_5fb319a1fb0eca91.txt"
: > "$B/empty.txt"
head -c 65536 /dev/urandom > "$B/binary.txt"
printf 'abc\0def\n' >> "$B/binary.txt"
# Binary files read in one go (under 64 KB), one named as a web page with
# a '<' in it: refused by the pipeline's own test, before the name counts.
head -c 4000 /dev/urandom > "$B/smallbin.txt"
{ head -c 50 /dev/zero; printf '<'; head -c 50 /dev/zero; } > "$B/binary.html"
# 50 MB of Chinese with no newline, and a '?' every so often.
python3 -c "
import sys
chunk = ('全年地区生产总值1277.93亿元,增长4.8%?。ㄒ唬' * 1000).encode()
with open(sys.argv[1], 'wb') as f:
    for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
        f.write(chunk)
" "$B/huge.txt"
printf '地区生产总值\xe5\x9c\n增长\xe4\n\xf0\x9f' > "$B/truncated.txt"
cp "$good" "$B/good.txt"
ln -s loop2.txt "$B/loop1.txt"
ln -s loop1.txt "$B/loop2.txt"
ln -s .. "$B/dirloop"
mkfifo "$B/fifo.txt"
printf '报告\n' > "$B/noperm.txt"; chmod 000 "$B/noperm.txt"

run() { timeout 120 "$BAOGAO" "$@"; }

run check "$B" > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ]; t_check "check of the bad folder exits 0 (got $rc)" $?
for f in empty.txt binary.txt loop1.txt loop2.txt fifo.txt smallbin.txt binary.html; do
    [ "$(grep -c "$B/$f" "$T_TMP/err")" -eq 1 ]; t_check "one stderr line names $f" $?
done
for f in binary.txt smallbin.txt binary.html; do
    grep -q "$B/$f: binary data, not text" "$T_TMP/err"; t_check "$f: refused as binary" $?
done
grep -q "$B/good.txt" "$T_TMP/out"; t_check "the good file is processed" $?
grep -q "$B/huge.txt" "$T_TMP/out"; t_check "the 50 MB line is processed" $?
grep -q "$B/truncated.txt" "$T_TMP/out"; t_check "truncated sequences are processed" $?
awk -F'\t' -v f="$B/truncated.txt" '$1 == f && $2 == "UTF-8" && $7 + 0 == 3' "$T_TMP/out" | grep -q .
t_check "truncated: UTF-8 with 3 replacements" $?
if [ "$(id -u)" -ne 0 ]; then
    [ "$(grep -c "$B/noperm.txt" "$T_TMP/err")" -eq 1 ]; t_check "one stderr line names noperm.txt" $?
fi
[ "$(wc -l < "$T_TMP/err")" -le 8 ]; st=$?
t_check "no other complaints ($(wc -l < "$T_TMP/err") lines)" "$st"

run cat "$B/truncated.txt" > "$T_TMP/out" 2>&1
grep -q '地区生产总值�' "$T_TMP/out"; t_check "invalid bytes become U+FFFD, the line stays" $?
run cat "$B/empty.txt" > /dev/null 2>&1; rc=$?
[ $rc -eq 1 ]; t_check "cat of an empty file exits 1 (got $rc)" $?
run cat "$B/binary.txt" > /dev/null 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'binary' "$T_TMP/err"; t_check "binary file: exit 1, says binary" $?
run cat "$B/fifo.txt" > /dev/null 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'a FIFO, not a regular file' "$T_TMP/err"; t_check "a FIFO is refused, not waited on" $?
run cat "$B/missing.txt" > /dev/null 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q "$B/missing.txt" "$T_TMP/err"; t_check "missing file named, exit 1" $?
run cat "$B/loop1.txt" > /dev/null 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'loop' "$T_TMP/err"; t_check "symlink loop named, exit 1" $?
run cat "$good" "$B/empty.txt" > /dev/null 2>&1; rc=$?
[ $rc -eq 0 ]; t_check "a good file with a bad one exits 0" $?
"$BAOGAO" cat "$good" > "$T_TMP/a.txt"
run cat - < "$good" > "$T_TMP/b.txt"; rc=$?
[ $rc -eq 0 ]; t_check "cat - reads standard input" $?
t_same "cat - gives what cat FILE gives" "$T_TMP/a.txt" "$T_TMP/b.txt"
run frobnicate > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ]; t_check "unknown verb exits 2" $?
run --bogus > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ]; t_check "unknown option exits 2" $?
run cat > "$T_TMP/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q '荔湾' "$T_TMP/out"; t_check "cat without PATH reads the bundled corpus" $?

# A folder of 2,000 small files: all of them processed.
M="$T_TMP/many"; mkdir -p "$M"
for i in $(seq 1 2000); do
    printf '一、%d年工作回顾\n\n全年地区生产总值%d亿元,增长4.8%%。\n' "$i" "$i" > "$M/r$i.txt"
done
run check "$M" > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq 2001 ]; st=$?
t_check "2,000 small files all processed (rc $rc, $(wc -l < "$T_TMP/out") lines)" "$st"
[ ! -s "$T_TMP/err" ]; t_check "no complaints about good files" $?

# CSV export with a full_text column: one document per row.
printf '\xef\xbb\xbftitle,province,full_text,url\n"2024年政府工作报告",广东,"一、2023年工作回顾\n\n全年地区生产总值1277.93亿元,增长4.8%%。","http://x"\n"乙",广东,"第二份报告,有""引号""。",\n' > "$T_TMP/export.csv"
run check "$T_TMP/export.csv" > "$T_TMP/out"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq 3 ]; t_check "CSV export: two documents" $?
run cat "$T_TMP/export.csv" > "$T_TMP/out"
grep -q '^第二份报告,有"引号"。$' "$T_TMP/out" && grep -q '^一、2023年工作回顾$' "$T_TMP/out" && ! grep -q 'http' "$T_TMP/out"
t_check "CSV export: the full_text of each row, nothing else" $?
run check --json "$T_TMP/export.csv" > "$T_TMP/out"
python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) == 2 and d[0]['hints']['title'] == '2024年政府工作报告', d
assert d[0]['hints']['url'] == 'http://x' and 'url' not in d[1]['hints'], d
" "$T_TMP/out"
t_check "CSV export: the other columns are kept as hints (check --json)" $?
run check --json "$DATA" > "$T_TMP/out"
python3 -m json.tool "$T_TMP/out" > /dev/null
t_check "check --json parses" $?
t_done
