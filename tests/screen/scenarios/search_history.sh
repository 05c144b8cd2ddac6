# search_history — a query opened with Enter goes into the history (in
# $XDG_STATE_HOME or ~/.local/state, never next to the reports); the next
# / and ↑ bring it back, ↓ goes forward to an empty prompt; Ctrl-N moves
# through the hits (the selection bar: attributes, so read with -e).
scr_start 80 24
scr_wait 'Reports 4'
scr_keys '/'
scr_type '营商环境'
scr_keys_to 'q back' Enter
scr_keys '/'
scr_keys Up
[[ $(scr_screen | tail -n 1) == /营商环境* ]]
t_check "$SCR_SCENARIO: ↑ brings back the last query" $?
scr_keys Down
[[ $(scr_screen | tail -n 1) == '/ '* ]]
t_check "$SCR_SCENARIO: ↓ past the newest gives an empty prompt" $?
scr_keys Up
before=$(scr_raw)
scr_keys C-n
[ "$(scr_raw)" != "$before" ]
t_check "$SCR_SCENARIO: Ctrl-N moves to the next hit" $?
find "$SCR_HOME/.local/state/baogao" -name history | grep -q .
t_check "$SCR_SCENARIO: the history is kept in the XDG state folder" $?
