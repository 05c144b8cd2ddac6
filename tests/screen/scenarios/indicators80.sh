# indicators80 — i opens the Indicators view of the open report (000) over
# the whole screen at 80×24: a header row, then one row per number (name,
# value and unit in the number colour, change, period, kind, note); the
# columns fit by priority (the name cut with …, never the value); q goes
# back to the home screen as it was.
scr_start 80 24
scr_wait 'Reports 4'
home=$(scr_screen)
scr_keys_to 'Indicators' i
scr_golden indicators80 -e
[[ $(scr_screen) == *'地区生产总值'*'1277.93亿元'*'+4.8%'*'2023'*'actual'* ]]
t_check "$SCR_SCENARIO: 000's 地区生产总值 row: 1277.93亿元, +4.8%, 2023, actual" $?
scr_keys q
[ "$(scr_screen)" = "$home" ]
t_check "$SCR_SCENARIO: q goes back to the home screen" $?
