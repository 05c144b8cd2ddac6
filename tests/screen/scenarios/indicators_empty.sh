# indicators_empty — a report that states no number: the Indicators view
# says so in place of an empty table (the open report's, and every
# report's when none has one).
mkdir -p "$T_TMP/empty"
printf '关于进一步做好社区服务工作的通知\n\n各街道：\n\n请结合实际，认真抓好落实。\n' \
    >"$T_TMP/empty/通知.txt"
scr_start 80 24 -- "$T_TMP/empty"
scr_wait 'Reports 1'
scr_keys_to 'Indicators 0' i
[[ $(scr_screen) == *'no numbers found in this report'* ]]
t_check "$SCR_SCENARIO: the open report: no numbers found" $?
scr_keys_to 'every report' a
[[ $(scr_screen) == *'no report states a number'* ]]
t_check "$SCR_SCENARIO: every report: none states a number" $?
scr_keys_to 'compared across' c
[[ $(scr_screen) == *'no report states a number'* ]]
t_check "$SCR_SCENARIO: compared: none states a number" $?
