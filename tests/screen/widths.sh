#!/usr/bin/env bash
# widths.sh — no double-width character is ever cut: every sample opened
# alone (its path on the command line) at widths 79, 80 and 81 (height
# 40) and paged through with Space to its end (or 40 pages); every page
# is checked by screen.py widths: each line exactly the window's width,
# borders whole, no reader row starting with a forbidden punctuation
# mark (or ending with an opening one), every reader row of text (and
# every pair of rows of one block) text of the report. The three widths
# run side by side, one tmux session each. Prints "N checks, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
PAGES=${WIDTHS_PAGES:-40}
HEIGHT=40

# width_run W: every sample at W×HEIGHT in session wW; FAIL lines and a
# count line on stdout.
width_run() {
    local w=$1 f name pages n
    SCR_T=w$w
    SCR_SCENARIO=widths
    for f in $SAMPLES; do
        name=${f%%_*}
        "$BAOGAO" cat "$DATA/$f" >"$T_TMP/$name.clean"
        scr_start "$w" "$HEIGHT" -- "tests/data/$f"
        scr_wait 'Reports 1' || continue
        scr_keys_to 'q back' Enter || continue
        pages=()
        # SCR_LAST is the settled screen (capture-pane -e) after each key.
        for ((n = 1; n <= PAGES; n++)); do
            printf '%s\n' "$SCR_LAST" >"$T_TMP/$name-$w-$n.txt"
            pages+=("$T_TMP/$name-$w-$n.txt")
            [[ ${SCR_LAST##*$'\n'} == *' 100%'* ]] && break
            scr_keys Space || break
        done
        printf 'widths: %s at %d: %d pages\n' "$name" "$w" "${#pages[@]}" >&2
        scr_py widths "$w" --text "$T_TMP/$name.clean" --name "$name@$w" "${pages[@]}"
    done
    printf '%d checks, %d failed\n' "$((t_pass + t_fail))" "$t_fail"
}

start=$(date +%s%N)
for w in 79 80 81; do
    width_run "$w" >"$T_TMP/width-$w.out" 2>"$T_TMP/width-$w.err" &
done
wait
for w in 79 80 81; do
    cat "$T_TMP/width-$w.err" >&2
    grep -v '^[0-9]* checks, [0-9]* failed$' "$T_TMP/width-$w.out"
    while read -r n _ m _; do
        t_pass=$((t_pass + n - m))
        t_fail=$((t_fail + m))
    done < <(grep '^[0-9]* checks, [0-9]* failed$' "$T_TMP/width-$w.out")
done
printf 'widths: %d ms\n' $((($(date +%s%N) - start) / 1000000)) >&2
t_done
