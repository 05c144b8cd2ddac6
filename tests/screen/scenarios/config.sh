# config — the config file (BAOGAO_CONFIG) in the TUI: a key bound to an
# action works and the help shows it with that action's keys, a pane's
# own action too (S: reports.sort-next); a key given to a global action
# is taken from the panes' (r, the Reports pane's reverse, bound to quit,
# quits); a colour role override is drawn (the
# help's keys are heading2: their colours and underline are in
# capture-pane -e; on an 8-colour terminal a colour it lacks leaves the
# role's own); with NO_COLOR the override draws nothing in colour;
# ambiwide = wide gives the screen --ambiwide gives, and --narrow on the
# command line wins over it; the status line's hint names the keys in
# effect.
cfg="$T_TMP/config"
printf '%s\n' '# a test config' 'bind x help' 'bind r quit' 'bind C-x zoom' \
    'bind S reports.sort-next' 'color.heading2 = 196 21 underline' 'colour.nope = red' >"$cfg"
scr_start 100 44 BAOGAO_CONFIG="$cfg"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' x
[[ $(scr_screen) == *'?  F1  x  '*'this help'* ]]
t_check "$SCR_SCENARIO: x opens the help, which shows it beside ? and F1" $?
[[ $(scr_screen) == *'Q  Ctrl-C  r  '*'quit at once'* && $(scr_screen) == *'z  Ctrl-X '* ]]
t_check "$SCR_SCENARIO: the help shows r for quit, Ctrl-X for zoom" $?
[[ $(scr_screen) == *'S  '*'next sort: region, year, kind, off (reports)'* && $(scr_screen) == *'<  '*'previous sort (reports)'* ]]
t_check "$SCR_SCENARIO: the help shows S for the Reports pane's next sort" $?
raw=$(tm capture-pane -p -e -t "$SCR_T")
[[ $raw == *'38;5;196'* && $raw == *'48;5;21'* ]]
t_check "$SCR_SCENARIO: heading2's colours 196 on 21 are drawn" $?
[[ $raw =~ $'\e['([0-9]*\;)*4(\;[0-9:;]*)?m ]]
t_check "$SCR_SCENARIO: heading2's underline is drawn" $?
scr_keys q
scr_keys_to 'Reports 4 · region↑' S
t_check "$SCR_SCENARIO: S (reports.sort-next) sorts the Reports pane by region" $?
scr_keys_to 'q back' Enter
scr_keys_to '' 'C-x' # zoom: the reader alone
[[ $(scr_screen) != *'Reports 4'* ]]
t_check "$SCR_SCENARIO: Ctrl-X zooms the reader" $?
scr_start 100 44 BAOGAO_CONFIG="$cfg"
scr_wait 'Reports 4'
pid=$(scr_pid)
tm send-keys -t "$SCR_T" r
scr_gone_in "$SCR_SCENARIO: r (the Reports pane's own key) bound to quit quits" "$pid" 3000
# Without the config none of that: heading2 is not 196, x is no key.
scr_start 100 44
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
raw=$(tm capture-pane -p -e -t "$SCR_T")
[[ $raw != *'38;5;196'* && $(scr_screen) == *'?  F1  '*'this help'* && $(scr_screen) != *'F1  x'* ]]
t_check "$SCR_SCENARIO: without the config, the colours and keys of old" $?
# An 8-colour terminal (TERM=xterm): a colour it has is drawn (status red
# on green), one it lacks (196) leaves the role's own (heading2 cyan).
printf '%s\n' 'color.heading2 = 196 21 underline' 'color.status = red green' >"$cfg.8"
scr_start 100 44 TERM=xterm BAOGAO_CONFIG="$cfg.8"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
raw=$(tm capture-pane -p -e -t "$SCR_T")
[[ $raw == *$'\e[31m'* && $raw == *$'\e[42m'* && $raw == *$'\e[36m'* && $raw != *'38;5;'* ]]
t_check "$SCR_SCENARIO: 8 colours: red on green drawn, 196 left for the role's own cyan" $?
# NO_COLOR: the monochrome looks, whatever the config says.
scr_start 80 24 NO_COLOR=1 BAOGAO_CONFIG="$cfg"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' x
tm capture-pane -p -e -t "$SCR_T" | scr_py colours
t_check "$SCR_SCENARIO: no colour sequences with NO_COLOR=1 and the config's colours" $?
# ambiwide: the help overlay has — and – (ambiguous width).
printf 'ambiwide = wide\n' >"$cfg.wide"
scr_run 80 24 BAOGAO_CONFIG="$cfg.wide" -- "$(printf '%q' "$BAOGAO")"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
scr_screen >"$T_TMP/wide_config.txt"
scr_run 80 24 -- "$(printf '%q' "$BAOGAO") --ambiwide"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
scr_screen >"$T_TMP/wide_option.txt"
# All but the status line: it says "indexing for search…" once indexing
# has taken a second, which a slow run (ThreadSanitizer, a loaded CI
# machine) shows in one of the two and not the other.
cmp -s <(head -n -1 "$T_TMP/wide_config.txt") <(head -n -1 "$T_TMP/wide_option.txt")
same=$?
t_check "$SCR_SCENARIO: ambiwide = wide draws as --ambiwide does" $same
[ $same -eq 0 ] || diff "$T_TMP/wide_config.txt" "$T_TMP/wide_option.txt"
scr_start 80 24 BAOGAO_CONFIG="$cfg.wide"
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
scr_screen >"$T_TMP/narrow.txt"
! cmp -s "$T_TMP/narrow.txt" "$T_TMP/wide_option.txt" &&
    [[ $(cat "$T_TMP/narrow.txt") == *'─ 1–18/35 ↓ ─┘'* ]]
t_check "$SCR_SCENARIO: --narrow on the command line wins over ambiwide = wide" $?
# The status line's hint names the keys in effect: q bound to quit leaves
# back with Esc.
printf 'bind q quit\n' >"$cfg.q"
scr_start 80 24 BAOGAO_CONFIG="$cfg.q"
scr_wait 'Reports 4'
[[ $(scr_screen) == *'Tab pane  ? help  Esc quit'* ]]
t_check "$SCR_SCENARIO: the status line's hint says Esc quit once q is bound elsewhere" $?
