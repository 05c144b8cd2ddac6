# reports_sort — the Reports pane on a mixed folder (four provinces, a
# note with no region or year): > sorts by region (the gazetteer's order:
# 内蒙古 15, 湖南 43, 广东 44, 贵州 52), the title says region↑, the note
# shows ? ? and comes last; > again by year, r reverses it (? still last);
# p groups by province (a heading with the count, not selectable), p again
# by prefecture, p again not (the title says it in the longest form that
# fits: · year↓, year↓ 省); < < back to the folder's order; the cursor
# stays on its report throughout (Enter at the end opens it).
mixed="$T_TMP/mixed"
mkdir -p "$mixed"
cp "$SRCDIR"/tests/data/00[0-3]_*.txt "$SRCDIR"/tests/data/more/city-2024/*.txt \
   "$SRCDIR"/tests/data/more/district-gbk/*.txt "$mixed"/
printf '这份说明没有说它是哪里的报告。\n' > "$mixed/note.txt"
scr_start 80 60 -- "$mixed"
scr_wait 'Reports 10'
# The Reports pane's rows (19 at this height), without the borders.
rows() {
    scr_screen | sed -n '2,/^├ Outline/p' | sed '$d; s/^│//; s/│.*//; s/ *$//' |
        grep -v '^$'
}
title() { scr_screen | sed -n 1p; }
[[ $(rows | sed -n 3p) == ' 海珠区 2023 '* ]]
t_check "$SCR_SCENARIO: the folder's order: 002 (海珠区) third" $?
scr_keys j
scr_keys j
scr_keys '>'
[[ $(title) == *'Reports 10 region↑ '* ]]
t_check "$SCR_SCENARIO: > sorts by region (title region↑)" $?
order=$(rows | sed 's/^.//; s/ .*//' | tr '\n' ' ')
[ "$order" = '海拉尔区 海拉尔区 锡林郭勒盟 益阳市 荔湾区 荔湾区 荔湾区 海珠区 黔东南苗族侗族自治州… ? ' ]
t_check "$SCR_SCENARIO: by region in the gazetteer's order, the unknown last (got: $order)" $?
[[ $(rows | sed -n 10p) == ' ? ? 报告'* ]]
t_check "$SCR_SCENARIO: the note's unknown region and year are ?" $?
scr_keys '>'
scr_keys r
[[ $(title) == *'Reports 10 · year↓ '* ]]
t_check "$SCR_SCENARIO: > r: by year, descending (year↓)" $?
years=$(rows | awk '$2 {print $2}' | tr '\n' ' ') # 黔东南's is cut off
[ "$years" = '2024 2024 2024 2024 2023 2021 2013 2012 ? ' ]
t_check "$SCR_SCENARIO: years descending, ? still last (got: $years)" $?
scr_keys p
scr_golden reports_group
[[ $(title) == *'┌ Reports 10 year↓ 省 ─'* ]]
t_check "$SCR_SCENARIO: p groups by province (the title's short form)" $?
heads=$(rows | grep -v '^[ ▶]' | tr '\n' '|')
[ "$heads" = '内蒙古自治区  3|湖南省  1|广东省  4|贵州省  1|?  1|' ]
t_check "$SCR_SCENARIO: a heading per province with its reports, ? last (got: $heads)" $?
[[ $(rows | tail -1) == ' ? ? 报告' ]]
t_check "$SCR_SCENARIO: the note under ?" $?
scr_keys p
[[ $(rows | sed -n 1p) == '内蒙古自治区 › 呼伦贝'* && $(title) == *' 10 year↓ 市 ─'* ]]
t_check "$SCR_SCENARIO: p again: by prefecture (a chain)" $?
scr_keys p
[[ $(title) == *'Reports 10 · year↓ ─'* ]]
t_check "$SCR_SCENARIO: p a third time: no groups" $?
scr_keys '<'
scr_keys '<'
[[ $(title) == *'Reports 10 ─'* ]]
t_check "$SCR_SCENARIO: < back to the folder's order (no sort in the title)" $?
scr_keys Enter
[[ $(rows | grep '^▶') == '▶海珠区 2023 '* ]]
t_check "$SCR_SCENARIO: the cursor stayed on 海珠区's report: Enter opens it" $?
