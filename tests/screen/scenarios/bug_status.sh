# bug_status — the status line's percent and breadcrumb are those of the
# frame they are drawn with (render() draws the panes, which lay the
# reader out, before the status line). Was a bug: the status line came
# from the reader's previous layout, so the first frame after start, after
# opening a report and after a resize showed a stale position: at start 80×24 the
# status says "1/4 · 一、 · 0%" where the next frame says "2%"; Enter on
# 001 gives "2/4 · 0%" (next frame "2%"); 001 paged down twice, 80×24 →
# 100×30 gives "2%" (next frame "3%"). Each check compares the status
# line right after the event with the same state drawn again (Tab three
# times, which changes nothing else).
status_line() { scr_screen | tail -n 1 | sed 's/  *Tab pane.*//'; }
scr_start 80 24
scr_wait 'Reports 4'
first=$(status_line)
scr_refresh
t_check "$SCR_SCENARIO: the first frame's status line is right ($first / $(status_line))" \
    "$([ "$first" = "$(status_line)" ]; echo $?)"
scr_keys j
scr_keys_to '2/4' Enter
opened=$(status_line)
scr_refresh
t_check "$SCR_SCENARIO: the status line right after opening a report is right ($opened / $(status_line))" \
    "$([ "$opened" = "$(status_line)" ]; echo $?)"
scr_keys Space
scr_keys Space
scr_resize 100 30
resized=$(status_line)
scr_refresh
t_check "$SCR_SCENARIO: the status line right after a resize is right ($resized / $(status_line))" \
    "$([ "$resized" = "$(status_line)" ]; echo $?)"
