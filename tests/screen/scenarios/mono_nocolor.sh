# mono_nocolor — NO_COLOR=1 on a 256-colour terminal: monochrome (no
# colour sequence in capture-pane -e), with 000 open so headings show
# their monochrome look; --color=never gives the same screen.
scr_start 80 24 NO_COLOR=1
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_refresh
scr_golden mono_nocolor -e
tm capture-pane -p -e -t "$SCR_T" | scr_py colours
t_check "$SCR_SCENARIO: no colour sequences with NO_COLOR=1" $?
scr_start 80 24 -- --color=never
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_refresh
scr_screen_e >"$T_TMP/screen.e.txt"
SCR_NO_UPDATE=1 scr_compare mono_nocolor.e.txt "$T_TMP/screen.e.txt"
