#!/usr/bin/env bash
# furniture.sh — breadcrumbs, publication info, toolbars, footers and the
# gambling site's lines are gone from 000, 002 and 004, while the report
# itself is untouched: every gold heading's title is still in cat output.
. "$(dirname "$0")/lib.sh"
for f in $SAMPLES; do
    "$BAOGAO" cat "$DATA/$f" > "$T_TMP/$f"
done
out() { cat "$T_TMP/$1"_*.txt; }
for junk in "当前位置" "您当前所在的位置" "发布日期" "浏览量" "分享到" "ICP备" \
            "公网安备" "网站标识码" "主办:" "相关文章" "访问总数"; do
    ! out 000 | grep -qF -- "$junk" && ! out 002 | grep -qF -- "$junk"
    t_check "000/002 without '$junk'" $?
done
for junk in "您现在的位置" "澳门在线网投" "人已围观" "标签云" "站点信息" "Tags:" "微信公众号"; do
    ! out 004 | grep -qF -- "$junk"
    t_check "004 without '$junk'" $?
done
t_python "every gold heading title survives" "$T_TMP" "$GOLD" <<'PY'
import glob, os, re, sys, unicodedata
tmp, gold = sys.argv[1], sys.argv[2]
def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'[\s\W_]+', '', s)
fails = checks = 0
for g in sorted(glob.glob(os.path.join(gold, '*.outline.tsv'))):
    stem = os.path.basename(g).split('.')[0]
    text = norm(open(os.path.join(tmp, stem + '.txt'), encoding='utf-8').read())
    for row in open(g, encoding='utf-8').read().splitlines()[1:]:
        level, marker, title, line, note = row.split('\t')
        checks += 1
        # A '�' in a partial title stands for one character.
        pat = '.'.join(re.escape(norm(p)) for p in title.split('\ufffd'))
        if not re.search(pat, text):
            fails += 1
            print('FAIL: %s line %s: title %s missing' % (stem, line, title))
print('%d checks, %d failed' % (checks, fails))
sys.exit(1 if fails else 0)
PY
t_done
