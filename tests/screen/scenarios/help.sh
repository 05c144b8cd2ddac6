# help — ? opens the key overlay generated from the key table; when it
# does not fit, its bottom border says which keys are shown of how many
# and ↑ / ↓ where there are more; j scrolls it; q closes it (and only it:
# the program goes on) and the home screen is back as it was. At 100×40
# every key fits: no position shown.
scr_start 80 24
scr_wait 'Reports 4'
scr_refresh
scr_keys_to 'any key closes' '?'
scr_golden help
[[ $(scr_screen) == *'─ 1–18/27 ↓ ─┘'* ]]
t_check "$SCR_SCENARIO: the first page says 1–18/27 and ↓ (more below)" $?
scr_keys j
scr_golden help_scrolled
for _ in 1 2 3 4 5 6 7 8; do
    scr_keys j
done
[[ $(scr_screen) == *'─ 10–27/27 ↑ ─┘'* ]]
t_check "$SCR_SCENARIO: the last page says 10–27/27 and ↑ only" $?
scr_keys k
scr_keys j
scr_keys q
scr_same_as home80
scr_start 100 40
scr_wait 'Reports 4'
scr_keys_to 'any key closes' '?'
[[ $(scr_screen) != *'/27'* ]]
t_check "$SCR_SCENARIO: no position when every key fits" $?
