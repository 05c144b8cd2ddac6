#!/usr/bin/env bash
# cache_bench.sh — the cache of parsed reports (issue 15): over N reports
# (copies of the samples under distinct names, N = 500 and 2000 by
# default), `baogao search` with --no-cache (what every run cost before),
# cold (an empty cache: parse and write) and warm (read the entries),
# `baogao list` warm, against `rg -F -c` over the same files in the same
# run; the cache's bytes per MB of reports; the terminal UI's start to
# every report searchable (tui_start.sh, in tmux), cold, warm and with
# --no-cache. Best of 3 (cold: each on a new cache). Prints numbers;
# never fails.
# Usage: cache_bench.sh BAOGAO [N...]
set -u
BAOGAO=${1:?usage: cache_bench.sh BAOGAO [N...]}
shift
[ $# -gt 0 ] || set -- 500 2000
SRC="$(cd "$(dirname "$0")/../.." && pwd)/tests/data"
W=$(mktemp -d "${TMPDIR:-/tmp}/baogao-cache-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
export XDG_CACHE_HOME=$W/cache BAOGAO_CACHE_MAX=64G
Q=营商环境

# best SECONDS of 3 runs of a command (stdout dropped); with "cold" first,
# each run has a new, empty cache folder (the old ones are removed after:
# a removal just before a run makes the filesystem slow to create files
# for seconds, 0.3-0.8 ms a file, which would be measured as the cache's).
best() {
    local b=999999 t cold=0 home=$XDG_CACHE_HOME k=0
    [ "$1" = cold ] && { cold=1; shift; }
    for _ in 1 2 3; do
        k=$((k + 1))
        [ $cold -eq 1 ] && export XDG_CACHE_HOME=$home-cold$k
        local t0 t1
        t0=$(date +%s%N)
        "$@" > /dev/null 2>&1
        t1=$(date +%s%N)
        t=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
        awk -v a="$t" -v b="$b" 'BEGIN { exit !(a < b) }' && b=$t
    done
    export XDG_CACHE_HOME=$home
    [ $cold -eq 1 ] && rm -rf "$home"-cold*
    echo "$b"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 0.001) }'; }

command -v rg > /dev/null ||
    { [ "$(id -u)" -eq 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ripgrep > /dev/null 2>&1; }
for n in "$@"; do
    dir=$W/r$n
    mkdir -p "$dir"
    i=0
    while [ $i -lt "$n" ]; do
        for f in "$SRC"/00?_*.txt; do
            [ $i -lt "$n" ] && cp "$f" "$dir/$(basename "$f" .txt)_$i.txt"
            i=$((i + 1))
        done
    done
    sleep 3 # settled: the warm runs take the identity links
    bytes=$(cat "$dir"/* | wc -c)
    echo "cache: $n reports, $((bytes / 1048576)) MB"
    t_rg=na
    command -v rg > /dev/null && t_rg=$(best rg -F -c "$Q" "$dir")
    t_none=$(best "$BAOGAO" --no-cache search "$Q" "$dir")
    t_cold=$(best cold "$BAOGAO" search "$Q" "$dir")
    "$BAOGAO" search "$Q" "$dir" > /dev/null 2>&1
    t_warm=$(best "$BAOGAO" search "$Q" "$dir")
    t_list=$(best "$BAOGAO" list "$dir")
    t_list_none=$(best "$BAOGAO" --no-cache list "$dir")
    cbytes=$("$BAOGAO" cache info | awk -F'\t' 'NR == 2 { print $3 }')
    echo "  rg -F -c $Q: $t_rg s"
    echo "  search --no-cache: $t_none s; cold: $t_cold s ($(ratio "$t_cold" "$t_none")x --no-cache); warm: $t_warm s"
    [ "$t_rg" != na ] && echo "  warm search against rg -F: $(ratio "$t_warm" "$t_rg")x its time (target <= 0.2)"
    echo "  list --no-cache: $t_list_none s; warm: $t_list s"
    awk -v c="$cbytes" -v b="$bytes" 'BEGIN { printf "  cache: %.1f MB, %.2f MB per MB of reports\n", c / 1048576, c / b }'
    # The terminal UI on the same reports, to "every report searchable"
    # (tui_start.sh): cold (a new cache), warm, and with --no-cache.
    if command -v tmux > /dev/null; then
        here=$(dirname "$0")
        export XDG_CACHE_HOME=$W/tui-cache
        t_tcold=$(bash "$here/tui_start.sh" "$BAOGAO" "$dir")
        t_twarm=$(bash "$here/tui_start.sh" "$BAOGAO" "$dir")
        t_tnone=$(bash "$here/tui_start.sh" "$BAOGAO" "$dir" --no-cache)
        echo "  TUI to every report searchable: --no-cache $t_tnone s; cold $t_tcold s; warm $t_twarm s (target <= 0.5)"
        export XDG_CACHE_HOME=$W/cache
    fi
    rm -rf "$dir" "$XDG_CACHE_HOME" "$W/tui-cache"
done
