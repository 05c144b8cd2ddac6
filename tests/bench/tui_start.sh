#!/usr/bin/env bash
# tui_start.sh BAOGAO DIR [ARGS...]: seconds from starting the terminal UI
# (in a private tmux at 120x40) on DIR until every report is searchable:
# the last moment the status line said loading, pairing or indexing (the
# UI says "indexing" only after a quiet second, so the watch goes on for
# 1.5 s of silence) — the first frame after it. Prints the seconds.
B=${1:?usage: tui_start.sh BAOGAO DIR [ARGS...]}
D=${2:?usage: tui_start.sh BAOGAO DIR [ARGS...]}
shift 2
S=tuistart$$
now() { date +%s%N; }
t0=$(now)
tmux -L $S -f /dev/null new-session -d -x 120 -y 40 "$B $* $D"
busy=$t0 seen=0
while :; do
    out=$(tmux -L $S capture-pane -p -t 0 2>/dev/null)
    t=$(now)
    if grep -qE "loading|pairing|indexing" <<< "$out" || ! grep -q quit <<< "$out"; then
        busy=$t
    elif [ $seen -eq 0 ] || [ "$quiet_from" -lt "$busy" ]; then
        quiet_from=$t seen=1
    fi
    [ $seen -eq 1 ] && [ "$quiet_from" -gt "$busy" ] && [ $((t - quiet_from)) -gt 1500000000 ] && break
    [ $((t - t0)) -gt 600000000000 ] && break
    sleep 0.005
done
tmux -L $S kill-server
awk -v a="$t0" -v b="$quiet_from" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
