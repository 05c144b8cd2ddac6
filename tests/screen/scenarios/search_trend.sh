# search_trend — Ctrl-T in the search view shows the query's hits per year
# under the list: at 80×24 a sparkline (2021 █ ▅▇ 2024: 2022 has no
# report) with the largest count and the total (near-duplicates once: 45
# of 营商环境, not the list's 59); the bars follow the query as it grows
# (营 then 营商环境 then 营商环境优化); Left puts the cursor on a year and
# says its count, Enter lists only that year's reports' hits (the status
# says "of 2023"), Esc goes back to every year, a click on a year's cell
# picks it too; at 200×50 a bar a year
# (2022: no report); Ctrl-T hides them again.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys '/'
scr_type '营'
scr_keys C-t
one=$(scr_screen | tail -n 2 | head -n 1)
[[ $one == ' 2021 '*' 2024  max '* ]]
t_check "$SCR_SCENARIO: Ctrl-T shows a sparkline of the years ($one)" $?
scr_type '商环境'
scr_golden search_trend_80
two=$(scr_screen | tail -n 2 | head -n 1)
[[ $two == *'max 18 (2021) · 45 hits'* && $two != "$one" ]]
t_check "$SCR_SCENARIO: the bars follow the query, near-duplicates once ($two)" $?
scr_type '优化'
three=$(scr_screen | tail -n 2 | head -n 1)
[ "$three" != "$two" ]
t_check "$SCR_SCENARIO: and again as it grows ($three)" $?
scr_keys C-u
scr_type '营商环境'
scr_keys Left Left
cur=$(scr_screen | tail -n 2 | head -n 1)
[[ $cur == *'2023: 11 hits in 1 report · Enter lists them'* ]]
t_check "$SCR_SCENARIO: Left Left: the cursor on 2023 says its count ($cur)" $?
scr_keys Enter
scr_golden search_trend_2023 -e
[[ $(scr_screen | tail -n 1) == *'11 hits in 1 reports of 2023'* ]]
t_check "$SCR_SCENARIO: Enter lists the hits of 2023's reports only" $?
! scr_screen | grep -q '荔湾区 ·'
t_check "$SCR_SCENARIO: no report of another year in the list" $?
scr_keys Escape
[[ $(scr_screen | tail -n 1) == *'59 hits in 5 reports' ]]
t_check "$SCR_SCENARIO: Esc: every year's hits again" $?
# a click on 2023's cell (column 9, the row above the status line) picks it
scr_type "$(printf '\033[<0;9;23M\033[<0;9;23m')"
[[ $(scr_screen | tail -n 1) == *'11 hits in 1 reports of 2023'* ]]
t_check "$SCR_SCENARIO: a click on a year's cell lists its hits" $?
scr_keys Escape
scr_start 200 50
scr_wait 'Reports 4'
scr_keys '/'
scr_type '营商环境'
scr_keys C-t
scr_golden search_trend_200
scr_screen | grep -q '^ 2022 no report'
t_check "$SCR_SCENARIO: at 200×50 a bar a year, 2022 without a report" $?
scr_keys C-t
! scr_screen | grep -q 'max 18'
t_check "$SCR_SCENARIO: Ctrl-T hides them" $?
