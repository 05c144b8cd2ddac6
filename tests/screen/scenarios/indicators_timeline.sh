# indicators_timeline — in the Indicators view's comparison (c), filtered
# to 地区生产总值, t on 荔湾区's 2023 row shows its timeline under the
# rows: every period the reports state for 荔湾区's 地区生产总值, in
# order, outcomes as bars against the largest single year's, targets ◆
# at their place, a sparkline of the outcomes in the title, the cursor on
# the row's period; j moves it (the rows above stay), Enter shows that
# statement in its sentence in the reader, q (back in the view) closes
# the timeline first.
scr_start 100 30
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
scr_keys_to 'compared across' c
scr_keys /
scr_type '地区生产总值'
scr_keys Enter
for _ in 1 2 3 4 5 6 7; do scr_keys j; done
scr_keys t
scr_golden indicators_timeline
[[ $(scr_screen) == *'timeline: 地区生产总值 · 广州市荔湾区'* ]]
t_check "$SCR_SCENARIO: t: the timeline of 荔湾区's 地区生产总值" $?
order=$(scr_screen | sed -n '/timeline:/,$p' | grep -o '│ 20[0-9-]* [a-z]*' | sed 's/│ //' | tr '\n' '|')
[ "$order" = '2016-2020 actual|2016-2020 target|2020 actual|2020 target|2021-2025 target|2023 actual|2024 target|2025 target|' ]
t_check "$SCR_SCENARIO: every period in order, each kind (got: $order)" $?
[[ $(scr_screen) == *'2023 actual      █'*'1277.93亿元 +4.8% ✓'* && $(scr_screen) == *'2020 target'*'◆'*'1500亿元'* ]]
t_check "$SCR_SCENARIO: an outcome's bar with its value, a target's mark" $?
scr_keys j
scr_keys_to 'Outline' Enter
[[ $(scr_screen) == *'地区生产总值增长5%以上'* && $(scr_screen | tail -1) == *' · 二、 · '* ]]
t_check "$SCR_SCENARIO: Enter on 2024's target: its sentence (增长5%以上, in 二、) in the reader" $?
