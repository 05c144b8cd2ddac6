# mono_vt220 — TERM=vt220 (no colours): the home screen in bold, reverse
# and underline only; capture-pane -e shows no colour sequence.
scr_start 80 24 TERM=vt220
scr_wait 'Reports 4'
scr_refresh
scr_golden mono_vt220 -e
tm capture-pane -p -e -t "$SCR_T" | scr_py colours
t_check "$SCR_SCENARIO: no colour sequences" $?
