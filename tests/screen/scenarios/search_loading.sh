# search_loading — a query typed at once, while 500 reports are still
# loading (the five samples copied 100 times under varied names, in
# folders), lists the hits of the reports in so far and says it is still
# loading; as the others arrive their hits are added, and once loading
# ends the count is the search verb's over the same folder. (It was a bug:
# the view kept the hits of the reports loaded when the query was typed —
# "16 hits in 10 reports" where there were 93 in 25.)
dir="$T_TMP/r500"
for i in $(seq 1 100); do
    sub="$dir/$((i % 7))年 报告"
    mkdir -p "$sub"
    for f in "$SRCDIR"/tests/data/00?_*.txt; do
        b=$(basename "$f" .txt)
        cp "$f" "$sub/${b#???_} 副本 $i.txt"
    done
done
q=固定资产投资
scr_start 80 24 -- "$dir"
scr_wait 'Reports'
scr_keys '/'
scr_type "$q"
first=$(tm capture-pane -p -t "$SCR_T" | tail -n 1)
printf 'first status: %s\n' "$first"
loaded() { [[ $(tm capture-pane -p -t "$SCR_T" | tail -n 1) != *loading* ]]; }
SCR_TIMEOUT_SAVED=$SCR_POLLS
SCR_POLLS=$((SCR_POLLS * 6)) # 500 reports: up to 30 s (90 s under sanitizers)
SCR_PRED=loaded SCR_CHANGE=0 scr_until 'hits in' 'loading to end'
SCR_POLLS=$SCR_TIMEOUT_SAVED
got=$(tm capture-pane -p -t "$SCR_T" | tail -n 1 | grep -o '[0-9+]* hits in [0-9]* reports')
rows=$("$BAOGAO" search "$q" "$dir" | tail -n +2)
want="$(printf '%s\n' "$rows" | wc -l) hits in $(printf '%s\n' "$rows" | cut -f1 | sort -u | wc -l) reports"
[ "$got" = "$want" ]
t_check "$SCR_SCENARIO: once loaded, the view's count is the search verb's ($got / $want)" $?
[[ $got != *+* ]]
t_check "$SCR_SCENARIO: the count is complete, not cut (no +)" $?
scr_keys C-n
scr_keys Enter
[[ $(tm capture-pane -p -t "$SCR_T") == *'Reports 4'* ]]
t_check "$SCR_SCENARIO: Enter shows a hit at home, the 500 copies folded in Reports" $?
