#!/usr/bin/env bash
# parens.sh — every legitimate parenthesis of the samples (tests/data/
# parens.tsv: RCEP, 一期, M0, 2019-2025年, 含…; pinyin annotations are not
# in it) survives cat; none of them is taken for a pinyin annotation.
. "$(dirname "$0")/lib.sh"
for f in $SAMPLES; do
    "$BAOGAO" cat "$DATA/$f" > "$T_TMP/$f"
done
while IFS=$'\t' read -r file paren; do
    [ "$file" = file ] && continue
    grep -qF -- "$paren" "$T_TMP/$file"
    t_check "$file keeps $paren" $?
done < "$DATA/parens.tsv"
for must in "（RCEP）|003" "（一期）|003" "（M0）|003" "（2019-2025年）|003" \
            "(2019-2025年)|004" "(含纳入历史文化街区项目范围)|000" "(一期)|002"; do
    p=${must%|*}; n=${must#*|}
    cat "$T_TMP/${n}"_*.txt | grep -qF -- "$p"
    t_check "named: $p in $n" $?
done
t_done
