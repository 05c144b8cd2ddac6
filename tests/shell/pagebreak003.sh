#!/usr/bin/env bash
# pagebreak003.sh — 003's sentences cut by page breaks are one paragraph
# again: no body paragraph of cat output ends open while the next one
# continues it; headings, captions, table rows and title lines stay apart.
. "$(dirname "$0")/lib.sh"
f=003_af7b2255ab1e9056
"$BAOGAO" cat "$DATA/$f.txt" > "$T_TMP/003.txt"
joined=$("$BAOGAO" check "$DATA/$f.txt" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "joined") c = i } NR == 2 { print $c }')
echo "paragraphs joined: $joined"
[ "$joined" -ge 40 ] && [ "$joined" -le 60 ]; t_check "about 48 joins (got $joined)" $?
t_python "python checks of 003" "$T_TMP/003.txt" "$GOLD/$f.outline.tsv" <<'PY'
import re, sys
paras = [p for p in open(sys.argv[1], encoding='utf-8').read().split('\n\n')]
closed = '。！？；：”’）」』】》…—.!?;:)"'
marker = re.compile(r'^(第[一二三四五六七八九十百〇零]+[章节编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|[①-⑳])')
def is_block_start(p):
    return (p.startswith('|') or marker.match(p) or re.match(r'^[表图]\s*[0-9]', p)
            or p.startswith('附件'))
def is_body(p):
    return (not p.startswith('|') and not re.match(r'^[表图]\s*[0-9]', p)
            and re.search('[，、；：,]', p) and len(p) >= 10
            and not (marker.match(p) and len(p) < 60))
fails = 0
open_body = 0
for a, b in zip(paras, paras[1:]):
    a, b = a.strip(), b.strip()
    if not a or not b or a[-1] in closed or not is_body(a):
        continue
    if not is_block_start(b):
        fails += 1
        print('FAIL: open paragraph continued: …%s | %s…' % (a[-12:], b[:12]))
print('ok: no body paragraph ends open before its continuation' if not fails else '')
# Headings stay at the start of their own paragraph, never glued.
gold = [r.split('\t') for r in open(sys.argv[2], encoding='utf-8').read().splitlines()[1:]]
starts = [re.sub(r'\s+', '', p.strip()) for p in paras]
missing = 0
for level, mk, title, line, note in gold:
    key = re.sub(r'\s+', '', mk + title)[:12]
    if not any(s.startswith(key) for s in starts):
        missing += 1
        print('FAIL: heading not a paragraph of its own: line %s %s%s' % (line, mk, title))
fails += missing
# Captions and table rows stay apart from prose.
for p in paras:
    for l in p.split('\n'):
        if re.search(r'.[表图] ?[0-9]+[:：]', l) and not l.startswith(('表', '图')):
            if re.search(r'[。，].{0,3}[表图] ?[0-9]+[:：]', l):
                fails += 1
                print('FAIL: caption glued to prose: %s' % l[:40])
print('%d checks, %d failed' % (1 + len(gold), fails))
sys.exit(1 if fails else 0)
PY
t_done
