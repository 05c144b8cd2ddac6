# indicators_conflict — two reports that state the same indicator for the
# same region, period and kind: 000 and a copy of it made here with the
# GDP changed (1277.93 → 1300.00) conflict, and the compared view marks
# the row ≠ with both values; 000 with an unchanged copy agrees (✓).
mkdir -p "$T_TMP/conflict" "$T_TMP/agree"
src=$SRCDIR/assets/reports/000_5fb319a1fb0eca91.txt
cp "$src" "$T_TMP/conflict/000.txt"
sed 's/1277\.93亿元/1300.00亿元/' "$src" >"$T_TMP/conflict/000_changed.txt"
cp "$src" "$T_TMP/agree/000.txt"
cp "$src" "$T_TMP/agree/000_copy.txt"
for dir in conflict agree; do
    scr_start 100 30 -- "$T_TMP/$dir"
    scr_wait 'Reports 1'
    scr_keys_to 'Indicators' i
    scr_keys_to 'compared across' c
    scr_keys /
    scr_type 'dqsczz'
    scr_keys Enter
    row=$(scr_screen | grep '2023 *actual')
    if [ $dir = conflict ]; then
        [[ $row == *'≠'*'1277.93亿元 +4.8% · 1300.00亿元 +4.8%'* ]]
        t_check "$SCR_SCENARIO: the changed copy conflicts: ≠ and both values ($row)" $?
        scr_golden indicators_conflict
    else
        [[ $row == *'✓'*'1277.93亿元 +4.8% · 1277.93亿元 +4.8%'* ]]
        t_check "$SCR_SCENARIO: the same copy agrees: ✓ ($row)" $?
    fi
done
