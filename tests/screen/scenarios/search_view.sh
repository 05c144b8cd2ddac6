# search_view — typing updates the list on every character (经 then 经济),
# pinyin initials find the same words (gdzctz), a query with no hit says
# so, arrows move the selection, Esc closes the view and leaves the home
# screen as it was.
scr_start 80 24
scr_wait 'Reports 4'
home=$(scr_screen)
scr_keys '/'
scr_type '经'
one=$(scr_screen | tail -n 1)
scr_type '济'
two=$(scr_screen | tail -n 1)
[ "$one" != "$two" ] && [[ $two == */经济* ]]
t_check "$SCR_SCENARIO: the list follows each typed character ($two)" $?
scr_keys C-u
scr_type 'gdzctz'
[[ $(scr_screen) == *固定资产投资* ]]
t_check "$SCR_SCENARIO: pinyin initials find 固定资产投资" $?
scr_keys C-u
scr_type '不存在的词语'
[[ $(scr_screen) == *'no hit'* ]]
t_check "$SCR_SCENARIO: a query with no hit says so" $?
scr_keys Escape
[ "$(scr_screen)" = "$home" ]
t_check "$SCR_SCENARIO: Esc closes the view" $?
scr_keys '/'
scr_type '经济'
scr_keys_to 'q back' Enter
raw=$(scr_raw)
[[ $raw == *'48;5;25m'* && $raw == *'48;5;94m'* ]]
t_check "$SCR_SCENARIO: Enter shows the hit (current: the selection colour) and the report's other hits (the hit colour) in the reader" $?
