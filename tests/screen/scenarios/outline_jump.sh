# outline_jump — Tab to the Outline, down three rows to 000's （三）, Enter:
# the reader shows that heading at its top, the focus moves to the
# reader, the status line's breadcrumb says 一、›（三）.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys Tab
scr_keys j
scr_keys j
scr_keys j
scr_keys_to '(三)三大平台' Enter
scr_golden outline_jump
[[ $(scr_screen) == *'一、›（三）'* ]]
t_check "$SCR_SCENARIO: the breadcrumb shows 一、›（三）" $?
