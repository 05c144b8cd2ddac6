#!/usr/bin/env bash
# run.sh — the screen scenarios: each file in scenarios/ drives the real
# binary in tmux (lib.sh) and compares its screens with golden/NAME.txt
# (and golden/NAME.e.txt, with attributes, where they matter).
#   run.sh [--update] [SCENARIO...]
# --update rewrites the goldens of the scenarios run (review them!); with
# no SCENARIO every scenario runs. Prints "N checks, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --update ]; then
    export SCR_UPDATE=1
    shift
fi
. "$here/lib.sh"
if [ $# -eq 0 ]; then
    set -- $(cd "$here/scenarios" && ls -- *.sh | sed 's/\.sh$//')
fi
_run_start=$(date +%s%N)
for SCR_SCENARIO in "$@"; do
    _run_file="$here/scenarios/$SCR_SCENARIO.sh"
    if [ ! -f "$_run_file" ]; then
        t_check "no scenario $SCR_SCENARIO" 1
        continue
    fi
    _run_failed=$t_fail
    _run_t0=$(date +%s%N)
    # shellcheck source=/dev/null
    . "$_run_file"
    printf '%-14s %s %4d ms\n' "$SCR_SCENARIO" \
        "$([ "$t_fail" -eq "$_run_failed" ] && echo ok || echo FAILED)" \
        $((($(date +%s%N) - _run_t0) / 1000000))
done
printf 'screen scenarios: %d ms\n' $((($(date +%s%N) - _run_start) / 1000000))
t_done
