#!/usr/bin/env bash
# html_pages.sh — the HTML reader on saved government pages made at test
# time: each sample wrapped by html_page.py in three layouts (div classes,
# an old layout table, HTML5 elements) and once declared GB2312 and
# encoded in GB18030. For each page:
#  - cat gives the sample's own cat text after normalisation: each line's
#    leading and trailing white space removed, inner runs of white space
#    made one space, blank lines and markdown separator rows (|---|) left
#    out (the reader writes one blank line between blocks and its own
#    separator row);
#  - the outline scores exactly (precision and recall 1) against the
#    sample's gold, as the sample itself does;
#  - none of the page's furniture (navigation, side links, related links,
#    share bar, footer, scripts) is in cat, and the text stages dropped
#    no more breadcrumb, publication, toolbar or footer lines than from
#    the sample (so the reader, not the clean stage, removed them);
#  - check says format html, the reader dropped elements; the GB2312
#    page's encoding is GB18030.
# And 003's tables (tables verb) are the sample's, cell for cell.
. "$(dirname "$0")/lib.sh"
HERE=$(dirname "$0")
norm() {
    sed -E 's/^[[:space:]]+//; s/[[:space:]]+$//; s/[[:space:]]+/ /g' |
        grep -v '^$' | grep -vE '^\|[-:| ]+\|$'
}
# The named columns of check's second line (TSV).
check_cols() {
    "$BAOGAO" check "$1" | awk -F'\t' -v want="$2" '
        NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
        NR == 2 { n = split(want, w, ","); s = "";
                  for (i = 1; i <= n; i++) s = s (i > 1 ? " " : "") $(c[w[i]]); print s }'
}
FURNITURE='网上办事大厅|互动交流|区长信箱|依申请公开|优化营商环境若干措施|微博|脚本里的段落|统计代码|QQ空间|12345678|栏目3|某区人民政府门户网站'
DROPS=breadcrumb,pubinfo,toolbar,footer
for f in $SAMPLES; do
    stem=${f%.txt}
    "$BAOGAO" cat "$DATA/$f" | norm > "$T_TMP/$stem.want"
    want_drops=$(check_cols "$DATA/$f" "$DROPS")
    for v in div table html5 gb2312; do
        page="$T_TMP/$stem.$v.html"
        layout=$v charset=utf-8
        [ "$v" = gb2312 ] && layout=div charset=gb18030
        python3 "$HERE/html_page.py" "$DATA/$f" "$page" "$layout" "$charset"
        "$BAOGAO" cat "$page" > "$T_TMP/got.raw"
        norm < "$T_TMP/got.raw" > "$T_TMP/got"
        t_same "$stem $v: cat is the sample's" "$T_TMP/$stem.want" "$T_TMP/got"
        ! grep -qE "$FURNITURE" "$T_TMP/got.raw"
        t_check "$stem $v: no furniture in cat" $?
        "$BAOGAO" outline "$page" > "$T_TMP/outline.tsv"
        python3 "$HERE/outline_score.py" "$T_TMP/outline.tsv" \
            "$GOLD/$stem.outline.tsv" "$stem $v" 1 > "$T_TMP/score"
        t_check "$stem $v: outline exact ($(tail -1 "$T_TMP/score"))" $?
        got_drops=$(check_cols "$page" "$DROPS")
        [ "$got_drops" = "$want_drops" ]
        t_check "$stem $v: text stages dropped what they drop from the sample ($got_drops, $want_drops)" $?
        read -r fmt dropped enc <<<"$(check_cols "$page" format,read_dropped,encoding)"
        [ "$fmt" = html ] && [ "$dropped" -ge 4 ]
        t_check "$stem $v: check says html, $dropped elements dropped" $?
        if [ "$v" = gb2312 ]; then
            [ "$enc" = GB18030 ]; t_check "$stem $v: read as GB18030 (got $enc)" $?
        fi
    done
done
f=003_af7b2255ab1e9056
"$BAOGAO" tables "$DATA/$f.txt" | cut -f2- > "$T_TMP/tables.want"
for v in div table html5 gb2312; do
    "$BAOGAO" tables "$T_TMP/$f.$v.html" | cut -f2- > "$T_TMP/tables.got"
    t_same "003 $v: tables are the sample's" "$T_TMP/tables.want" "$T_TMP/tables.got"
done
t_done
