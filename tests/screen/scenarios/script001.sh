# script001 — 001 (traditional) in its own script at its first chapter
# heading, then s: the reader in simplified (→简 in the title, 經濟 →
# 经济; the outline stays in the original script), s again:
# traditional (→繁).
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
scr_keys_to '→繁' s
scr_golden script001_traditional
