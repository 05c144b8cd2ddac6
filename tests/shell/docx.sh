#!/usr/bin/env bash
# docx.sh — the Word reader (src/parse/read_docx.h) through
# tests/shell/docx_tool on real and generated .docx (docx_make.py):
#  - one document with its features: numbering directly and through
#    styles, tabs, breaks, deleted text, footnote and comment references,
#    text boxes, merged table cells, content controls, core.xml hints;
#  - the three city reports: text equal to the .txt made from them after
#    whitespace normalisation, outline equal to the .txt's and to gold;
#  - the two provincial reports: outline equal to gold
#    (tests/gold/docx/), the numbered headings present;
#  - round trips: each of the five samples written to a .docx (002 with
#    Word numbering, its markers moved out of the text), outline equal to
#    the sample's gold (exact) and to the text path's, and, read through
#    the loader, indicators recall within 0.02 of the text path's;
#  - hostile packages: a zip bomb (2 GiB), 100,000 entries, a truncated
#    zip, damaged compressed data, malformed XML, a text file: each refused
#    with its reason in one line, exit status 1 (no crash under the
#    sanitizers), peak RSS bounded (without sanitizers).
. "$(dirname "$0")/lib.sh"
: "${DOCX_TOOL:?set DOCX_TOOL to build/tests/docx_tool}"
MAKE=$SRCDIR/tests/shell/docx_make.py
SCORE=$SRCDIR/tests/shell/outline_score.py
RECALL=$SRCDIR/tests/shell/recall.py

# ---- features ----------------------------------------------------------
python3 "$MAKE" features "$T_TMP/f.docx"
"$DOCX_TOOL" text "$T_TMP/f.docx" > "$T_TMP/f.txt"
printf '%s\n' '一、总体要求' '' '（一）稳增长' '' "甲	乙" '丙-丁插入链接' '' \
    '（二）促改革' '' '二、主要任务' '' '（一）扩内需' '' '文本框' '' \
    '| 指标 | 数值 |  |' '| --- | --- | --- |' '| 生产总值 | 1\|2 亿元 | 5% |' \
    '| 生产总值 | 3 | 6% |' '' '控件内容' '' > "$T_TMP/f.want"
t_same "features: text" "$T_TMP/f.txt" "$T_TMP/f.want"
"$DOCX_TOOL" stats "$T_TMP/f.docx" > "$T_TMP/f.stats"
for kv in numbered=5 headings=4 notes=1 comments=1 tables=1 paragraphs=8 \
          hint.title=政府工作报告 hint.date=2024-01-15; do
    grep -qx "$kv" "$T_TMP/f.stats"
    t_check "features: $kv" $?
done

# ---- the city reports: text and outline as their .txt ------------------
for c in 益阳 锡林郭勒 黔东南; do
    d=$DATA/more/city-2024
    "$DOCX_TOOL" text "$d/$c.docx" > "$T_TMP/$c.txt"
    python3 - "$T_TMP/$c.txt" "$d/$c.txt" <<'PY'
import re, sys
norm = lambda p: [re.sub(r'\s+', ' ', l).strip()
                  for l in open(p, encoding='utf-8-sig').read().splitlines() if l.strip()]
got, want = norm(sys.argv[1]), norm(sys.argv[2])
for i, (g, w) in enumerate(zip(got, want)):
    if g != w:
        print(f'paragraph {i + 1}: got {g[:40]!r} want {w[:40]!r}')
        break
sys.exit(got != want)
PY
    t_check "$c: text equal to $c.txt after whitespace normalisation" $?
    "$DOCX_TOOL" outline "$d/$c.docx" > "$T_TMP/$c.tsv"
    "$BAOGAO" outline "$d/$c.txt" > "$T_TMP/$c.txt.tsv"
    t_same "$c: outline (level, marker, title) equal to the .txt's" \
        <(cut -f1-3 "$T_TMP/$c.tsv") <(cut -f1-3 "$T_TMP/$c.txt.tsv")
    python3 "$SCORE" "$T_TMP/$c.tsv" "$GOLD/more/city-2024/$c.outline.tsv" "$c" 0.95
    t_check "$c: outline against gold >= 0.95" $?
done

