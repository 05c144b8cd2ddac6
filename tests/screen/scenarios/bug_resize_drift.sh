# bug_resize_drift — a resize keeps the text that was at the top in
# sight (the line holding it comes to the top), and 120×40 → 70×20 →
# 120×40 comes back to the same place (the reader keeps the offset the
# user last scrolled to, not the top of each intermediate layout). Was a
# bug: the reader showed the first line starting after the old top.
# 002 at 120×40 after two pages: the top row starts 中心城区最大的…;
# at 70×20 it starts 大的都市… (中心城区最 is above the pane); back at
# 120×40 it starts 集聚区更新试点… (the whole first row is gone).
scr_start 120 40
scr_wait 'Reports 4'
scr_keys j
scr_keys j
scr_keys_to '海珠区2023年' Enter
scr_keys Space
scr_keys Space
top=$(scr_reader | head -n 1)
scr_resize 70 20
small=$(scr_reader | head -n 2 | tr -d '\n')
t_check "$SCR_SCENARIO: at 70×20 the reader's top rows hold the start of the old top row (${top:0:12}… / ${small:0:12}…)" \
    "$([[ $small == *"${top:1:4}"* ]]; echo $?)"
scr_resize 120 40
back=$(scr_reader | head -n 1)
t_check "$SCR_SCENARIO: back at 120×40 the reader's top row is the same (${top:0:12}… / ${back:0:12}…)" \
    "$([ "$back" = "$top" ]; echo $?)"
