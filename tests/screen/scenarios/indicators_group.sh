# indicators_group — c compares across reports: one row per region ×
# period × kind of each indicator, the values side by side, ✓ where two
# reports agree and ≠ where they conflict; filtered to 地区生产总值 on the
# bundled corpus.
scr_start 100 30
scr_wait 'Reports 4'
scr_keys_to 'Indicators' i
scr_keys_to 'compared across' c
scr_keys /
scr_type '地区生产总值'
scr_keys Enter
scr_golden indicators_group
[[ $(scr_screen) == *'海珠区'*'地区生产总值'*'2022'*'2502.52亿元'* ]]
t_check "$SCR_SCENARIO: 海珠 2022's 地区生产总值" $?
[[ $(scr_screen) == *'荔湾区'*'地区生产总值'*'2023'*'actual ✓ 1277.93亿元 +4.8% · 1277.93亿元'* ]]
t_check "$SCR_SCENARIO: 荔湾 2023 twice (000 and its traditional copy 001), agreeing" $?
