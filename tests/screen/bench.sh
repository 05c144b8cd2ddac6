#!/usr/bin/env bash
# bench.sh — benchmarks of the terminal UI in tmux (not a test: prints
# numbers, never fails):
#   - time to first paint: from starting the program in a fresh tmux
#     session to the first capture that shows the Reports title, on the
#     bundled corpus and on 2,000 files (hard links to the samples under
#     varied names in 20 folders); median of 5 runs, and net of the same
#     measure for a program that prints the title at once (tmux's share)
#   - keys while the Indicators view groups those 2,000 files: c, then w
#     and Esc and j until the groups come, q and Q (ms each, once)
#   - key to screen at 200×60: send-keys j in the reader until the screen
#     has changed, median of 30, net of the same for less (an upper bound
#     of the time to draw one frame)
#   - bytes sent to the terminal (tmux pipe-pane) for one j and for one
#     page down in the reader, against less on the same clean text
#     (baogao cat FILE) at the same size in the same run, and the ratio;
#     then how many of them are control bytes (escape sequences, CR, LF,
#     BS: moves, scrolling, attributes) — the rest is the text of the new
#     lines, which depends on what they hold (the two programs do not show
#     the same part of the report after one page down)
# Usage: bench.sh [BAOGAO]   (or BAOGAO and SRCDIR in the environment)
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] && BAOGAO=$1
. "$here/lib.sh"
SCR_SCENARIO=bench
LESS_BIN=$(command -v less || true)

now_ns() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "-" }'; }

# first_paint_ms W H MARKER CMD: ms from new-session to a capture that
# holds MARKER (polled without pause: ~3 ms resolution).
first_paint_ms() {
    local w=$1 h=$2 marker=$3 cmd=$4 t0 i=0
    tm kill-session -t "$SCR_T" >/dev/null 2>&1
    t0=$(now_ns)
    tm new-session -d -s "$SCR_T" -c "$SRCDIR" -x "$w" -y "$h" "$cmd"
    while [ $i -lt 20000 ]; do
        if [[ $(tm capture-pane -p -t "$SCR_T" 2>/dev/null) == *"$marker"* ]]; then
            echo $((($(now_ns) - t0) / 1000000))
            return
        fi
        i=$((i + 1))
    done
    echo 99999
}

env_cmd() { # the program's command line, in the fixed environment
    scr_env
    printf 'exec env -i %s %s' "$(printf '%q ' "${SCR_ENV[@]}")" "$(printf '%q ' "$@")"
}

paint() { # paint LABEL ARGS...: median first paint over 5 runs
    local label=$1 cmd
    shift
    cmd=$(env_cmd "$BAOGAO" --narrow "$@")
    local ms
    ms=$(for _ in 1 2 3 4 5; do first_paint_ms 80 24 'Reports' "$cmd"; done | median)
    printf '%-44s %6s ms   (net of tmux: %s ms)\n' "first paint, $label" "$ms" \
        "$((ms - BASE))"
}

# ---- first paint ---------------------------------------------------------
BASE=$(for _ in 1 2 3 4 5; do
    first_paint_ms 80 24 'Reports' "$(env_cmd sh -c 'printf "Reports\n"; exec sleep 60')"
done | median)
printf '%-44s %6s ms\n' 'tmux: new-session to a printed title' "$BASE"
paint 'bundled corpus (5 files)'

many="$T_TMP/many"
for d in $(seq -w 1 20); do mkdir -p "$many/d$d"; done
for f in $SAMPLES; do cp "$DATA/$f" "$many/${f%%_*}.src"; done
n=0
for i in $(seq 1 400); do
    for f in $SAMPLES; do
        n=$((n + 1))
        ln "$many/${f%%_*}.src" "$many/d$(printf %02d $((n % 20 + 1)))/r$(printf %04d "$n")_${f%%_*}_$RANDOM.txt"
    done
