# indicators_conflict — reports that state the same indicator for the same
# region, period and kind, compared (c): 000 and 001 (its traditional
# copy) agree on 2023's 地区生产总值 (✓); 000 and a copy of 001 made here
# with the number changed (1277.93 → 1300.00) conflict (≠), both values
# shown.
mkdir -p "$T_TMP/conflict" "$T_TMP/agree"
data=$SRCDIR/assets/reports
cp "$data"/000_*.txt "$data"/001_*.txt "$T_TMP/agree/"
cp "$data"/000_*.txt "$T_TMP/conflict/"
sed 's/1277\.93/1300.00/' "$data"/001_*.txt >"$T_TMP/conflict/001_changed.txt"
for dir in agree conflict; do
    scr_start 140 30 -- "$T_TMP/$dir"
    scr_wait 'Reports 2'
    scr_keys_to 'Indicators' i
    scr_keys_to 'compared across' c
    scr_keys /
    scr_type 'dqsczz'
    scr_keys Enter
    row=$(scr_screen | grep '2023 *actual')
    if [ $dir = conflict ]; then
        [[ $row == *'≠'*'1277.93亿元 +4.8% · 1300'* ]]
        t_check "$SCR_SCENARIO: the changed copy conflicts: ≠, both values ($row)" $?
        scr_golden indicators_conflict
    else
        [[ $row == *'✓'*'1277.93亿元 +4.8% · 1277.93'* ]]
        t_check "$SCR_SCENARIO: 000 and 001 agree: ✓ ($row)" $?
    fi
done
