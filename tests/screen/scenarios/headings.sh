# headings — in 003's reader (chapters 第X章, sections 第X节, items 1.):
# ] ] ] goes to the third heading, [ back one, } to the next heading of
# the same level, { back to the previous one of that level. Then s s
# (traditional): the display script reaches every place that shows the
# open report — reader, its title (廣州市荔灣區), Outline (第一節), the
# breadcrumb (第一章›第一節) and 003's row in Reports (荔灣區 …, its ×2
# kept, the selection bar across it) — and no other row; s once more:
# the document's own script, the screen as before.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys j
scr_keys_to '远景目标纲要' Enter
scr_keys ']'
scr_keys ']'
scr_keys ']'
scr_golden headings_next3
scr_keys '['
scr_golden headings_prev
scr_keys '}'
scr_golden headings_sibling_next
scr_keys '{'
scr_golden headings_sibling_prev
scr_keys_to 'script: simplified' s
scr_keys_to 'script: traditional' s
scr_refresh
scr_golden headings_traditional -e
screen=$(scr_screen)
[[ $(tail -n 1 <<<"$screen") == *'第一章›第一節 · '* ]]
t_check "$SCR_SCENARIO: the breadcrumb is traditional (第一節)" $?
[[ $screen != *节* && $screen == *'第一節 “十三五”'* ]]
t_check "$SCR_SCENARIO: no 节 left on the screen, the outline shows 第一節" $?
[[ $screen == *'▶荔灣區 2021 '*'×2 │'* && $screen == *'│ 海珠区 2023 '* ]]
t_check "$SCR_SCENARIO: 003's row traditional with its ×2, 000's unchanged" $?
scr_keys_to 'script: original' s
scr_refresh
scr_same_as headings_sibling_prev
