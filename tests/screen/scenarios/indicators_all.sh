# indicators_all — a: every report's indicators, a report column first
# (district, year, 繁 for the traditional copy); a again: the open
# report's.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
one=$(scr_screen)
scr_keys_to 'every report' a
scr_golden indicators_all
scr_keys /
scr_type '海珠 dqsczz'
[[ $(scr_screen) != *'荔湾区 20'* ]]
t_check "$SCR_SCENARIO: the filter's terms are ANDed over name and region" $?
scr_keys Escape
scr_keys a
[ "$(scr_screen)" = "$one" ]
t_check "$SCR_SCENARIO: a again: the open report's rows" $?
