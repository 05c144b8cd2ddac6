#!/usr/bin/env bash
# jobs.sh — parsing with a pool of threads gives what one thread gives:
# every verb's stdout, stderr and exit status byte for byte the same with
# --jobs 1 (one file at a time, in the caller's thread), the default (a
# thread per core) and --jobs 5 (more threads than files in hand), over
# the samples and the more/ reports (GBK, .docx, a PDF, city reports),
# over 2,000 small files made here, and over a folder of bad entries
# among good ones (a FIFO, a dangling link, a folder named like a
# report, a binary file, an empty file, a file that cannot be read):
# their messages in the walk's order between the reports' output;
# without the cache, cold and warm. --jobs 0 and --jobs x are usage
# errors. Under the sanitizers (several times slower) 300 files, four
# verbs, no cache and warm.
. "$(dirname "$0")/lib.sh"

MANY=$T_TMP/many
NMANY=2000
VERBS=("list" "--json list" "search 营商环境" "search gdzctz" "trend 营商环境"
       "indicators" "timeline 地区生产总值" "check" "cat" "export --jsonl")
CACHES="--no-cache cold warm"
if t_sanitized; then
    NMANY=300
    VERBS=("list" "search 营商环境" "trend 营商环境" "check")
    CACHES="--no-cache warm"
fi
mkdir -p "$MANY"
python3 - "$DATA" "$MANY" "$NMANY" <<'PY'
import glob, os, sys
data, out, nmany = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(data, '00?_*.txt')))]
for i in range(nmany):
    t = texts[i % len(texts)]
    lines = t.split('\n')
    k = (i * 37) % max(1, len(lines) - 40)
    # a title line of its own, then a slice: no two files alike
    body = '\n'.join(lines[k:k + 30])
    open(os.path.join(out, 'r%04d.txt' % i), 'w', encoding='utf-8').write(
        '第%d号报告\n\n%s\n' % (i, body))
PY
BAD=$T_TMP/bad
mkdir -p "$BAD/folder.txt"
cp "$DATA"/00[02]_*.txt "$BAD"/
mkfifo "$BAD/b_fifo.txt"
ln -s "$BAD/nowhere.txt" "$BAD/c_dangling.txt"
head -c 70000 /dev/urandom > "$BAD/d_binary.txt"
: > "$BAD/e_empty.txt"
cp "$DATA/002_f7d3045b65ec1e49.txt" "$BAD/f_unreadable.txt"
chmod 000 "$BAD/f_unreadable.txt"

# same NAME ARGS...: the three --jobs give the same output (a check per
# pair), and the run with the default is kept in $T_TMP/last
same() {
    local name=$1 j
    shift
    for j in 1 default 5; do
        local opt=()
        [ "$j" = default ] || opt=(--jobs "$j")
        "$BAOGAO" "${opt[@]}" "$@" > "$T_TMP/out.$j" 2> "$T_TMP/err.$j"
        echo "exit $?" >> "$T_TMP/out.$j"
    done
    for j in default 5; do
        cmp -s "$T_TMP/out.1" "$T_TMP/out.$j" && cmp -s "$T_TMP/err.1" "$T_TMP/err.$j"
        t_check "$name: --jobs $j = --jobs 1" $?
        cmp -s "$T_TMP/out.1" "$T_TMP/out.$j" || diff "$T_TMP/out.1" "$T_TMP/out.$j" | head -4
        cmp -s "$T_TMP/err.1" "$T_TMP/err.$j" || diff "$T_TMP/err.1" "$T_TMP/err.$j" | head -4
    done
    cp "$T_TMP/out.default" "$T_TMP/last"
}

for cache in $CACHES; do
    export XDG_CACHE_HOME=$T_TMP/cache
    c=()
    [ $cache = --no-cache ] && c=(--no-cache)
    for v in "${VERBS[@]}"; do
        # shellcheck disable=SC2086
        same "$v, the samples and more/ ($cache)" "${c[@]}" $v "$DATA"
    done
    same "list, $NMANY files ($cache)" "${c[@]}" list "$MANY"
    same "search, $NMANY files ($cache)" "${c[@]}" search 营商环境 "$MANY"
    same "check, bad entries among reports ($cache)" "${c[@]}" check "$BAD"
    same "list, bad entries among reports ($cache)" "${c[@]}" list "$BAD"
done
grep -q 'b_fifo.txt' "$T_TMP/err.default" && grep -q 'c_dangling.txt' "$T_TMP/err.default" &&
    grep -q 'folder.txt' "$T_TMP/err.default"
t_check "the bad entries are named" $?
[ "$(id -u)" -eq 0 ] || grep -q 'f_unreadable.txt' "$T_TMP/err.default"
t_check "the unreadable file is named (when not root)" $?
[ "$(grep -c . "$T_TMP/last")" -gt 3 ]
t_check "the reports among them are listed" $?

"$BAOGAO" --jobs 0 list "$DATA" > /dev/null 2> "$T_TMP/err"
[ $? -eq 2 ] && grep -q -- '--jobs' "$T_TMP/err"
t_check "--jobs 0: a usage error" $?
"$BAOGAO" --jobs x list "$DATA" > /dev/null 2> "$T_TMP/err"
[ $? -eq 2 ] && grep -q -- '--jobs' "$T_TMP/err"
t_check "--jobs x: a usage error" $?
chmod 600 "$BAD/f_unreadable.txt"
t_done
