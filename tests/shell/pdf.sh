#!/usr/bin/env bash
# pdf.sh — the PDF reader (src/parse/read_pdf.c) through the loader, on
# PDFs made at test time by tests/shell/pdf_make (pango and cairo) and on
# the Hong Kong PDF:
#  - round trips: each of the five samples set as a report (fixed page
#    height, paragraphs broken across pages, a running header, page
#    numbers "- N -"; the header is the title, a line of page 1 too),
#    read back: outline equal to the sample's gold,
#    indicators recall within 0.02 of the text path's (recall.py), no
#    paragraph of the text path's cat cut in two (uncut.py), no page
#    number or running header left in cat, check's pages and furniture
#    counts; 002 in two columns: outline and paragraphs as well;
#  - the Hong Kong Policy Address (traditional, spaced headings, a
#    contents page, numbered paragraphs across page breaks): outline
#    equal to gold (the six sections, no numbered paragraph a heading),
#    no page number or repeated header line in cat, each numbered
#    paragraph in one line (paragraph 3 across pages 4–5 by name), list's
#    region, year and script;
#  - hostile PDFs in one folder with good files: truncated, 5,000 empty
#    pages (500 under the sanitizers), a scan (image only), encrypted with
#    a password: each named once on stderr with its reason by cat (exit 1,
#    no crash) and by list, which lists the good ones; encrypted with an
#    empty user password: read as the plain file. Peak RSS printed, and
#    bounded without the sanitizers.
. "$(dirname "$0")/lib.sh"
: "${PDF_MAKE:?set PDF_MAKE to build/tests/pdf_make}"
SCORE=$SRCDIR/tests/shell/outline_score.py
RECALL=$SRCDIR/tests/shell/recall.py
UNCUT=$SRCDIR/tests/shell/uncut.py
HK=$DATA/more/hongkong-pdf/2019_PolicyAddress.pdf
# "- 12 -" standing alone: a page number of pdf_make's.
PAGENO='(^|[[:space:]])-[[:space:]]*[0-9]+[[:space:]]*-([[:space:]]|$)'

