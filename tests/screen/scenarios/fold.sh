# fold — in 000's outline: o folds 一、 (its seven children hide, a +
# marks it), O folds every section, O again unfolds all: the outline is
# as it was before folding.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys Tab
unfolded=$(scr_screen)
scr_keys_to '+一、' o
scr_golden fold_one
scr_keys O
scr_golden fold_all
scr_keys O
[ "$(scr_screen)" = "$unfolded" ]
t_check "$SCR_SCENARIO: O twice gives back the unfolded outline" $?
