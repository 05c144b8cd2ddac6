#!/usr/bin/env bash
# outline_gold.sh — golden test: baogao outline of each sample against
# tests/gold/*.outline.tsv, scored as the gold README says
# (outline_score.py). Prints precision and recall per file; fails below
# 0.97 on either.
. "$(dirname "$0")/lib.sh"
FLOOR=0.97
for f in $SAMPLES; do
    stem=${f%.txt}
    "$BAOGAO" outline "$DATA/$f" > "$T_TMP/$stem.tsv"
    python3 "$SRCDIR/tests/shell/outline_score.py" "$T_TMP/$stem.tsv" \
        "$GOLD/$stem.outline.tsv" "$stem" "$FLOOR"
    t_check "$stem outline precision and recall >= $FLOOR" $?
done
t_done
