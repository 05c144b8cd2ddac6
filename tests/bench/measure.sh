# measure.sh — timing helpers of the benchmarks (source it; $W is the
# caller's scratch folder).

# seconds and peak RSS (KiB) of a command, best of 5 runs (shared
# machines are noisy; the best run is the least disturbed)
measure() {
    local best=999999 rss=0 t r
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%e %M' -o "$W/time" "$@" > /dev/null 2>&1
        read -r t r < <(tail -n 1 "$W/time") # after "Command exited with …"
        if awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
        [ "$r" -gt "$rss" ] && rss=$r
    done
    echo "$best $rss"
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1048576 / (s > 0 ? s : 0.001) }'; }
