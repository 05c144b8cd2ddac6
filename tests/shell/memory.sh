#!/usr/bin/env bash
# memory.sh — memory stays proportional to the input, binary data is
# refused from its first bytes, a NUL byte is text. Peak RSS
# (/usr/bin/time -f %M) on generated input:
#  - a CSV export of a million one-line rows: check and list (which keeps
#    a record of some 20 bytes a row, not the documents: it kept them all
#    at 5.4 KB a row) within 3× the file plus 4 MB;
#  - 8 MB of two-character lines (Han characters drawn at random, so
#    that no run repeats): check and list within 13× the file (each line
#    costs offsets, a paragraph hash and a block: 19× before 32-bit text
#    offsets, one array of blocks instead of two and a smaller repeats
#    table; 12.6-13.0× with 40-byte blocks, which the bound failed on a
#    new machine; 11.2× with 24-byte blocks, their offsets 32-bit);
#  - 300 MB of report text (the samples' lines, numbered so that none
#    repeats): check and list within 3× the file;
#  - 1 GiB of NUL bytes (a sparse file): refused as binary, having read
#    at most 1 MB of it (strace, when there is one) and within 20 MB;
#  - 001 with a NUL byte inserted: the same cat as 001 (the NUL is
#    removed where it was), check counts it in controls; three other
#    controls alike.
# Under the sanitizers RSS means nothing (shadow memory, quarantine): the
# bounds are not checked there and the inputs are scaled down to keep
# the suite's time, the rest is checked as it is.
. "$(dirname "$0")/lib.sh"
# meson test sets MALLOC_PERTURB_, with which glibc writes every byte
# malloc hands out: RSS would count what is reserved, not what is used.
unset MALLOC_PERTURB_
sanitized=0
t_sanitized && sanitized=1
rows=1000000 text_mb=300 short_mb=8
[ $sanitized -eq 1 ] && rows=20000 text_mb=3 short_mb=1

# measure NAME VERB ARGS...: runs baogao; sets rc, kb (peak RSS), secs.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%M %e' -o "$T_TMP/time" "$BAOGAO" "$@" > "$T_TMP/out" 2> "$T_TMP/err"
    rc=$?
    read -r kb secs < <(tail -n 1 "$T_TMP/time")
    echo "memory: $name: $secs s, $((kb / 1024)) MB"
}

# within NAME KB LIMIT_KB: one check, skipped under the sanitizers.
within() {
    [ $sanitized -eq 1 ] && return 0
    [ "$2" -le "$3" ]; t_check "$1: peak RSS $(($2 / 1024)) MB within $(($3 / 1024)) MB" $?
}

kib() { echo $(($(stat -c %s "$1") / 1024)); }

# The CSV export: id, title and a one-line full_text per row.
csv="$T_TMP/rows.csv"
python3 - "$csv" "$rows" <<'PY'
import sys
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    f.write('id,title,full_text\n')
    f.writelines('%d,t%d,增长%d%%。\n' % (i, i % 97, i % 1000) for i in range(int(sys.argv[2])))
PY
size=$(kib "$csv")
measure "check, $rows CSV rows ($((size / 1024)) MB)" check "$csv"
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq $((rows + 1)) ]
t_check "check of the CSV: a row per CSV row (rc $rc)" $?
within "check of the CSV" "$kb" $((3 * size))
measure "list, $rows CSV rows" list "$csv"
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq $((rows + 1)) ]
t_check "list of the CSV: a row per CSV row (rc $rc)" $?
within "list of the CSV" "$kb" $((3 * size + 4096))
rm -f "$csv"

# Two-character lines: the cost of a line, not of its bytes.
short="$T_TMP/short.txt"
python3 - "$short" "$short_mb" <<'PY'
import random, sys
r = random.Random(1)
pool = [chr(0x4e00 + i) for i in range(3000)]
want, n = int(sys.argv[2]) << 20, 0
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    while n < want:
        chunk = ''.join(r.choice(pool) + r.choice(pool) + '\n' for _ in range(10000))
        f.write(chunk)
        n += len(chunk.encode())
