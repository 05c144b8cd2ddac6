# find_paste — / opens the search view; a pasted Chinese string arrives
# whole (send-keys -l: one write) and the hits of every report are listed
# as it arrives (001's traditional 固定資產投資 too, and 004, a near-duplicate
# of 003, after it, marked ≈); Enter shows the first hit highlighted in the
# reader (the report's other hit marked too), n the next one.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_keys '/'
scr_type '固定资产投资'
scr_golden find_prompt
view=$(scr_screen)
[[ $view == *固定資產投資* && $view == *'12 hits in 5 reports'* ]]
t_check "$SCR_SCENARIO: every report's hits, traditional ones too" $?
[[ $view == *'≈ 广州市荔湾区国民经济和社会发展第十四个五年规划'* ]]
t_check "$SCR_SCENARIO: the near-duplicate's hits after its primary's, marked ≈" $?
scr_keys Enter
scr_golden find_match -e
scr_keys n
[[ $(scr_screen | tail -n 1) == *'hit 2 of 12'* ]]
t_check "$SCR_SCENARIO: n goes to the next hit" $?
