# bare_status — 益阳's top-level headings carry no marker: jumping from the
# Outline to its （二） under 奋力完成2023年高质量发展的各项任务, the status
# line's breadcrumb starts with the start of that bare heading's title
# (cut with …), then ›（二）; never a lone ›（二）.
scr_start 80 24 -- tests/data/more/city-2024/益阳.txt
scr_wait 'Reports 1'
scr_keys Tab
scr_keys j
scr_keys j
scr_keys_to '突出项目建设' Enter
status=$(scr_screen | tail -1)
[[ $status == *' · 奋力完成2023…›（二） · '* ]]
t_check "$SCR_SCENARIO: the breadcrumb names the bare heading (got: $status)" $?
[[ $status != *' · ›'* ]]
t_check "$SCR_SCENARIO: no breadcrumb starts with ›" $?
