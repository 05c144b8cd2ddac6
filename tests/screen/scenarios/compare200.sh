# compare200 — c on 001 in Reports compares it (B) with its region's
# report of the same year, 000 (A), over the whole screen at 200×50: the
# two side by side, divided, B's opening (only in B: + and a note on A's
# side) first; ] goes to the next changed section, whose headings stand
# on one row on both sides (~ 一、2023年国民经济… beside ~ 一、2023年工作回顧),
# the words that differ in the changed role,
# the scroll moving both; j one row down moves both too; d shows the
# numbers (A's targets judged on B, the indicators A / B / Δ), d again
# the texts; q back to the Reports.
scr_start 200 50
scr_wait 'Reports 4'
scr_keys j
scr_keys_to 'Compare ' c
scr_golden compare200
[[ $(scr_screen | sed -n 2p) == *'(only in B)'*'│+  2024年政府工作報告'* ]]
t_check "$SCR_SCENARIO: B's opening first, only in B, A's side saying so" $?
scr_keys ']'
[[ $(scr_screen | sed -n 2p) == '│~ 一、2023年国民经济和社会发展计划执行情况'*'│~ 一、2023年工作回顧'* ]]
t_check "$SCR_SCENARIO: ] the changed 一、 on one row on both sides" $?
[[ $(scr_raw | sed -n 3,20p) == *$'\e[48;5;52m'* ]]
t_check "$SCR_SCENARIO: the changed words in the changed role (the text diff)" $?
row2=$(scr_screen | sed -n 3p)
scr_keys j
[ "$(scr_screen | sed -n 2p)" = "$row2" ]
t_check "$SCR_SCENARIO: j moves both sides one row" $?
[[ $(scr_screen | tail -1) == *'] [ changes  d numbers  t terms  Tab side  q back'* ]]
t_check "$SCR_SCENARIO: the status line's keys" $?
scr_keys d
[[ $(scr_screen) == *'Targets of A'*'地区生产总值'*'2024'*'+5%'* && $(scr_screen | sed -n 1p) == *' · numbers'* ]]
t_check "$SCR_SCENARIO: d: the numbers, A's 2024 地区生产总值 target" $?
scr_keys d
[[ $(scr_screen | sed -n 2p) == *'│~ 一、2023年工作回顧'* || $(scr_screen | sed -n 1p) != *'numbers'* ]]
t_check "$SCR_SCENARIO: d again: the texts" $?
scr_keys q
[[ $(scr_screen | sed -n 1p) == *'Reports 4'* ]]
t_check "$SCR_SCENARIO: q back to the Reports" $?
