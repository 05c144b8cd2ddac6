#!/usr/bin/env bash
# json.sh — every verb's --json output is one JSON document that parses,
# over the samples and over a hostile folder; TSV output has a header row
# and the same number of fields on every row.
. "$(dirname "$0")/lib.sh"
B="$T_TMP/bad"
mkdir -p "$B"
cp "$DATA/003_af7b2255ab1e9056.txt" "$B/"
printf '\x00\x01binary' > "$B/binary.txt"
head -c 20000 /dev/urandom | tr -d '\000' > "$B/noise.txt"
printf '| a | b\n|---\n| 1 | 2 | 3 | 4 |\n第一章\n（一）\n1.\n' > "$B/ragged.md"
for verb in list outline tables check; do
    for target in "$DATA/003_af7b2255ab1e9056.txt" "$DATA" "$B"; do
        "$BAOGAO" "$verb" --json "$target" > "$T_TMP/out.json" 2> /dev/null
        python3 -m json.tool "$T_TMP/out.json" > /dev/null; st=$?
        t_check "$verb --json $(basename "$target") parses" "$st"
        "$BAOGAO" "$verb" "$target" > "$T_TMP/out.tsv" 2> /dev/null
        if [ "$verb" = tables ]; then
            # rows are as wide as their table: only the header is fixed
            head -1 "$T_TMP/out.tsv" | grep -Eq $'^(path\t)?table\tcaption\trow'
        else
            awk -F'\t' 'NR == 1 { n = NF } NR > 1 && NF != n { bad = 1 } END { exit bad }' "$T_TMP/out.tsv"
        fi
        st=$?; t_check "$verb $(basename "$target"): TSV header and rows agree" "$st"
    done
done
t_done
