#!/usr/bin/env bash
# dups.sh — near-duplicates across documents (`baogao list`): a copy of 003
# with a third of its paragraphs cut and others reordered still pairs with
# 003, which stays the primary; 000 and 001 (same district and year,
# different reports) do not pair; 004 alone pairs with nothing; three
# copies of one report point to one primary.
. "$(dirname "$0")/lib.sh"
run() { timeout 120 "$BAOGAO" "$@"; }
f3=003_af7b2255ab1e9056

# The rows of `list` output $2 (after the header) that awk condition $1
# holds for, printed as $3 (default the whole row); the condition and the
# print name columns by their header: $(c["duplicate_of"]).
rows() { awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
                     '"$1"' { print '"${3:-\$0}"' }' "$2"; }
# The duplicate_of column of the row of file $2 in `list` output $1.
dup_of() { rows '$1 ~ /'"$2"'$/' "$1" '$(c["duplicate_of"])'; }

mkdir -p "$T_TMP/cut"
cp "$DATA/$f3.txt" "$T_TMP/cut/"
python3 - "$DATA/$f3.txt" "$T_TMP/cut/variant.txt" <<'PY'
import sys
paras = [l for l in open(sys.argv[1], encoding='utf-8').read().split('\n') if l.strip()]
kept = [p for i, p in enumerate(paras) if i % 3 != 1]          # a third cut
for i in range(len(kept) // 2, len(kept) - 10, 10):             # second half:
    kept[i:i + 10] = reversed(kept[i:i + 10])                   # reorder by tens
open(sys.argv[2], 'w', encoding='utf-8').write('\n\n'.join(kept) + '\n')
PY
run list "$T_TMP/cut" > "$T_TMP/cut.tsv"; rc=$?
[ $rc -eq 0 ]; t_check "list of 003 and its cut copy exits 0 (got $rc)" $?
[ "$(dup_of "$T_TMP/cut.tsv" variant.txt)" = "$T_TMP/cut/$f3.txt" ]
t_check "the cut, reordered copy points to 003" $?
[ -z "$(dup_of "$T_TMP/cut.tsv" "$f3.txt")" ]; t_check "003 stays the primary" $?
sim=$(rows '$1 ~ /variant.txt$/' "$T_TMP/cut.tsv" '$(c["similarity"])')
awk -v s="$sim" 'BEGIN { exit !(s >= 0.8 && s <= 1) }'
t_check "its similarity is at least 0.8 (got $sim)" $?

mkdir -p "$T_TMP/pair"
cp "$DATA/000_5fb319a1fb0eca91.txt" "$DATA/001_2cdd38cdf6c8a87a.txt" "$T_TMP/pair/"
run list "$T_TMP/pair" > "$T_TMP/pair.tsv"
[ "$(rows '$(c["duplicate_of"]) != ""' "$T_TMP/pair.tsv" | wc -l)" -eq 0 ]
t_check "000 and 001 do not pair" $?

mkdir -p "$T_TMP/alone"
cp "$DATA/004_6a50484e68e916d5.txt" "$T_TMP/alone/"
run list "$T_TMP/alone" > "$T_TMP/alone.tsv"; rc=$?
[ $rc -eq 0 ] && [ "$(rows '$(c["duplicate_of"]) == ""' "$T_TMP/alone.tsv" | wc -l)" -eq 1 ]
t_check "004 alone pairs with nothing" $?

mkdir -p "$T_TMP/three"
for c in a b c; do cp "$DATA/002_f7d3045b65ec1e49.txt" "$T_TMP/three/$c.txt"; done
run list "$T_TMP/three" > "$T_TMP/three.tsv"
[ "$(rows 1 "$T_TMP/three.tsv" '$(c["duplicate_of"])' | sort | uniq -c | awk '{ print $1 }' | tr '\n' ' ')" = "1 2 " ]
t_check "three copies: one primary, two point to it" $?
[ -z "$(dup_of "$T_TMP/three.tsv" a.txt)" ] && [ "$(dup_of "$T_TMP/three.tsv" b.txt)" = "$T_TMP/three/a.txt" ]
t_check "three copies: the first loaded is the primary of equals" $?
t_done
