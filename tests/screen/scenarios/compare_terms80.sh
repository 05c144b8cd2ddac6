# compare_terms80 — the Compare view's terms (t) at 80×24: v marks 000 and
# 002 (海珠区), c compares them (A the older, 002); t shows the phrases new
# in B (荔湾, 51 times, first) and dropped from A (海珠, 50) in two
# columns with their counts and scores, the cursor on the first new one,
# the status line saying so; j moves the cursor, Tab takes
# it to the same row of the dropped column and back, Enter shows the
# term's first place in the reader (000's text, the term on screen). At
# 60×20 one list with a side mark (+ new, - dropped), G its last
# (dropped) term, still on screen in two columns at 100×30; t again the
# text, t and Enter A's (002's) place.
# terms_of W H HEADING: 000 and 002 compared at W×H, the terms shown.
terms_of() {
    scr_start "$1" "$2"
    scr_wait 'Reports 4'
    scr_keys v
    scr_keys j
    scr_keys j
    scr_keys v
    scr_keys_to 'Compare ' c
    scr_keys_to "$3" t
}
terms_of 80 24 "New in B"
scr_golden compare_terms80
row=$(scr_screen | sed -n 3p)
[[ $row == '│ 荔湾 '*' 51 '*'│ 海珠 '*' 50 '* ]]
t_check "$SCR_SCENARIO: 荔湾 first of the new (51), 海珠 of the dropped (50) (got: $row)" $?
[[ $(scr_screen | tail -1) == ' term 1/120 · 0 in A, 51 in B '*'t text  q back' ]]
t_check "$SCR_SCENARIO: the status line: the cursor's place and counts, the keys" $?
scr_keys j
[[ $(scr_screen | tail -1) == *'term 2/'*'0 in A, 19 in B'* ]]
t_check "$SCR_SCENARIO: j: the second new term (网格, 19)" $?
scr_keys Tab
[[ $(scr_screen | tail -1) == *'28 in A, 0 in B'* ]]
t_check "$SCR_SCENARIO: Tab: the same row of the dropped column (琶洲, 28)" $?
scr_keys Tab
scr_keys Enter
[[ $(scr_screen | sed -n 1p) == *'荔湾区'* && $(scr_screen) == *'网格'* ]]
t_check "$SCR_SCENARIO: Tab back, Enter: 000 in the reader at 网格" $?
terms_of 60 20 "new in B"
row=$(scr_screen | sed -n 2p)
[[ $row == '│ + new in B ('*')  - dropped from A ('* ]]
t_check "$SCR_SCENARIO: 60 columns: one list, its heading (got: $row)" $?
[[ $(scr_screen | sed -n 3p) == '│ + 荔湾 '*'51   71.4 │' ]]
t_check "$SCR_SCENARIO: 60 columns: the side mark before each term" $?
scr_keys G
[[ $(scr_screen | tail -3 | head -1) == '│ - '* && $(scr_screen | tail -1) == *' in A, 0 in B'* ]]
t_check "$SCR_SCENARIO: G: the last term, a dropped one" $?
last=$(scr_screen | tail -3 | head -1 | sed 's/^│ - \([^ ]*\) .*/\1/')
scr_resize 100 30
[[ $(scr_screen | sed -n 2p) == *'Dropped from A'* && $(scr_screen | sed -n '3,$p') == *"│ $last "* ]]
t_check "$SCR_SCENARIO: 100 columns: two columns, the cursor's term ($last) still on screen" $?
scr_resize 60 20
scr_keys t
[[ $(scr_screen) != *'new in B ('* ]]
t_check "$SCR_SCENARIO: t again: the text" $?
scr_keys_to 'new in B' t
scr_keys Enter
[[ $(scr_screen | sed -n 1p) == *'海珠区'* ]]
t_check "$SCR_SCENARIO: Enter on a dropped term: 002 in the reader" $?
