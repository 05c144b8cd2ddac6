#!/usr/bin/env bash
# html_hostile.sh — the HTML reader on hostile pages, made at test time,
# in one folder with a good report: 200,000 nested <div>s after a first
# paragraph (libxml2 stops at 256 levels; what came before is read);
# 230 levels (deeper than the reader's 200: the deep text kept as text);
# 10 MB of empty tags (1 MB under the sanitizers); 20,000 nested tables;
# broken markup (unclosed and stray tags, a bogus entity, colspan=99999,
# 100,000 '<'; its short first paragraph lies outside the block chosen
# and is not read); a few NULs and controls; a charset no converter knows;
# a page of no text. Each either reads (its paragraph in cat) or is named
# once on stderr with its reason; the folder's other files load; nothing
# crashes (the sanitizer pass runs it under ASan and UBSan); the 10 MB
# page is read in bounded time and memory (peak RSS within 40 times the
# page, checked without the sanitizers).
. "$(dirname "$0")/lib.sh"
D="$T_TMP/hostile"
mkdir -p "$D"
MB=10
t_sanitized && MB=1
python3 - "$D" "$MB" <<'PY'
import sys
d, mb = sys.argv[1], int(sys.argv[2])
first = '<p>开头的一段文字，读者必须读到它。</p>'
def w(name, s):
    open(d + '/' + name, 'w', encoding='utf-8').write(s)
w('deep.html', '<html><body>' + first + '<div>' * 200000 + '深处' + '</div>' * 10 + '</body></html>')
w('d230.html', '<html><body>' + '<div><span>' * 115 + '深层的文字依然保留下来了。' +
  '</span></div>' * 115 + '</body></html>')
tag = '<span><b></b></span>'
w('tags.html', '<html><body>' + first + tag * (mb * 1000000 // len(tag)) + '</body></html>')
w('tables.html', '<html><body>' + first + '<table><tr><td>' * 20000 + '表格深处' + '</body></html>')
w('broken.html', '<html><body><p>未闭合的段落<div><<<>>> &bogus; <a href="x"<p>坏掉的链接文字</a>'
  '</td></tr><table><tr><td>甲<td>乙<tr><td colspan=99999>丙</table><p>' + '<' * 100000)
w('controls.html', '<html><body><p>有\x00控制\x01字符\x7f的段落，还有\x00空字节。</p></body></html>')
w('charset.html', '<html><head><meta charset="x-no-such-charset"></head><body>'
  '<p>声明了不存在的字符集的页面。</p></body></html>')
w('empty.html', '<html><head><title>空</title><script>var a = 1;</script></head><body>'
  '<div class="nav"><a>首页</a></div></body></html>')
PY
cp "$DATA/000_5fb319a1fb0eca91.txt" "$D/good.txt"
/usr/bin/time -f '%e %M' -o "$T_TMP/time" "$BAOGAO" cat "$D/tags.html" > "$T_TMP/tags.out" 2>&1
rc=$?
read -r secs rss < "$T_TMP/time"
[ $rc -eq 0 ] && grep -q '开头的一段文字' "$T_TMP/tags.out"
t_check "$MB MB of tags: read (exit $rc, $secs s, peak RSS $rss KB)" $?
if ! t_sanitized; then
    [ "$rss" -lt $((MB * 40 * 1024)) ]
    t_check "$MB MB of tags: peak RSS $rss KB within 40 times the page" $?
fi
"$BAOGAO" cat "$D" > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ]; t_check "cat of the folder exits 0 (got $rc)" $?
for want in deep.html:开头的一段文字 d230.html:深层的文字依然保留下来了 \
            tables.html:开头的一段文字 broken.html:坏掉的链接文字 \
            controls.html:控制字符 charset.html:声明了不存在的字符集 good.txt:荔湾; do
    f=${want%%:*} text=${want#*:}
    grep -q "$text" "$T_TMP/out"; t_check "$f: '$text' read" $?
done
n=$(grep -c "$D/empty.html: no text in it" "$T_TMP/err")
[ "$n" -eq 1 ]; t_check "the page of no text named once (got $n)" $?
n=$(wc -l < "$T_TMP/err")
[ "$n" -eq 1 ]; t_check "one line on stderr in all (got $n)" $?
# The broken table: colspan cut to 16 columns.
grep -qx '| 丙 | | | | | | | | | | | | | | | |' "$T_TMP/out"
t_check "colspan=99999 cut to 16 columns" $?
# What the reader did, for the page over 200 levels.
n=$("$BAOGAO" check "$D/d230.html" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
                                                  NR == 2 { print $(c["read_dropped"]) }')
[ "$n" -eq 1 ]; t_check "check: the subtree past 200 levels counted (got $n)" $?
t_done