# ---- the provincial reports: outline against gold ----------------------
for g in "$GOLD"/docx/province-2025-docx/*.outline.tsv; do
    name=$(basename "$g" .outline.tsv)
    "$DOCX_TOOL" outline "$DATA/more/province-2025-docx/$name.docx" > "$T_TMP/p.tsv"
    python3 "$SCORE" "$T_TMP/p.tsv" "$g" "$name" 1.0
    t_check "$name: outline equal to gold" $?
    [ "$(grep -c '	（[一二三四五六七八九]）	' "$T_TMP/p.tsv")" -ge 8 ]
    t_check "$name: numbered headings present" $?
done

# ---- round trips: the samples as .docx ---------------------------------
for f in $SAMPLES; do
    stem=${f%.txt}
    num=
    [ "${stem%%_*}" = 002 ] && num=--numbering
    made=$(python3 "$MAKE" sample "$DATA/$f" "$T_TMP/$stem.docx" $num)
    "$DOCX_TOOL" outline "$T_TMP/$stem.docx" > "$T_TMP/$stem.tsv"
    python3 "$SCORE" "$T_TMP/$stem.tsv" "$GOLD/$stem.outline.tsv" "$stem.docx" 1.0
    t_check "$stem.docx: outline equal to gold" $?
    "$BAOGAO" outline "$DATA/$f" > "$T_TMP/$stem.txt.tsv"
    t_same "$stem.docx: outline (level, marker, title) equal to the text path's" \
        <(cut -f1-3 "$T_TMP/$stem.tsv") <(cut -f1-3 "$T_TMP/$stem.txt.tsv")
    "$DOCX_TOOL" stats "$T_TMP/$stem.docx" > "$T_TMP/$stem.stats"
    if [ -n "$num" ]; then
        # Every heading's marker comes from numbering.xml: none is left in
        # the document's text, the reader writes each one.
        [ "$made" -eq 17 ] && grep -qx "numbered=$made" "$T_TMP/$stem.stats"
        t_check "$stem.docx: 17 headings numbered by Word, 17 markers rendered ($made)" $?
        python3 - "$T_TMP/$stem.docx" <<'PY'
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
sys.exit(1 if re.search(r'<w:t[^>]*>\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])', xml) else 0)
PY
        t_check "$stem.docx: no heading marker in the document's text" $?
    fi
    # Through the loader (the reader seam): the indicators of the .docx
    # against the text path's, as (name, value, unit, change, period, kind)
    # — recall within 0.02.
    "$BAOGAO" indicators "$T_TMP/$stem.docx" > "$T_TMP/$stem.docx.ind" 2>/dev/null
    "$BAOGAO" indicators "$DATA/$f" > "$T_TMP/$stem.txt.ind"
    python3 "$RECALL" "$T_TMP/$stem.txt.ind" "$T_TMP/$stem.docx.ind" "$stem.docx"
    t_check "$stem.docx: indicators recall within 0.02 of the text path's" $?
    tables=$(awk '/^\|/ { if (!t) n++; t = 1; next } { t = 0 } END { print n + 0 }' "$DATA/$f")
    grep -qx "tables=$tables" "$T_TMP/$stem.stats"
    t_check "$stem.docx: $tables tables read" $?
done

# ---- hostile packages --------------------------------------------------
python3 "$MAKE" bomb "$T_TMP/bomb.docx" 2
python3 "$MAKE" entries "$T_TMP/entries.docx" 100000
python3 "$MAKE" truncate "$T_TMP/f.docx" "$T_TMP/truncated.docx"
python3 "$MAKE" damage "$DATA/more/city-2024/益阳.docx" "$T_TMP/damaged.docx"
python3 "$MAKE" malformed "$T_TMP/malformed.docx"
cp "$DATA/000_5fb319a1fb0eca91.txt" "$T_TMP/text.docx"
[ "$(stat -c %s "$T_TMP/bomb.docx")" -lt $((4 << 20)) ]
t_check "the bomb is under 4 MB" $?
# name|the reason on stderr
while IFS='|' read -r name reason; do
    /usr/bin/time -f '%M' -o "$T_TMP/rss" "$DOCX_TOOL" text "$T_TMP/$name.docx" \
        > "$T_TMP/out" 2> "$T_TMP/err"
    status=$?
    err=$(grep -v 'Command exited' "$T_TMP/err")
    [ "$status" -eq 1 ] && [ "$err" = "$T_TMP/$name.docx: $reason" ] && [ ! -s "$T_TMP/out" ]
    t_check "$name: refused with \"$reason\" (status $status: $err)" $?
    if ! t_sanitized; then
        kb=$(tail -n 1 "$T_TMP/rss")
        [ "$kb" -lt 300000 ]
        t_check "$name: peak RSS ${kb} KB < 300 MB" $?
    fi
done <<'EOF2'
bomb|zip bomb: word/document.xml inflates past 64 MB
entries|too many zip entries: 100000, past the limit of 10000
truncated|not a zip archive (or a truncated one: no central directory)
damaged|damaged zip entry word/document.xml: Zlib error: data error
malformed|malformed XML in word/document.xml: line 1: Premature end of data in tag document line 1
text|not a zip archive (or a truncated one: no central directory)
EOF2
t_done