# column NAME: that column of row 2 of TSV on standard input.
column() { awk -F'\t' -v n="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == n) c = i }
                                 NR == 2 && c { print $c }'; }

# furniture_left NAME HEADER TEXTCAT PDFCAT: PDFCAT has text and no more
# page numbers than TEXTCAT, the text path's; the running header HEADER
# (its first 12 characters, white space aside, counted anywhere) as many
# times as there: every copy at a page's top gone, the title kept.
furniture_left() {
    local a b
    a=$(grep -cE -- "$PAGENO" "$3") b=$(grep -cE -- "$PAGENO" "$4")
    [ -s "$4" ] && [ "$b" -le "$a" ]
    t_check "$1: no page number left in cat ($b lines, text path $a)" $?
    python3 - "$2" "$3" "$4" <<'PY'
import re, sys
head = re.sub(r'\s+', '', sys.argv[1])[:12]
n = [re.sub(r'\s+', '', open(p, encoding='utf-8').read()).count(head) for p in sys.argv[2:4]]
print('running header %s: %d in the text path, %d in the PDF' % (head, n[0], n[1]), file=sys.stderr)
sys.exit(0 if n[0] and n[1] == n[0] else 1)
PY
    t_check "$1: no running header left in cat, the title kept" $?
}

# ---- round trips: the samples as PDFs ----------------------------------
for f in $SAMPLES; do
    stem=${f%.txt}
    pdf=$T_TMP/$stem.pdf
    # the running header: the report's title, a line of its first page too
    title=$("$BAOGAO" list "$DATA/$f" | column title)
    pages=$("$PDF_MAKE" sample "$DATA/$f" "$pdf" --header "$title")
    "$BAOGAO" outline "$pdf" > "$T_TMP/$stem.tsv"
    python3 "$SCORE" "$T_TMP/$stem.tsv" "$GOLD/$stem.outline.tsv" "$stem.pdf" 1.0
    t_check "$stem.pdf ($pages pages): outline equal to gold" $?
    "$BAOGAO" indicators "$pdf" > "$T_TMP/$stem.pdf.ind" 2>/dev/null
    "$BAOGAO" indicators "$DATA/$f" > "$T_TMP/$stem.txt.ind" 2>/dev/null
    python3 "$RECALL" --squeeze "$T_TMP/$stem.txt.ind" "$T_TMP/$stem.pdf.ind" "$stem.pdf"
    t_check "$stem.pdf: indicators recall within 0.02 of the text path's" $?
    "$BAOGAO" cat "$DATA/$f" > "$T_TMP/$stem.txt.cat"
    "$BAOGAO" cat "$pdf" > "$T_TMP/$stem.pdf.cat"
    python3 "$UNCUT" "$T_TMP/$stem.txt.cat" "$T_TMP/$stem.pdf.cat" "$stem.pdf"
    t_check "$stem.pdf: no paragraph of the text path's cut in two" $?
    furniture_left "$stem.pdf" "$title" "$T_TMP/$stem.txt.cat" "$T_TMP/$stem.pdf.cat"
    "$BAOGAO" check "$pdf" > "$T_TMP/$stem.check"
    got=$(column pages < "$T_TMP/$stem.check")/$(column furniture < "$T_TMP/$stem.check")
    [ "$got" = "$pages/$((2 * pages - 1))" ]
    t_check "$stem.pdf: check counts $pages pages, $((2 * pages - 1)) furniture lines (got $got)" $?
done

# ---- two columns -------------------------------------------------------
two=002_f7d3045b65ec1e49
title=$("$BAOGAO" list "$DATA/$two.txt" | column title)
"$PDF_MAKE" sample "$DATA/$two.txt" "$T_TMP/two.pdf" --columns 2 --header "$title" > /dev/null
"$BAOGAO" outline "$T_TMP/two.pdf" > "$T_TMP/two.tsv"
python3 "$SCORE" "$T_TMP/two.tsv" "$GOLD/$two.outline.tsv" "$two.pdf (two columns)" 1.0
t_check "$two.pdf in two columns: outline equal to gold" $?
"$BAOGAO" cat "$T_TMP/two.pdf" > "$T_TMP/two.cat"
python3 "$UNCUT" "$T_TMP/$two.txt.cat" "$T_TMP/two.cat" "$two.pdf (two columns)"
t_check "$two.pdf in two columns: paragraphs in reading order, none cut" $?
furniture_left "$two.pdf in two columns" "$title" "$T_TMP/$two.txt.cat" "$T_TMP/two.cat"

# ---- the Hong Kong PDF -------------------------------------------------
"$BAOGAO" outline "$HK" > "$T_TMP/hk.tsv"
python3 "$SCORE" "$T_TMP/hk.tsv" "$GOLD/pdf/hongkong-pdf/2019_PolicyAddress.outline.tsv" HK 1.0
t_check "HK: outline equal to gold" $?
got=$(awk -F'\t' 'NR > 1 && $1 == 1 { gsub(/[ \t]/, "", $3); printf "%s ", $3 }' "$T_TMP/hk.tsv")
[ "$got" = "前言 房屋 土地供應 改善民生 經濟發展 結語 " ]
t_check "HK: the six sections in order (got $got)" $?
n=$(awk -F'\t' 'NR > 1 && $2 ~ /^[0-9]/' "$T_TMP/hk.tsv" | wc -l)
[ "$n" -eq 0 ]; t_check "HK: no numbered paragraph a heading (got $n)" $?
/usr/bin/time -f '%e %M' -o "$T_TMP/rss" "$BAOGAO" cat "$HK" > "$T_TMP/hk.cat"
echo "HK: cat $(tail -n 1 "$T_TMP/rss" | awk '{ print $1 " s, peak RSS " $2 " KB" }')" >&2
n=$(grep -cE -- "^[[:space:]]*[0-9]+[[:space:]]*\$|$PAGENO" "$T_TMP/hk.cat")
[ "$n" -eq 0 ]; t_check "HK: no page number line in cat (got $n)" $?
rep=$(grep -v '^[[:space:]]*$' "$T_TMP/hk.cat" | sort | uniq -c | awk '$1 >= 4' | head -3)
[ -z "$rep" ]; t_check "HK: no line repeated on pages (a running header) in cat: $rep" $?
python3 "$UNCUT" --layout <(pdftotext -layout "$HK" -) "$T_TMP/hk.cat" HK
t_check "HK: each numbered paragraph in one line of cat" $?
tr -d ' \t' < "$T_TMP/hk.cat" | grep -q '^3\.社會各界.*特區政府除了竭力制止違法行為.*市民的影響外.*深層次問題。'
t_check "HK: paragraph 3, across pages 4 and 5, in one line" $?
"$BAOGAO" list "$HK" > "$T_TMP/hk.list"
got=$(column region < "$T_TMP/hk.list")/$(column year < "$T_TMP/hk.list")/$(column script < "$T_TMP/hk.list")/$(column format < "$T_TMP/hk.list")
[ "$got" = 香港特别行政区/2019/Hant/pdf ]
t_check "HK: list says 香港特别行政区, 2019, traditional, pdf (got $got)" $?
"$BAOGAO" check "$HK" > "$T_TMP/hk.check"
got=$(column pages < "$T_TMP/hk.check")/$(column furniture < "$T_TMP/hk.check")
[ "${got%/*}" = 24 ] && [ "${got#*/}" -ge 20 ]
t_check "HK: check counts 24 pages, at least the 20 page numbers removed (got $got)" $?

# ---- hostile PDFs ------------------------------------------------------
H=$T_TMP/hostile
mkdir -p "$H"
plain=$T_TMP/000_5fb319a1fb0eca91.pdf
head -c $(($(stat -c %s "$plain") / 2)) "$plain" > "$H/truncated.pdf"
NEMPTY=5000
t_sanitized && NEMPTY=500
"$PDF_MAKE" empty "$H/empty.pdf" "$NEMPTY"
"$PDF_MAKE" scan "$H/scan.pdf"
qpdf --encrypt secret owner 256 -- "$plain" "$H/locked.pdf"
qpdf --encrypt "" owner 256 -- "$plain" "$H/open.pdf"
cp "$DATA/001_2cdd38cdf6c8a87a.txt" "$H/good.txt"
cp "$T_TMP/002_f7d3045b65ec1e49.pdf" "$H/good.pdf"
# name|the reason on stderr (a prefix of it)
hostile='truncated|damaged or truncated PDF
empty|no text layer: a scanned PDF needs OCR first
scan|no text layer: a scanned PDF needs OCR first
locked|encrypted: needs a password'
while IFS='|' read -r name reason; do
    /usr/bin/time -f '%e %M' -o "$T_TMP/rss" "$BAOGAO" cat "$H/$name.pdf" \
        > "$T_TMP/out" 2> "$T_TMP/err"
    rc=$?
    read -r secs kb < <(tail -n 1 "$T_TMP/rss")
    echo "$name.pdf: exit $rc, $secs s, peak RSS $kb KB" >&2
    [ "$rc" -eq 1 ] && [ "$(wc -l < "$T_TMP/err")" -eq 1 ] && [ ! -s "$T_TMP/out" ] &&
        grep -qF "baogao: $H/$name.pdf: $reason" "$T_TMP/err"
    t_check "$name.pdf: cat names it once, \"$reason\" (exit $rc: $(head -c 300 "$T_TMP/err"))" $?
    if ! t_sanitized; then
        # measured 16–30 MB (5,000 empty pages the most)
        [ "$kb" -lt 100000 ]; t_check "$name.pdf: peak RSS $kb KB < 100 MB" $?
    fi
done <<< "$hostile"
"$BAOGAO" outline "$plain" > "$T_TMP/plain.tsv"
"$BAOGAO" outline "$H/open.pdf" > "$T_TMP/open.tsv" 2> "$T_TMP/err"
t_same "open.pdf (encrypted, empty user password): outline as the plain file's" \
    "$T_TMP/plain.tsv" "$T_TMP/open.tsv"
[ ! -s "$T_TMP/err" ]; t_check "open.pdf: nothing on stderr ($(head -c 300 "$T_TMP/err"))" $?
"$BAOGAO" list "$H" > "$T_TMP/list" 2> "$T_TMP/err"
rc=$?
[ "$rc" -eq 0 ]; t_check "list of the hostile folder exits 0 (got $rc)" $?
got=$(awk -F'\t' 'NR > 1 { sub(/.*\//, "", $1); print $1 }' "$T_TMP/list" | sort | tr '\n' ' ')
[ "$got" = "good.pdf good.txt open.pdf " ]
t_check "list: the good files and the openable encrypted one listed (got $got)" $?
while IFS='|' read -r name reason; do
    n=$(grep -cF "$H/$name.pdf: $reason" "$T_TMP/err")
    [ "$n" -eq 1 ]; t_check "list: $name.pdf named once with its reason (got $n)" $?
done <<< "$hostile"
n=$(wc -l < "$T_TMP/err")
[ "$n" -eq 4 ]; t_check "list: four lines on stderr, one per file refused (got $n)" $?
t_done
