# script001 — 001 (traditional) in its own script at its first chapter
# heading, then s: the reader, its title, the Outline in simplified (→简
# in the title, 經濟 → 经济, 報告 → 报告), s again: traditional (→繁);
# the search view in simplified shows 001's hits simplified.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys_to '工作報告 ·' Enter
scr_keys ']'
scr_keys ']'
scr_golden script001_original
scr_keys_to '→简' s
scr_golden script001_simplified
reader=$(scr_reader)
[[ $reader != *經濟* && $reader == *经济* ]]
t_check "$SCR_SCENARIO: the simplified reader shows 经济, not 經濟" $?
screen=$(scr_screen)
[[ $screen != *經濟* && $screen != *報告* && $screen == *'（一）全力拼经济'* ]]
t_check "$SCR_SCENARIO: outline and title simplified too (no 經濟, no 報告)" $?
scr_keys_to '→繁' s
scr_golden script001_traditional
# The search view follows the script too: in simplified, 001's hit of
# 全力拼经济 (全力拼經濟 in the file) and its report's title read simplified.
scr_keys_to '→简' s s
scr_keys /
scr_type 全力拼经济
scr_wait 'hits in'
screen=$(scr_screen)
[[ $screen != *經濟* && $screen == *'全力拼经济稳增长'* && $screen == *'2024年政府工作报告'* ]]
t_check "$SCR_SCENARIO: search results in simplified (全力拼经济稳增长, 工作报告)" $?
