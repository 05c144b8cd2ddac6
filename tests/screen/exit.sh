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

# A shell in the pane runs baogao between two stty -g and records its
# exit status; "done" marks the end.
cat >"$T_TMP/wrap.sh" <<WRAP
stty -g >"$T_TMP/stty.before"
sh -c 'echo \$\$ >"$T_TMP/pid"; exec "\$0" --narrow' "$BAOGAO"
echo \$? >"$T_TMP/rc"
stty -g >"$T_TMP/stty.after"
echo done >"$T_TMP/done"
exec sleep 600
WRAP

# is_baogao PID: PID runs baogao (/proc, not ps: procps may be missing).
is_baogao() { [ "$(cat "/proc/$1/comm" 2>/dev/null)" = baogao ]; }

# start_wrapped: the wrapper in a fresh 80×24 session, baogao's home
# screen up; sets PID to baogao's pid.
start_wrapped() {
    rm -f "$T_TMP/stty.before" "$T_TMP/stty.after" "$T_TMP/rc" "$T_TMP/done" \
        "$T_TMP/pid"
    scr_run 80 24 -- "exec sh $T_TMP/wrap.sh"
    scr_wait 'Reports 4' || return 1
    PID=$(cat "$T_TMP/pid" 2>/dev/null)
    is_baogao "$PID" || { t_check "$1: baogao's pid ($PID)" 1; return 1; }
}

# wait_done: until the wrapper has recorded the end (the time limit).
wait_done() {
    local i=0
    while [ ! -f "$T_TMP/done" ] && [ $i -lt "$SCR_POLLS" ]; do
        sleep 0.02
        i=$((i + 1))
    done
    [ -f "$T_TMP/done" ]
}

# check_restored NAME RC: exit status RC, terminal modes as before.
check_restored() {
    wait_done
    t_check "$1: the program ended" $?
    [ "$(cat "$T_TMP/rc" 2>/dev/null)" = "$2" ]
    t_check "$1: exit status $2 (got $(cat "$T_TMP/rc" 2>/dev/null))" $?
    cmp -s "$T_TMP/stty.before" "$T_TMP/stty.after"
    t_check "$1: stty -g is as before" $?
    local modes
    modes=$(tm display -p -t "$SCR_T" \
        '#{alternate_on} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag} #{mouse_any_flag} #{insert_flag}')
    [ "$modes" = "0 1 0 0 0 0" ]
    t_check "$1: normal screen, cursor on, keypad, mouse and insert off (alternate cursor keypad keypad-cursor mouse insert: $modes)" $?
}

# gone_in NAME: baogao ($PID) is gone within LIMIT_MS.
gone_in() {
    local t0 ms
    t0=$(date +%s%N)
    scr_gone "$PID" "$LIMIT_MS"
    local st=$?
    ms=$((($(date +%s%N) - t0) / 1000000))
    t_check "$1: the process is gone within $LIMIT_MS ms (took $ms ms)" $st
    printf 'exit: %s: gone in %d ms\n' "$1" "$ms" >&2
}

start=$(date +%s%N)

# q from the Reports pane.
if start_wrapped 'q'; then
    tm send-keys -t "$SCR_T" q
    check_restored 'q from Reports' 0
fi

# q from the reader goes back to Reports; the second q quits.
if start_wrapped 'q q'; then
    scr_keys_to 'q back' Enter
    scr_keys_to 'q quit' q
    is_baogao "$PID" && [ ! -f "$T_TMP/done" ]
    t_check 'q in the reader only goes back' $?
    tm send-keys -t "$SCR_T" q
    check_restored 'q from the reader, then q' 0
fi

# Ctrl-C is a key in raw mode: quit at once.
if start_wrapped 'C-c'; then
    scr_keys_to 'q back' Enter
    tm send-keys -t "$SCR_T" C-c
    check_restored 'Ctrl-C' 0
fi

# Signals: the process goes within the limit, the terminal is restored
# and the status says which signal (128 + its number).
for sig in INT TERM HUP; do
    if start_wrapped "SIG$sig"; then
        kill -s "$sig" "$PID"
        gone_in "SIG$sig"
        check_restored "SIG$sig" $((128 + $(kill -l "$sig")))
    fi
done

# The terminal goes away: tmux kill-session closes the pane's pty.
scr_start 80 24
scr_wait 'Reports 4'
PID=$(scr_pid)
if [ -n "$PID" ] && is_baogao "$PID"; then
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
