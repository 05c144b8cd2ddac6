# indicators_enter — Enter on a row shows its sentence in the reader, the
# number highlighted (the number colour), the focus in the reader; i
# comes back to the table where it was.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
scr_keys /
scr_type '固定资产投资'
scr_keys Enter
table=$(scr_screen)
scr_keys_to 'Tab pane' Enter
raw=$(scr_raw)
[[ $raw == *'38;5;229m540.3'* ]]
t_check "$SCR_SCENARIO: the reader shows 540.3 in the number colour" $?
[[ $(scr_reader) == *'固定资产投资完成540.3亿元'* ]]
t_check "$SCR_SCENARIO: the reader shows the sentence" $?
scr_golden indicators_enter
scr_keys_to 'Indicators' i
[ "$(scr_screen)" = "$table" ]
t_check "$SCR_SCENARIO: i: the table as it was" $?
