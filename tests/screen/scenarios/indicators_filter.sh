# indicators_filter — / filters the rows as you type, folded as search
# folds: 固定资产 (typed), 固定資產 (traditional) and gdzc (pinyin
# initials) give the same rows; a word nothing has says so; Esc clears
# the filter, Enter keeps it.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
all=$(scr_screen)
scr_keys /
scr_type '固定'
one=$(scr_screen)
scr_type '资产'
scr_golden indicators_filter
typed=$(scr_screen | sed '$d')
scr_keys C-u
scr_type '固定資產'
[ "$(scr_screen | sed '$d')" = "$typed" ]
t_check "$SCR_SCENARIO: traditional 固定資產 gives the rows of 固定资产" $?
scr_keys C-u
scr_type 'gdzc'
[ "$(scr_screen | sed '$d')" = "$typed" ]
t_check "$SCR_SCENARIO: pinyin gdzc gives the rows of 固定资产" $?
[ "$one" != "$typed" ]
t_check "$SCR_SCENARIO: the rows follow each typed character" $?
scr_keys C-u
scr_type '不存在的指标'
[[ $(scr_screen) == *'no indicator matches the filter'* ]]
t_check "$SCR_SCENARIO: a filter nothing matches says so" $?
scr_keys Escape
[ "$(scr_screen)" = "$all" ]
t_check "$SCR_SCENARIO: Esc clears the filter" $?
scr_keys /
scr_type 'gdzctz'
scr_keys Enter
[[ $(scr_screen | tail -n 1) == *'filter: gdzctz'* && $(scr_screen) == *'固定资产投资'* ]]
t_check "$SCR_SCENARIO: Enter keeps the filter (the status line says it)" $?
