# too_small — at 50×10 the "terminal too small" screen and no crash;
# at 60×15 (the minimum) the full layout; at 80×24 the
# home screen as if nothing happened.
scr_start 50 10
scr_wait 'terminal too small'
scr_golden too_small
scr_resize 60 15
scr_wait 'Reports 4' # loading may still go on behind the message
scr_refresh
scr_golden min_60x15
scr_resize 80 24
scr_refresh
scr_same_as home80
[ -n "$(scr_pid)" ]
t_check "$SCR_SCENARIO: still running" $?
