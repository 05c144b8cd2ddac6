# help — ? opens the key overlay generated from the key table (the keys
# of every action as they are bound: Ctrl-F, Ctrl-B, F1, Ctrl-C too, and
# the actions of the views on screen after the global ones); when it
# does not fit, its bottom border says which keys are shown of how many
# and ↑ / ↓ where there are more; j scrolls it; q closes it (and only it:
# the program goes on) and the home screen is back as it was. At 100×44
# every key fits: no position shown.
scr_start 80 24
scr_wait 'Reports 4'
scr_refresh
scr_keys_to 'any key closes' '?'
scr_golden help
[[ $(scr_screen) == *'Space  PgDn  f  Ctrl-F  next page'* && $(scr_screen) == *'b  PgUp  Ctrl-B '* ]]
t_check "$SCR_SCENARIO: Ctrl-F and Ctrl-B are shown with the keys they share an action with" $?
[[ $(scr_screen) == *'─ 1–18/35 ↓ ─┘'* ]]
t_check "$SCR_SCENARIO: the first page says 1–18/35 and ↓ (more below)" $?
scr_keys j
scr_golden help_scrolled
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do
    scr_keys j
done
[[ $(scr_screen) == *'─ 18–35/35 ↑ ─┘'* ]]
t_check "$SCR_SCENARIO: the last page says 18–35/35 and ↑ only" $?
last=$(scr_screen)
[[ $last == *'?  F1 '* && $last == *'Q  Ctrl-C '* && $last == *'fold / unfold the section (outline)'* ]]
t_check "$SCR_SCENARIO: every bound key is shown: F1, Ctrl-C, the outline's own o / O" $?
[[ $last == *'>  '*'next sort: region, year, kind, off (reports)'* && $last == *'p  '*'group: province, prefecture, none (reports)'* ]]
t_check "$SCR_SCENARIO: the Reports pane's own keys: > < r p" $?
scr_keys k
scr_keys j
scr_keys q
scr_same_as home80
scr_start 100 44
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
[[ $(scr_screen) != *'/35'* ]]
t_check "$SCR_SCENARIO: no position when every key fits" $?
