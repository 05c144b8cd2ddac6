#!/usr/bin/env bash
# cache.sh — the cache of parsed reports (src/cache.h), in a folder of the
# test's own: a cold and a warm run of every verb give the output of
# --no-cache, byte for byte, and say nothing; warm, no report is read
# (strace, when there is one); a touched, edited (same size and mtime),
# truncated or replaced report is seen; a damaged entry (bytes flipped,
# cut short, a future version) is said once and rebuilt; two runs at
# once on an empty cache both succeed and leave valid entries; an
# unwritable folder, a folder that is a link elsewhere and a full disk
# (ulimit -f; a small tmpfs as well when it can be mounted) give the
# right output with one message; eviction keeps the folder under its cap;
# cache info and clear; nothing is written next to the reports.
. "$(dirname "$0")/lib.sh"
run() { timeout 300 "$BAOGAO" "$@"; }
W=$T_TMP/reports
mkdir -p "$W"
cp "$DATA"/00?_*.txt "$W/"
cp -r "$DATA/more" "$W/more"
A=$W/000_5fb319a1fb0eca91.txt B=$W/002_f7d3045b65ec1e49.txt
T=$W/003_af7b2255ab1e9056.txt
# Files younger than CACHE_SETTLED are found by content only: let them
# settle, so that the warm runs also take the identity links.
sleep 3
listing() { find "$W" -printf '%p %y %s %T@\n' | sort | md5sum; }
before=$(listing)
export XDG_CACHE_HOME=$T_TMP/cache

VERBS=("list" "--json list" "indicators" "--json indicators" "search 营商环境"
       "search dqsczz" "--json search 地區生產總值" "timeline 地区生产总值"
       "trend 营商环境" "--json trend --each 营商环境 gdzctz" "cat"
       "--json cat" "check" "--json check" "outline $A" "tables $T"
       "compare $A $B" "compare --indicators $A $B" "compare --targets $A $B"
       "export --jsonl")
# A verb's PATHs: the folder, unless it names its files.
paths_of() { case $1 in outline*|tables*|compare*) ;; *) echo "$W" ;; esac; }
for v in "${VERBS[@]}"; do
    # shellcheck disable=SC2086
    run --no-cache $v $(paths_of "$v") > "$T_TMP/ref" 2> "$T_TMP/ref.err"
    for pass in cold warm; do
        # shellcheck disable=SC2086
        run $v $(paths_of "$v") > "$T_TMP/$pass" 2> "$T_TMP/$pass.err"
        t_same "$v: $pass output is --no-cache's" "$T_TMP/ref" "$T_TMP/$pass"
        t_same "$v: $pass messages are --no-cache's" "$T_TMP/ref.err" "$T_TMP/$pass.err"
    done
done
[ "$(listing)" = "$before" ]; t_check "nothing written next to the reports" $?
run cache info > "$T_TMP/info"
entries=$(awk -F'\t' 'NR == 2 { print $2 }' "$T_TMP/info")
links=$(awk -F'\t' 'NR == 2 { print $5 }' "$T_TMP/info")
files=$(run --no-cache check "$W" | awk -F'\t' 'NR > 1 { sub(/#[0-9]+$/, "", $1); print $1 }' | sort -u | wc -l)
[ "$(awk -F'\t' 'NR == 2 { print $1 }' "$T_TMP/info")" = "$XDG_CACHE_HOME/baogao" ]
t_check "cache info names the folder under XDG_CACHE_HOME" $?
[ "${entries:-0}" -ge "$files" ] && [ "${links:-0}" -ge "$files" ]
t_check "an entry and an identity link per report (entries $entries, links $links, reports $files)" $?

# Warm, a report is opened (to know what it is) but not read.
if command -v strace > /dev/null; then
    t_strace -f -e trace=read -y -o "$T_TMP/strace" "$BAOGAO" search 营商环境 "$W" > /dev/null 2>&1
    ! grep -q "read([0-9]*<$W/" "$T_TMP/strace"
    t_check "warm search reads no report (strace)" $?
else
    echo "cache: no strace: not checking that warm runs read no report"
fi

# A verb that prints no indicators (list) parses short of extract and
# caches so; one that needs them (indicators) takes such an entry for a
# miss, parses the report again and its entry replaces the old one; warm,
# each reads no report after that, and each gives --no-cache's output.
export XDG_CACHE_HOME=$T_TMP/cache-depth
run list "$W" > /dev/null 2>&1
if command -v strace > /dev/null; then
    t_strace -f -e trace=read -y -o "$T_TMP/strace" "$BAOGAO" list "$W" > /dev/null 2>&1
    ! grep -q "read([0-9]*<$W/" "$T_TMP/strace"
    t_check "a warm list after a list reads no report (strace)" $?
    t_strace -f -e trace=read -y -o "$T_TMP/strace" "$BAOGAO" indicators "$W" > "$T_TMP/cached" 2>&1
    grep -q "read([0-9]*<$A>" "$T_TMP/strace"
    t_check "indicators after a list parses the reports again (strace)" $?
    run --no-cache indicators "$W" > "$T_TMP/fresh" 2>&1
    t_same "indicators after a list: --no-cache's output" "$T_TMP/fresh" "$T_TMP/cached"
    for v in indicators list; do
        t_strace -f -e trace=read -y -o "$T_TMP/strace" "$BAOGAO" $v "$W" > "$T_TMP/cached" 2>&1
        ! grep -q "read([0-9]*<$W/" "$T_TMP/strace"
        t_check "a warm $v after indicators reads no report (strace)" $?
        run --no-cache $v "$W" > "$T_TMP/fresh" 2>&1
        t_same "a warm $v after indicators: --no-cache's output" "$T_TMP/fresh" "$T_TMP/cached"
    done