done
rm -f "$many"/*.src
printf '%-44s %6s\n' '  (files made for the next line)' "$(find "$many" -name '*.txt' | wc -l)"
paint '2,000 files (160 MB)' "$many"
# What the same load costs without the UI: parsing alone (check), and
# parsing with the near-duplicate pairing the UI also does (list).
for verb in check list; do
    t0=$(now_ns)
    "$BAOGAO" "$verb" "$many" >/dev/null 2>&1
    printf '%-44s %6s ms\n' "  baogao $verb on the same 2,000 files" \
        "$((($(now_ns) - t0) / 1000000))"
done

# ---- keys while the Indicators view groups 2,000 reports (issue 11) ------
# c in the Indicators view groups every report, a slice at a time: ms from
# send-keys to the screen showing what the key does (polled without pause),
# while it groups; j is timed again and again until the groups come.
ms_since() { echo $((($(now_ns) - $1) / 1000000)); }
until_shows() { while [[ $(tm capture-pane -p -t "$SCR_T" 2>/dev/null) != *"$1"* ]]; do :; done; }
key_shows_ms() { # key_shows_ms TEXT KEY: ms to a screen holding TEXT
    local t0
    t0=$(now_ns)
    tm send-keys -t "$SCR_T" "$2"
    until_shows "$1"
    ms_since "$t0"
}
key_changes_ms() { # key_changes_ms KEY: ms to a changed screen
    local t0 s0
    s0=$(scr_raw)
    t0=$(now_ns)
    tm send-keys -t "$SCR_T" "$1"
    while [ "$(scr_raw)" = "$s0" ]; do :; done
    ms_since "$t0"
}
settle() { # loaded and indexed (3 s without a word of it): only the keys' work
    local quiet=0 s
    SCR_POLLS=$((SCR_POLLS * 20)) SCR_CHANGE=0 SCR_PRED=scr_loaded scr_until 'Reports' 'loaded'
    while [ $quiet -lt 30 ]; do
        s=$(tm capture-pane -p -t "$SCR_T")
        if [[ $s == *indexing* || $s == *'reports read'* ]]; then quiet=0; else quiet=$((quiet + 1)); fi
        sleep 0.1
    done
}
quit_ms() { # Q: ms to the process gone
    local pid t0
    pid=$(scr_pid)
    t0=$(now_ns)
    tm send-keys -t "$SCR_T" Q
    while kill -0 "$pid" 2>/dev/null; do :; done
    ms_since "$t0"
}
scr_start 120 40 -- "$many"
settle
scr_keys_to 'Indicators' i
for round in alone keys; do
    t0=$(now_ns)
    c_ms=$(key_shows_ms 'grouping 2000' c)
    if [ $round = keys ]; then
        w_ms=$(key_shows_ms 'write CSV to' w)
        esc_ms=$(key_shows_ms 'nothing written' Escape)
        js=$(while [[ $(tm capture-pane -p -t "$SCR_T") == *'grouping 2000'* ]]; do
            key_changes_ms j; done | sort -n | tr '\n' ' ')
    fi
    until_shows 'compared across'
    all_ms=$(ms_since "$t0")
    if [ $round = alone ]; then
        printf '%-44s %6s ms   ("grouping…" on screen in %s ms)\n' \
            'c on 2,000 reports, to the groups' "$all_ms" "$c_ms"
    else
        printf '%-44s %6s ms   (w to its prompt %s ms, Esc %s ms with ESCDELAY; j, each: %s ms)\n' \
            '  the same, keys pressed meanwhile' "$all_ms" "$w_ms" "$esc_ms" "$js"
    fi
    scr_keys c # back to the open report's
done
key_shows_ms 'grouping 2000' c >/dev/null
printf '%-44s %6s ms\n' '  q while grouping, to the reports again' "$(key_shows_ms 'Outline' q)"
scr_keys_to 'grouping 2000' i
printf '%-44s %6s ms\n' '  Q while grouping, to the process gone' "$(quit_ms)"
scr_start 120 40 -- "$many"
settle
printf '%-44s %6s ms\n' '  Q at rest, to the process gone' "$(quit_ms)"

# ---- key to screen at 200×60 ---------------------------------------------
# key_ms: median ms from send-keys to a changed screen over 30 keys.
key_ms() {
    local k i s0 t0
    for ((i = 0; i < 30; i++)); do
        s0=$(scr_raw)
        t0=$(now_ns)
        tm send-keys -t "$SCR_T" "$1"
        while [ "$(scr_raw)" = "$s0" ]; do :; done
        echo $((($(now_ns) - t0) / 1000))
    done | median
}
FILE=tests/data/003_af7b2255ab1e9056.txt
"$BAOGAO" cat "$SRCDIR/$FILE" >"$T_TMP/clean.txt"
scr_start 200 60 -- "$FILE"
scr_wait 'Reports 1'
scr_keys_to 'q back' Enter
b_us=$(key_ms j)
if [ -n "$LESS_BIN" ]; then
    scr_run 200 60 LESSHISTFILE=- LESS= -- "exec less $T_TMP/clean.txt"
    scr_wait '以此件为准'
    l_us=$(key_ms j)
else
    l_us=-
fi
printf '%-44s %6s µs   (less: %s µs; one frame ≤ the difference: %s µs)\n' \
    'key to screen, j in the reader, 200×60' "$b_us" "$l_us" \
    "$([ "$l_us" != - ] && echo $((b_us - l_us)) || echo -)"

# ---- frame drawing time ----------------------------------------------------
# The UI logs each frame's drawing time (µs) to BAOGAO_FRAME_LOG.
frames="$T_TMP/frames"
scr_start 200 60 "BAOGAO_FRAME_LOG=$frames" -- "$FILE"
scr_wait 'Reports 1'
scr_keys_to 'q back' Enter
for _ in $(seq 1 20); do scr_keys j; done
for _ in $(seq 1 10); do scr_keys Space; done
scr_keys z
for _ in $(seq 1 20); do scr_keys j; done
sort -n "$frames" | awk '{ v[NR] = $1 } END { printf "%-44s %6d µs median, %d µs p95, %d µs max (%d frames)\n", "one frame drawn at 200×60", v[int((NR + 1) / 2)], v[int(NR * 0.95)], v[NR], NR }'

# ---- bytes per key ---------------------------------------------------------
# control_of FILE: how many bytes of FILE are escape sequences or control
# characters.
control_of() {
    "$SCR_PYTHON" -I -S -c '
import re, sys
ctl = re.compile(rb"\x1b(\[[0-9;?]*[ -/]*[@-~]|[()][0-9A-Za-z]|.)|[\x00-\x1f\x7f]", re.S)
print(sum(len(m.group()) for m in ctl.finditer(open(sys.argv[1], "rb").read())))
' "$1"
}

# bytes_for KEY: bytes the pane's program writes for one KEY, with the
# screen settled before and after, and how many of them are control bytes
# ("TOTAL CONTROL").
bytes_for() {
    local out="$T_TMP/pipe.$RANDOM" i=0 size=-1 last=-2
    : >"$out"
    tm pipe-pane -O -t "$SCR_T" "cat >>$out"
    tm send-keys -t "$SCR_T" "$1"
    SCR_CHANGE=1 scr_until "" "a change after $1" >/dev/null
    tm pipe-pane -t "$SCR_T" # closes the pipe: cat sees the end
    while [ $i -lt 50 ] && [ "$size" != "$last" ]; do
        last=$size
        sleep 0.02
        size=$(wc -c <"$out")
        i=$((i + 1))
    done
    echo "$size $(control_of "$out")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# report LABEL "TOTAL CONTROL" "LESS_TOTAL LESS_CONTROL"
report() {
    local b=($2) l=($3)
    printf '%-44s %6s B    (less: %s B, ratio %s; control bytes %s, less %s)\n' \
        "$1" "${b[0]}" "${l[0]}" "$(ratio "${b[0]}" "${l[0]}")" "${b[1]}" "${l[1]:--}"
}

for size in "80 24" "200 60"; do
    set -- $size
    scr_start "$1" "$2" -- "$FILE"
    scr_wait 'Reports 1'
    scr_keys_to 'q back' Enter
    scr_keys Space # into the text, off the title page
    bj=$(bytes_for j)
    bp=$(bytes_for Space)
    scr_keys z # the reader on the whole screen: full-width lines scroll
    zj=$(bytes_for j)
    zp=$(bytes_for Space)
    if [ -n "$LESS_BIN" ]; then
        scr_run "$1" "$2" LESSHISTFILE=- LESS= -- "exec less $T_TMP/clean.txt"
        scr_wait '以此件为准'
        scr_keys Space
        lj=$(bytes_for j)
        lp=$(bytes_for Space)
    else
        lj=- lp=-
    fi
    report "bytes for j in the reader, $1×$2" "$bj" "$lj"
    report "bytes for a page down, $1×$2" "$bp" "$lp"
    report "bytes for j, reader zoomed (z), $1×$2" "$zj" "$lj"
    report "bytes for a page down, zoomed, $1×$2" "$zp" "$lp"
done
t_done >/dev/null || true
