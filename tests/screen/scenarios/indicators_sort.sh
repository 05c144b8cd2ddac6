# indicators_sort — > sorts by the next column (the header marks it ↑):
# twice is the value column, by amount, the rows without a value last; r
# reverses it (↓); < back to the name column, ↑; < again: the report's
# order.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
first=$(scr_screen)
scr_keys '>'
[[ $(scr_screen) == *'name↑'* ]]
t_check "$SCR_SCENARIO: > sorts by the name (name↑)" $?
scr_keys '>'
scr_golden indicators_sort_value
scr_keys r
scr_golden indicators_sort_value_desc
scr_keys '<'
[[ $(scr_screen) == *'name↓'* ]]
t_check "$SCR_SCENARIO: < goes back to the name, the direction kept (name↓)" $?
scr_keys r
scr_keys '<'
[ "$(scr_screen)" = "$first" ]
t_check "$SCR_SCENARIO: before the first column: the report's order again" $?
