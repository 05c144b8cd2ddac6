#!/usr/bin/env bash
# exit.sh — leaving the terminal UI: q (from the Reports pane, and from
# the reader: q back, then q), Ctrl-C, SIGINT, SIGTERM and SIGHUP end the
# program promptly with the terminal as it was (stty -g before and after,
# tmux's view of the terminal modes: normal screen, cursor shown, keypad
# and mouse reporting off); tmux kill-session (the terminal goes away)
# ends it within 1 s. Prints "N checks, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
SCR_SCENARIO=exit
# The time the process has to go after a signal or hang-up: 1 s, more in
# a sanitizer build (its leak check runs at exit).
LIMIT_MS=1000
[ "$SCR_TIMEOUT" -gt 5 ] && LIMIT_MS=3000

# start_wrapped NAME: baogao under the recording shell (scr_wrapped) in a
# fresh 80×24 session, its home screen up; sets PID to baogao's pid.
start_wrapped() {
    scr_wrapped 80 24
    scr_wait 'Reports 4' || return 1
    PID=$(cat "$T_TMP/pid" 2>/dev/null)
    scr_is_baogao "$PID" || { t_check "$1: baogao's pid ($PID)" 1; return 1; }
}

gone_in() { scr_gone_in "$1" "$PID" "$LIMIT_MS"; }

start=$(date +%s%N)

# q from the Reports pane.
if start_wrapped 'q'; then
    tm send-keys -t "$SCR_T" q
    scr_restored 'q from Reports' 0
fi

# q from the reader goes back to Reports; the second q quits.
if start_wrapped 'q q'; then
    scr_keys_to 'q back' Enter
    scr_keys_to 'q quit' q
    scr_is_baogao "$PID" && [ ! -f "$T_TMP/done" ]
    t_check 'q in the reader only goes back' $?
    tm send-keys -t "$SCR_T" q
    scr_restored 'q from the reader, then q' 0
fi

# Ctrl-C is a key in raw mode: quit at once.
if start_wrapped 'C-c'; then
    scr_keys_to 'q back' Enter
    tm send-keys -t "$SCR_T" C-c
    scr_restored 'Ctrl-C' 0
fi

# Signals: the process goes within the limit, the terminal is restored
# and the status says which signal (128 + its number).
for sig in INT TERM HUP; do
    if start_wrapped "SIG$sig"; then
        kill -s "$sig" "$PID"
        gone_in "SIG$sig"
        scr_restored "SIG$sig" $((128 + $(kill -l "$sig")))
    fi
done

# The terminal goes away: tmux kill-session closes the pane's pty.
scr_start 80 24
scr_wait 'Reports 4'
PID=$(scr_pid)
if [ -n "$PID" ] && scr_is_baogao "$PID"; then
    tm kill-session -t "$SCR_T"
    gone_in 'kill-session'
else
    t_check "kill-session: baogao's pid ($PID)" 1
fi

# The same while the find prompt is open and after a resize (states
# with their own input handling).
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_keys '/'
scr_type '投资'
PID=$(scr_pid)
tm kill-session -t "$SCR_T"
gone_in 'kill-session in the find prompt'

printf 'exit: %d ms\n' $((($(date +%s%N) - start) / 1000000)) >&2
t_done
