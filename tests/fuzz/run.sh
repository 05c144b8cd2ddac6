#!/usr/bin/env bash
# run.sh — ./run fuzz's runner: each fuzz target of a -Dfuzz=true build
# for SECONDS on one core (one process, no -jobs), one after the other,
# then a line per target: executions, edges reached (libFuzzer's cov),
# corpus size, and what it found.
#   bash tests/fuzz/run.sh BUILD SECONDS [TARGET...]
# A target's saved corpus, tests/fuzz/corpus/NAME/ (the suite replays it),
# is read as seeds and never written but for a crasher: libFuzzer saves
# it there (-artifact_prefix) as crash-SHA1, timeout-SHA1 or oom-SHA1, and
# the suite fails on it until it is fixed. The inputs it finds on the way
# go to BUILD/fuzz-corpus/NAME/, kept between runs; BUILD/fuzz-NAME.log is
# libFuzzer's output. Exit status 1 when any target found something.
set -uo pipefail
cd "$(dirname "$0")/../.."
BUILD=$1
SECONDS_EACH=$2
shift 2
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(pipeline csv html search out docx pdf)

# The longest input per target: a report file (pipeline, a Word package
# or its XML parts (docx), and the search
# target's query line plus a file) up to 64 KiB: the stages' costs are
# per line and per paragraph, so longer adds time, not paths; a CSV
# export's rows and the row writer's plan need less.
max_len() {
    case $1 in
        pipeline|search|docx) echo 65536 ;;
        pdf) echo 131072 ;;
        csv) echo 16384 ;;
        *) echo 4096 ;;
    esac
}

found=0
summary=()
for t in "${TARGETS[@]}"; do
    bin=$BUILD/tests/fuzz_$t
    seeds=tests/fuzz/corpus/$t
    work=$BUILD/fuzz-corpus/$t
    log=$BUILD/fuzz-$t.log
    [ -x "$bin" ] || { echo "fuzz: no $bin (a -Dfuzz=true build?)" >&2; exit 2; }
    mkdir -p "$work"
    echo "fuzz: $t for ${SECONDS_EACH}s (log: $log)" >&2
    # UBSan's findings are crashes (the libraries are built with
    # -fno-sanitize-recover; halt_on_error for anything else); so are
    # ASan's and, at the end of an input, a leak (libFuzzer's default).
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$bin" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$t")" \
            -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$seeds/" "$work" "$seeds" >"$log" 2>&1
    status=$?
    # The last status line: "#N DONE cov: E ft: F corp: C/S ...".
    last=$(grep -aE '^#[0-9]+' "$log" | tail -n 1)
    runs=$(grep -aoE '^stat::number_of_executed_units: *[0-9]+' "$log" |
           grep -oE '[0-9]+$')
    [ -n "$runs" ] || runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/\1/p' <<<"$last")
    what="nothing found"
    if [ $status -ne 0 ]; then
        found=1
        art=$(sed -nE "s/.*Test unit written to (.*)$/\1/p" "$log" | tail -n 1)
        what="FOUND (exit $status): ${art:-see $log}"
        grep -aE '^(fuzz: |SUMMARY: )' "$log" | head -n 2 >&2
    fi
    summary+=("$(printf '%-9s %10s executions  cov %5s edges  corpus %s  %s' \
        "$t" "${runs:-?}" "${cov:-?}" "${corp:-?}" "$what")")
done
printf '%s\n' "${summary[@]}"
exit $found
