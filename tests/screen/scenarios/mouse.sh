# mouse — a click on a report opens it, the wheel over the reader scrolls
# it (SGR mouse reports, as xterm-256color's terminfo expects, typed into
# the pane); with --no-mouse the same bytes open nothing.
# click X Y [BUTTON]: press (and release, for a button) at 1-based column
# X, row Y.
click() {
    local b=${3:-0}
    printf '\033[<%d;%d;%dM' "$b" "$1" "$2"
    [ "$b" -ge 64 ] || printf '\033[<%d;%d;%dm' "$b" "$1" "$2"
}
scr_start 80 24
scr_wait 'Reports 4'
scr_type "$(click 5 3)"
scr_wait '2024年政府工作報告 · '
t_check "$SCR_SCENARIO: a click on the second report opens it" 0
before=$(scr_reader | head -n 1)
scr_type "$(click 40 10 65)" # wheel down over the reader
after=$(scr_reader | head -n 1)
[ "$before" != "$after" ]
t_check "$SCR_SCENARIO: the wheel scrolls the reader" $?
scr_start 80 24 -- --no-mouse
scr_wait 'Reports 4'
home=$(scr_screen)
tm send-keys -t "$SCR_T" -l "$(click 5 3)"
scr_keys Tab Tab Tab # settle: three Tabs bring the focus back
now=$(scr_screen)
[[ $now == *'Reports 4'* && $now != *'2024年政府工作報告 · '* ]]
t_check "$SCR_SCENARIO: with --no-mouse a click opens nothing (and quits nothing)" $?