fi
export XDG_CACHE_HOME=$T_TMP/cache

# same_as_fresh NAME VERB...: the cached run's output is --no-cache's.
same_as_fresh() {
    local name=$1
    shift
    run --no-cache "$@" > "$T_TMP/fresh" 2>&1
    run "$@" > "$T_TMP/cached" 2>&1
    t_same "$name" "$T_TMP/fresh" "$T_TMP/cached"
}
touch "$A"
same_as_fresh "a touched report: the same documents" list "$W"
# An edit of the same size with the modification time put back: the
# change time and the content tell.
stamp=$(stat -c %y "$B")
python3 - "$B" <<'PY'
import sys
p = sys.argv[1]
b = open(p, 'rb').read()
old, new = '营商环境'.encode(), '营商环竟'.encode()
assert old in b and len(old) == len(new)
open(p, 'r+b').write(b.replace(old, new))
PY
touch -d "$stamp" "$B"
same_as_fresh "an edit of the same size and mtime is seen" search 营商环竟 "$W"
grep -q 营商环竟 "$T_TMP/cached"; t_check "the edited text is found" $?
truncate -s 20000 "$A"
same_as_fresh "a truncated report is seen" --json list "$W"
same_as_fresh "a truncated report's text is seen" cat "$A"
# Replaced by another file of the same size and mtime (a new inode).
stamp=$(stat -c %y "$T")
size=$(stat -c %s "$T")
head -c "$size" "$B" > "$T_TMP/swap"
touch -d "$stamp" "$T_TMP/swap"
mv "$T_TMP/swap" "$T"
same_as_fresh "a report replaced (same size and mtime) is seen" outline "$T"

# Damaged entries, each in a cache of one report: said once, parsed
# again, rebuilt (the next run says nothing).
one=$T_TMP/one
mkdir "$one"
cp "$DATA/001_2cdd38cdf6c8a87a.txt" "$one/"
run --no-cache --json list "$one" > "$T_TMP/one.ref"
damage() { # NAME PYTHON-STATEMENT on b (the entry's bytes)
    local name=$1 entry
    export XDG_CACHE_HOME=$T_TMP/cache-$name
    run --json list "$one" > /dev/null 2>&1
    entry=$(find "$XDG_CACHE_HOME" -path '*/c/*' -type f | head -n 1)
    python3 - "$entry" "$2" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
exec(sys.argv[2])
open(p, 'wb').write(b)
PY
    run --json list "$one" > "$T_TMP/dmg" 2> "$T_TMP/dmg.err"
    t_same "$name entry: the right output" "$T_TMP/one.ref" "$T_TMP/dmg"
    [ "$(wc -l < "$T_TMP/dmg.err")" -eq 1 ] && grep -q "cache: the entry for .* was" "$T_TMP/dmg.err"
    t_check "$name entry: one message ($(head -c 200 "$T_TMP/dmg.err"))" $?
    run --json list "$one" > "$T_TMP/dmg" 2> "$T_TMP/dmg.err"
    [ ! -s "$T_TMP/dmg.err" ] && cmp -s "$T_TMP/one.ref" "$T_TMP/dmg"
    t_check "$name entry: rebuilt (the next run says nothing)" $?
}
damage flipped 'b[len(b) // 2] ^= 0xff; b[len(b) // 3] ^= 0x55'
damage truncated 'del b[len(b) // 2:]'
damage future 'b[8] = 99'
damage foreign 'b[0:8] = b"NOTOURS!"'
export XDG_CACHE_HOME=$T_TMP/cache

# Two runs at once on an empty cache.
export XDG_CACHE_HOME=$T_TMP/cache-race
run --no-cache list "$W" > "$T_TMP/race.ref"
run list "$W" > "$T_TMP/race1" 2> "$T_TMP/race1.err" &
p1=$!
run list "$W" > "$T_TMP/race2" 2> "$T_TMP/race2.err" &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ]; t_check "two lists at once both succeed ($r1, $r2)" $?
t_same "the first of two at once: the right output" "$T_TMP/race.ref" "$T_TMP/race1"
t_same "the second of two at once: the right output" "$T_TMP/race.ref" "$T_TMP/race2"
run list "$W" > "$T_TMP/race3" 2> "$T_TMP/race3.err"
t_same "after two at once: the entries are valid" "$T_TMP/race.ref" "$T_TMP/race3"
[ ! -s "$T_TMP/race1.err" ] && [ ! -s "$T_TMP/race2.err" ] && [ ! -s "$T_TMP/race3.err" ]
t_check "two at once, then a third: no message" $?
[ -z "$(find "$XDG_CACHE_HOME" -name '.tmp.*')" ]; t_check "no temporary file is left" $?

