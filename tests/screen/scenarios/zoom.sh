# zoom — z gives the reader the whole screen (no Reports or Outline pane,
# full-width lines), the same text at the top; z again, or q, brings the
# three panes back as they were.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_keys Space
panes=$(scr_screen)
scr_keys z
scr_golden zoom
zoomed=$(scr_screen)
[[ $zoomed != *Reports* && $zoomed != *Outline* ]]
t_check "$SCR_SCENARIO: zoomed, no Reports or Outline pane" $?
scr_keys z
[ "$(scr_screen)" = "$panes" ]
t_check "$SCR_SCENARIO: z again gives back the three panes" $?
scr_keys z
scr_keys q
[ "$(scr_screen)" = "$panes" ]
t_check "$SCR_SCENARIO: q leaves the zoom" $?