PY
size=$(kib "$short")
for verb in check list; do
    measure "$verb, $((size / 1024)) MB of two-character lines" $verb "$short"
    [ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq 2 ]; t_check "$verb of the short lines (rc $rc)" $?
    within "$verb of the short lines" "$kb" $((13 * size))
done
rm -f "$short"

# Report text: the samples' lines over and over, each numbered.
big="$T_TMP/big.txt"
python3 - "$big" "$text_mb" "$DATA" <<'PY'
import glob, os, sys
lines = []
for p in sorted(glob.glob(os.path.join(sys.argv[3], '00?_*.txt'))):
    lines += [l for l in open(p, encoding='utf-8').read().split('\n') if l.strip()]
want, n, i = int(sys.argv[2]) << 20, 0, 0
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    while n < want:
        chunk = ''.join('%s%d\n' % (lines[(i + k) % len(lines)], i + k) for k in range(1000))
        f.write(chunk)
        n += len(chunk.encode())
        i += 1000
PY
size=$(kib "$big")
measure "check, $((size / 1024)) MB of text" check "$big"
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq 2 ]; t_check "check of the text (rc $rc)" $?
within "check of the text" "$kb" $((3 * size))
measure "list, $((size / 1024)) MB of text" list "$big"
[ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/out")" -eq 2 ]; t_check "list of the text (rc $rc)" $?
within "list of the text" "$kb" $((3 * size))
rm -f "$big"

# 1 GiB of NUL bytes, read no further than it takes to see.
nul="$T_TMP/nul.txt"
truncate -s 1G "$nul"
measure "cat, 1 GiB of NUL bytes" cat "$nul"
[ $rc -eq 1 ] && grep -q "nul.txt: binary data, not text" "$T_TMP/err"
t_check "1 GiB of NULs: refused as binary (rc $rc)" $?
within "1 GiB of NULs" "$kb" $((20 * 1024))
if command -v strace > /dev/null; then
    t_strace -y -e trace=read,pread64 -o "$T_TMP/trace" "$BAOGAO" cat "$nul" > /dev/null 2>&1
    got=$(awk '/nul\.txt>/ && / = [0-9]+$/ { n += $NF } END { print n + 0 }' "$T_TMP/trace")
    [ "$got" -le 1048576 ]; t_check "1 GiB of NULs: $got bytes read (at most 1 MB)" $?
    t_strace -y -e trace=read -o "$T_TMP/trace" "$BAOGAO" cat - < "$nul" > /dev/null 2>&1
    got=$(awk '/^read\(0/ && / = [0-9]+$/ { n += $NF } END { print n + 0 }' "$T_TMP/trace")
    [ "$got" -le 1048576 ]; t_check "1 GiB of NULs on standard input: $got bytes read" $?
fi
rm -f "$nul"

# A NUL byte (and three other controls) inside a line of 001's text.
one="$DATA/001_2cdd38cdf6c8a87a.txt"
python3 - "$one" "$T_TMP" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read()
i = b.index('代表'.encode(), len(b) // 2) + 3  # between 代 and 表
open(sys.argv[2] + '/nul001.txt', 'wb').write(b[:i] + b'\0' + b[i:])
open(sys.argv[2] + '/ctl001.txt', 'wb').write(b[:i] + b'\x01\x1b\x7f' + b[i:])
PY
"$BAOGAO" cat "$one" > "$T_TMP/a.txt"
for f in nul001 ctl001; do
    "$BAOGAO" cat "$T_TMP/$f.txt" > "$T_TMP/b.txt" 2> "$T_TMP/err"; rc=$?
    [ $rc -eq 0 ] && [ ! -s "$T_TMP/err" ]; t_check "$f: read as text (rc $rc)" $?
    t_same "$f: the same cat as 001" "$T_TMP/a.txt" "$T_TMP/b.txt"
done
controls() { "$BAOGAO" check "$1" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "controls") c = i } NR == 2 { print $c }'; }
base=$(controls "$one")
[ "$(controls "$T_TMP/nul001.txt")" -eq $((base + 1)) ]; t_check "check counts the NUL in controls" $?
[ "$(controls "$T_TMP/ctl001.txt")" -eq $((base + 3)) ]; t_check "check counts three controls" $?
t_done