# A folder that cannot be used: the right output, one message, exit 0.
unusable() { # NAME: with XDG_CACHE_HOME set
    run --json list "$one" > "$T_TMP/un" 2> "$T_TMP/un.err"; rc=$?
    t_same "$1: the right output" "$T_TMP/one.ref" "$T_TMP/un"
    [ $rc -eq 0 ] && [ "$(wc -l < "$T_TMP/un.err")" -eq 1 ] && grep -q 'cache' "$T_TMP/un.err"
    t_check "$1: exit 0 and one message ($rc: $(head -c 200 "$T_TMP/un.err"))" $?
}
export XDG_CACHE_HOME=/proc/self/no-such-cache
unusable "a folder that cannot be made"
touch "$T_TMP/a-file"
export XDG_CACHE_HOME=$T_TMP/a-file
unusable "a cache home that is a file"
mkdir -p "$T_TMP/elsewhere" "$T_TMP/linked"
ln -s "$T_TMP/elsewhere" "$T_TMP/linked/baogao"
export XDG_CACHE_HOME=$T_TMP/linked
unusable "a folder that is a link elsewhere"
[ -z "$(ls -A "$T_TMP/elsewhere")" ]; t_check "nothing written through the link" $?
if [ "$(id -u)" -ne 0 ]; then
    mkdir -p "$T_TMP/ro/baogao"
    chmod 500 "$T_TMP/ro/baogao"
    export XDG_CACHE_HOME=$T_TMP/ro
    unusable "an unwritable folder"
    chmod 700 "$T_TMP/ro/baogao"
fi
# A full disk: a file size limit (writes fail with EFBIG), and a small
# tmpfs when this test may mount one.
export XDG_CACHE_HOME=$T_TMP/cache-full
(ulimit -f 16; "$BAOGAO" --json list "$one" 2> "$T_TMP/un.err") | cat > "$T_TMP/un"
t_same "a file size limit: the right output" "$T_TMP/one.ref" "$T_TMP/un"
[ "$(wc -l < "$T_TMP/un.err")" -eq 1 ] && grep -q 'without writing to the cache' "$T_TMP/un.err"
t_check "a file size limit: one message ($(head -c 200 "$T_TMP/un.err"))" $?
[ -z "$(find "$XDG_CACHE_HOME" -type f)" ]; t_check "a file size limit: no entry left" $?
mkdir -p "$T_TMP/tmpfs"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs "$T_TMP/tmpfs" 2> /dev/null; then
    export XDG_CACHE_HOME=$T_TMP/tmpfs
    unusable "a full tmpfs"
    umount "$T_TMP/tmpfs"
else
    echo "cache: cannot mount a tmpfs here: the full disk is checked with ulimit -f only"
fi

# Eviction: a cap below the corpus keeps the folder under it.
export XDG_CACHE_HOME=$T_TMP/cache-cap BAOGAO_CACHE_MAX=400K
run list "$W" > /dev/null 2>&1
run list "$W" > "$T_TMP/cap" 2>&1
run --no-cache list "$W" > "$T_TMP/cap.ref" 2>&1
t_same "under a small cap: the right output" "$T_TMP/cap.ref" "$T_TMP/cap"
bytes=$(run cache info | awk -F'\t' 'NR == 2 { print $3 }')
[ "${bytes:-999999999}" -le $((400 * 1024)) ] && [ "${bytes:-0}" -gt 0 ]
t_check "eviction keeps the cache under its cap ($bytes bytes, cap 409600)" $?
unset BAOGAO_CACHE_MAX

# cache clear, and usage.
export XDG_CACHE_HOME=$T_TMP/cache
removed=$(run cache clear | awk -F'\t' 'NR == 2 { print $2 }')
[ "${removed:-0}" -gt 0 ]; t_check "cache clear removes the entries ($removed)" $?
[ "$(run cache info | awk -F'\t' 'NR == 2 { print $2 "," $5 }')" = "0,0" ]
t_check "after clear: no entry, no link" $?
run cache > /dev/null 2>&1; [ $? -eq 2 ]; t_check "cache without info or clear: exit 2" $?
run cache frob > /dev/null 2>&1; [ $? -eq 2 ]; t_check "cache frob: exit 2" $?
run --no-cache cache info > /dev/null 2>&1; [ $? -eq 2 ]; t_check "--no-cache cache info: exit 2" $?
t_done
