#!/usr/bin/env bash
# ambiwide.sh — baogao --ambiwide on a terminal that draws East Asian
# Ambiguous characters (“”…—·①) two cells wide: the tmux server runs with
# ambiwide_preload.so (its wcwidth makes them 2, as a CJK terminal in
# ambiguous-wide mode does); the program in the pane does not get it.
# Samples full of them (001: traditional text, “”, mojibake in private
# use; 003: “”…—①) at 80×24 and 120×40: the list, then the reader paged
# through with Space; every screen is checked by ambiwide.py (each line
# exactly the width as that terminal counts it, the borders in their
# columns on every row). Curses must count these characters as the
# layout does, or its cursor drifts and the screen is garbled. Needs
# AMBIWIDE_PRELOAD (meson passes it; default: beside BAOGAO in the build
# tree). Prints "N checks, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${SRCDIR:=$(cd "$here/../.." && pwd)}"
: "${BAOGAO:=$SRCDIR/build/baogao}"
: "${AMBIWIDE_PRELOAD:=$(dirname "$BAOGAO")/tests/libambiwide_preload.so}"
PAGES=${AMBIWIDE_PAGES:-6}
if [ ! -f "$AMBIWIDE_PRELOAD" ]; then
    printf 'FAIL: no %s (build the tests)\n1 checks, 1 failed\n' "$AMBIWIDE_PRELOAD"
    exit 1
fi
# lib.sh starts the tmux server, which keeps LD_PRELOAD; nothing started
# after it gets it, the panes included (and the pane runs env -i).
export LD_PRELOAD=$AMBIWIDE_PRELOAD
. "$here/lib.sh"
unset LD_PRELOAD
tm set-environment -g -u LD_PRELOAD

# The terminal first: after “| the cursor is in column 3, not 2.
SCR_SCENARIO=ambiwide
scr_run 20 3 -- "printf '\342\200\234|'; exec sleep 60"
scr_wait '|'
x=$(tm display -p -t "$SCR_T" '#{cursor_x}')
[ "$x" = 3 ]
t_check "ambiwide: tmux draws “ two cells wide (the cursor is at $x after “|, not 3)" $?
[ "$t_fail" -eq 0 ] || { t_done; exit; }

# ambi_check W PAGE...: ambiwide.py over the pages, its FAIL lines shown
# and its counts added to ours.
ambi_check() {
    local out n m
    out=$("$SCR_PYTHON" -I -S "$here/ambiwide.py" "$@")
    grep -v '^[0-9]* checks, [0-9]* failed$' <<<"$out"
    read -r n _ m _ < <(grep '^[0-9]* checks, [0-9]* failed$' <<<"$out")
    [ -n "${n:-}" ] || { t_check "ambiwide: ambiwide.py gave no count" 1; return; }
    t_pass=$((t_pass + n - m))
    t_fail=$((t_fail + m))
}

for size in 80x24 120x40; do
    w=${size%x*} h=${size#*x}
    for f in 001_2cdd38cdf6c8a87a.txt 003_af7b2255ab1e9056.txt; do
        name=${f%%_*}@$size
        scr_start "$w" "$h" -- --ambiwide "tests/data/$f"
        scr_wait 'Reports 1' || continue
        printf '%s\n' "$SCR_LAST" >"$T_TMP/$name-list.txt"
        pages=("$T_TMP/$name-list.txt")
        scr_keys_to 'q back' Enter || continue
        for ((n = 1; n <= PAGES; n++)); do
            printf '%s\n' "$SCR_LAST" >"$T_TMP/$name-$n.txt"
            pages+=("$T_TMP/$name-$n.txt")
            scr_keys Space || break
        done
        ambi_check "$w" "${pages[@]}"
    done
done
t_done
