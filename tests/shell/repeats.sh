#!/usr/bin/env bash
# repeats.sh — a scraped page holding a report three times, each copy in
# page chrome (a breadcrumb, a 发布时间 line and a footer, which clean
# drops, and the site's title line, which it keeps), reads like the page
# holding it once: the same `cat` and `outline`; `check` counts the
# paragraphs dropped. The samples themselves have no repeats.
. "$(dirname "$0")/lib.sh"
run() { timeout 120 "$BAOGAO" "$@"; }
SITE=广州市人民政府门户网站

# Column $2 of `check` output $1, from its header, for the one document.
check_col() {
    awk -F'\t' -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i }
                          NR == 2 { print $k }' "$1"
}

for f in 002_f7d3045b65ec1e49 003_af7b2255ab1e9056; do
    {
        echo "当前位置:首页 > 政务公开 > 政府工作报告"
        echo "发布时间: 2023-03-08 12:33:02 来源: 区人民政府"
        echo "$SITE"
        echo
        cat "$DATA/$f.txt"
        echo
        echo "主办:广州市人民政府办公厅 粤ICP备12345678号"
    } > "$T_TMP/one.txt"
    cat "$T_TMP/one.txt" "$T_TMP/one.txt" "$T_TMP/one.txt" > "$T_TMP/three.txt"
    run cat "$T_TMP/one.txt" > "$T_TMP/one.cat"
    run cat "$T_TMP/three.txt" > "$T_TMP/three.cat"
    t_same "$f: three copies cat like one" "$T_TMP/one.cat" "$T_TMP/three.cat"
    [ "$(grep -c "^$SITE\$" "$T_TMP/three.cat")" -eq 1 ]
    t_check "$f: the site title the chrome leaves, once" $?
    run cat "$DATA/$f.txt" > "$T_TMP/bare.cat"
    grep -v "^$SITE\$" "$T_TMP/one.cat" | sed '1{/^$/d}' > "$T_TMP/one-site.cat"
    t_same "$f: apart from the site title, the text of the bare file" \
        "$T_TMP/bare.cat" "$T_TMP/one-site.cat"
    if run outline "$T_TMP/one.txt" > /dev/null 2>&1; then
        run outline "$T_TMP/one.txt" | cut -f1-3 > "$T_TMP/one.outline"
        run outline "$T_TMP/three.txt" | cut -f1-3 > "$T_TMP/three.outline"
        t_same "$f: three copies outline like one (line numbers aside)" \
            "$T_TMP/one.outline" "$T_TMP/three.outline"
        [ "$(wc -l < "$T_TMP/one.outline")" -gt 1 ]
        t_check "$f: the outline is not empty" $?
    fi
    run check "$T_TMP/three.txt" > "$T_TMP/three.check"
    paras=$(grep -c . "$T_TMP/one.cat")
    got=$(check_col "$T_TMP/three.check" repeats)
    [ "$got" = $((2 * paras)) ]
    t_check "$f: check counts the two dropped copies, $((2 * paras)) paragraphs (got $got)" $?
    run check "$T_TMP/one.txt" > "$T_TMP/one.check"
    [ "$(check_col "$T_TMP/one.check" repeats)" = 0 ]
    t_check "$f: one copy: nothing dropped" $?
done

run check "$DATA" > "$T_TMP/all.check"
awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "repeats") k = i }
            NR > 1 && (!k || $k != 0) { bad = 1 } END { exit bad || !k }' "$T_TMP/all.check"
t_check "the samples: a repeats column, all 0" $?
t_done
