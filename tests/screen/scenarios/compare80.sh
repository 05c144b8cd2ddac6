# compare80 — the Compare view at 80×24, narrower than side by side: v
# marks 000 and 001 (* in the margin), c compares them; one side at a
# time, B first ([B …] in the title), Tab switches to A ([A …]) on the
# same rows, ] keeps both sides on the changed section (after Tab back,
# B's 一、 is on the same row A's was); usable: the status line's keys fit;
# with NO_COLOR the changed words are underlined, not coloured.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys v
[[ $(scr_screen | sed -n 2p) == '│*荔湾区 2024 计划执行'* ]]
t_check "$SCR_SCENARIO: v marks 000 with *" $?
scr_keys j
scr_keys v
scr_keys_to 'Compare ' c
scr_golden compare80
[[ $(scr_screen | sed -n 1p) == *'[B 荔湾区 2024 政府工作报告]'* ]]
t_check "$SCR_SCENARIO: B shown first, named in brackets" $?
scr_keys Tab
[[ $(scr_screen | sed -n 1p) == *'[A 荔湾区 2024 计划执行情况]'* && $(scr_screen | sed -n 2p) == *'(only in B)'* ]]
t_check "$SCR_SCENARIO: Tab: A, the same rows (B's opening is only in B)" $?
scr_keys ']'
a=$(scr_screen | sed -n 2p)
scr_keys Tab
b=$(scr_screen | sed -n 2p)
[[ $a == '│~ 一、2023年国民经济和社会发展计划执行情况'* && $b == '│~ 一、2023年工作回顧'* ]]
t_check "$SCR_SCENARIO: the changed 一、 on the same row of A and of B (got: $a / $b)" $?
[[ $(scr_screen | tail -1) == *'d numbers  t terms  Tab side  q back'* ]]
t_check "$SCR_SCENARIO: the keys fit at 80 columns" $?
# monochrome: the changes are attributes (underline), not colour alone
scr_start 80 24 NO_COLOR=1
scr_wait 'Reports 4'
scr_keys v
scr_keys j
scr_keys v
scr_keys_to 'Compare ' c
scr_keys ']'
raw=$(scr_raw | sed -n 2,22p)
[[ $raw == *$'\e[4m'* || $raw == *';4m'* || $raw == *$'\e[1;4m'* ]] && [[ $raw != *'38;5;'* ]]
t_check "$SCR_SCENARIO: NO_COLOR: the changed words underlined, no colour" $?
