#!/usr/bin/env bash
# outline_more.sh — golden test: baogao outline of the development samples
# of tests/data/more that have outline gold (tests/gold/more/*/*.outline.tsv:
# 益阳, whose top headings carry no marker; 海拉尔区 2012 and 2013, GBK;
# 锡林郭勒 and 黔东南), scored as the gold README says (outline_score.py).
# Prints precision and recall per file; fails below 0.95 on either.
. "$(dirname "$0")/lib.sh"
FLOOR=0.95
n=0
while IFS= read -r g; do
    rel=${g#"$GOLD/more/"}
    stem=${rel%.outline.tsv}
    "$BAOGAO" outline "$DATA/more/$stem.txt" > "$T_TMP/out.tsv"
    python3 "$SRCDIR/tests/shell/outline_score.py" "$T_TMP/out.tsv" "$g" \
        "$stem" "$FLOOR"
    t_check "$stem outline precision and recall >= $FLOOR" $?
    n=$((n + 1))
done < <(find "$GOLD/more" -name '*.outline.tsv' | sort)
t_check "five reports with outline gold ($n)" "$([ "$n" -eq 5 ]; echo $?)"
t_done
