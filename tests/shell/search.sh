#!/usr/bin/env bash
# search.sh — `baogao search` against an oracle written here: the clean
# text of each sample (baogao cat) folded in Python (NFKC for widths, ICU's
# Traditional-Simplified through uconv for the script, lower case, spaces
# next to CJK dropped) and scanned by brute force; every hit's original
# bytes fold back to the term. Pinyin queries against a brute-force
# matcher over the same folded text, each character read as ICU's
# Han-Latin says (through uconv) or as assets/heteronyms.tsv adds; filters
# against `baogao list`. Plus the query language and exit status.
. "$(dirname "$0")/lib.sh"
for f in $SAMPLES; do
    "$BAOGAO" cat "$DATA/$f" > "$T_TMP/${f%.txt}.clean"
done
# The characters of the samples, simplified one by one by ICU.
cat "$T_TMP"/*.clean | python3 -c "
import sys
chars = sorted(set(sys.stdin.read()) - set('\n'))
print('\n'.join(chars))" > "$T_TMP/chars.txt"
uconv -x Traditional-Simplified "$T_TMP/chars.txt" > "$T_TMP/chars.s2.txt"
uconv -x Han-Latin "$T_TMP/chars.s2.txt" > "$T_TMP/chars.latin.txt"
"$BAOGAO" list --json $(for f in $SAMPLES; do echo "$DATA/$f"; done) > "$T_TMP/list.json"
"$BAOGAO" outline --json $(for f in $SAMPLES; do echo "$DATA/$f"; done) > "$T_TMP/outline.json"

t_python "python checks" "$BAOGAO" "$T_TMP" "$DATA" "$SRCDIR/assets/heteronyms.tsv" <<'PY'
import json, subprocess, sys, unicodedata
baogao, tmp, data, heteronyms = sys.argv[1:5]
src = open(tmp + '/chars.txt', encoding='utf-8').read().split('\n')
dst = open(tmp + '/chars.s2.txt', encoding='utf-8').read().split('\n')
t2s = {a: b for a, b in zip(src, dst) if len(a) == 1 and len(b) == 1}
PUNCT = {'“': '"', '”': '"', '「': '"', '」': '"', '『': '"', '』': '"',
         '‘': "'", '’': "'", '、': ',', '—': '-', '–': '-'}
SPACES = ' \t\u00a0\u3000\u202f' + ''.join(chr(c) for c in range(0x2000, 0x200b))
def cjk(c):
    o = ord(c)
    return 0x2e80 <= o <= 0x9fff or 0xf900 <= o <= 0xfaff or 0xfe30 <= o <= 0xfe4f or c in '“”'
def fold_char(c):
    c = t2s.get(c, c)
    if 0xff01 <= ord(c) <= 0xff5e or c == '\u3000':
        c = unicodedata.normalize('NFKC', c)
    return PUNCT.get(c, c).lower()
def fold(text):
    """folded string and, per folded character, its index in text"""
    out, where, prev, pending = [], [], '\n', None
    for i, c in enumerate(text):
        if c in SPACES:
            pending = i if pending is None else pending
            continue
        f = fold_char(c)
        if pending is not None and prev != '\n' and f != '\n' and not cjk(prev) and not cjk(c):
            out.append(' '); where.append(pending)
        pending = None
        out.append(f); where.append(i)
        prev = f
    return ''.join(out), where
fails = checks = 0
def check(name, ok):
    global fails, checks
    checks += 1
    if not ok:
        fails += 1
        print('FAIL:', name)
texts, folds = {}, {}
import glob, os
for p in sorted(glob.glob(tmp + '/*.clean')):
    stem = os.path.basename(p)[:-6]
    texts[stem] = open(p, encoding='utf-8').read()
    folds[stem] = fold(texts[stem])
def run(q, *paths):
    r = subprocess.run([baogao, 'search', '--json', q] + list(paths), capture_output=True)
    return r.returncode, json.loads(r.stdout or b'[]')
def char_index(text, byte_off):
    return len(text.encode('utf-8')[:byte_off].decode('utf-8', errors='ignore'))
# Single-term queries: the hit set is the oracle's, and each hit folds back.
single = ['经济', '經濟', '地区生产总值', '固定资产投资', '固定資產投資', 'ＧＤＰ', 'gdp',
          '2035年', '"2035 年"', '粤港澳大湾区', '百千万工程', 'RCEP', '（M0）', '增长',
          '“十四五”', '荔湾', '数字经济', 'PM2.5', '营商环境', '城中村']
for q in single:
    fq, _ = fold(q.strip('"'))
    want = set()
    for stem, (ft, where) in folds.items():
        i = ft.find(fq)
        while i >= 0:
            want.add((stem, where[i]))
            i = ft.find(fq, i + 1)
    rc, rows = run(q, *sorted(glob.glob(data + '/00?_*.txt')))
    got = set()
    for r in rows:
        if r['match'] == 'pinyin':
            continue  # a term of letters is also read as pinyin: checked below
        stem = os.path.basename(r['path'])[:-4]
        text = texts[stem]
        b = text.encode('utf-8')
        got.add((stem, char_index(text, r['start'])))
        hit = b[r['start']:r['end']].decode('utf-8')
        check('%s: hit %r folds back to the term' % (q, hit), fold(hit)[0] == fq)
    check('%s: %d hits, oracle %d' % (q, len(got), len(want)), got == want)
    check('%s: exit status %d' % (q, rc), rc == (0 if want else 1))
# Script, width and spacing insensitivity, as the issue names them.
rc, rows = run('经济', data + '/001_2cdd38cdf6c8a87a.txt')
check('经济 finds 001\'s 經濟', rc == 0 and any('經濟' in r['snippet'] for r in rows))
rc, rows = run('ＧＤＰ', data + '/003_af7b2255ab1e9056.txt')
check('ＧＤＰ finds GDP', rc == 0 and any('GDP' in r['snippet'] for r in rows))
rc, rows = run('2035年', data + '/003_af7b2255ab1e9056.txt')
check('2035年 finds "2035 年"', rc == 0 and any('2035 年' in r['snippet'] for r in rows))
# Phrases that 003 cuts with a page break (the raw line ends in the
# middle, the next one after a blank line goes on) are found once, on the
# paragraph's first line.
raw = open(data + '/003_af7b2255ab1e9056.txt', encoding='utf-8').read().split('\n')
for phrase, line in [('取得新突破', 105), ('高考成绩', 125), ('试验平台', 131), ('议事联动机制', 137)]:
    cut = phrase not in raw[line - 1] and not raw[line].strip() and \
        phrase in raw[line - 1].rstrip() + raw[line + 1].strip()
    rc, rows = run(phrase, data + '/003_af7b2255ab1e9056.txt')
    check('%s: cut by a page break after line %d, found there once' % (phrase, line),
          cut and [r['line'] for r in rows].count(line) == 1)
# Query language.
rc, both = run('固定资产投资 增长')
rc2, only = run('固定资产投资')
check('terms are ANDed within a section', 0 < len({r['path'] + str(r['line']) for r in both if '固定' in r['snippet']}) <= len(only))
rc, rows = run('固定资产投资 -投资')
check('a term and its own exclusion: nothing', rc == 1 and rows == [])
rc, rows = run('"地区生产总值 1277.93亿元"')
check('a phrase (a space inside it folds away next to CJK): 000 and 001 line 9/24',
      rc == 0 and sorted((os.path.basename(r['path'])[:3], r['line']) for r in rows) == [('000', 9), ('001', 24)])
rc, rows = run('region:海珠 固定资产投资')
check('region: filter', rc == 0 and all('002_' in r['path'] for r in rows))
rc, rows = run('kind:five-year-plan 固定资产投资')
check('kind: filter', rc == 0 and all('003_' in r['path'] or '004_' in r['path'] for r in rows))
rc, rows = run('year:2022 固定资产投资')
check('year: filter (002 reviews 2022, 003/004 plan 2021-2025; not 000, 001)',
      rc == 0 and any('002_' in r['path'] for r in rows) and
      not any('000_' in r['path'] or '001_' in r['path'] for r in rows))
rc, rows = run('section:营商环境 改革', data + '/000_5fb319a1fb0eca91.txt')
check('section: filter', rc == 0 and all('营商环境' in r['section'] for r in rows))
rc, rows = run('不存在的词语')
check('no hit: exit 1, empty list', rc == 1 and rows == [])
r = subprocess.run([baogao, 'search'], capture_output=True)
check('no query: exit 2', r.returncode == 2)
rc, rows = run('经济')
rank = {'exact': 2, 'folded': 1, 'pinyin': 0}
check('exact original matches rank first', rows and rows[0]['match'] == 'exact' and
      [rank[r['match']] for r in rows] == sorted([rank[r['match']] for r in rows], reverse=True))
# Pinyin: full, initials, mixed; 地 read dì although ICU reads it de.
def pinyin_hits(q, *paths):
    rc, rows = run(q, *paths)
    out = []
    for r in rows:
        if r['match'] != 'pinyin':
            continue
        text = texts[os.path.basename(r['path'])[:-4]]
        out.append(text.encode('utf-8')[r['start']:r['end']].decode('utf-8'))
    return rc, out
for q in ['dqsczz', 'diqushengchanzongzhi', 'dqsc总值', 'diqushengchanzongz']:
    rc, hits = pinyin_hits(q, *sorted(glob.glob(data + '/00?_*.txt')))
    want = sum(fold(t)[0].count('地区生产总值') for t in texts.values())
    check('%s finds 地区生产总值 (%d of %d)' % (q, hits.count('地区生产总值') +
          hits.count('地區生產總值'), want),
          rc == 0 and hits and set(hits) <= {'地区生产总值', '地區生產總值'} and len(hits) == want)
for q in ['gdzctz', 'gudingzichantouzi']:
    rc, hits = pinyin_hits(q)
    check('%s finds 固定资产投资 (%d)' % (q, len(hits)), rc == 0 and hits and
          set(fold(h)[0] for h in hits) == {'固定资产投资'})
rc, hits = pinyin_hits('qxzq')
check('letters that spell nothing here: no pinyin hit', hits == [])

# The pinyin oracle: readings per simplified character (ICU's, toneless,
# ü as v, plus the heteronyms file's), and a matcher that follows the
# query positions reachable after each character: a reading in full, its
# initial (zh ch sh, or z c s for them), the last one still being typed;
# a Han character of the query matches itself. Shortest match.
def toneless(r):
    d = unicodedata.normalize('NFD', r.strip().lower())
    return ''.join('v' if c == '\u0308' else c for c in d
                   if c == '\u0308' or not unicodedata.combining(c)).replace('uv', 'v')
readings = {}
latin = open(tmp + '/chars.latin.txt', encoding='utf-8').read().split('\n')
for c, r in zip(dst, latin):
    if len(c) == 1 and r and r != c:
        readings.setdefault(c, set()).add(toneless(r))
for line in open(heteronyms, encoding='utf-8'):
    if line.startswith('#') or '\t' not in line:
        continue
    c, rs = line.rstrip('\n').split('\t')
    for r in rs.split():
        readings.setdefault(c, set()).add(toneless(r))
def han(c):
    """model/han.h's set (Unicode's Script=Han, by blocks)"""
    o = ord(c)
    return (0x4e00 <= o <= 0x9fff or 0x3400 <= o <= 0x4dbf or 0xf900 <= o <= 0xfaff or
            0x2e80 <= o <= 0x2fdf or o in (0x3005, 0x3007) or 0x3021 <= o <= 0x3029 or
            0x3038 <= o <= 0x303b or 0x16fe2 <= o <= 0x16fe3 or 0x16ff0 <= o <= 0x16ff1 or
            0x20000 <= o <= 0x3ffff)
def step(c, at, q):
    out = set()
    for qi in at:
        left = q[qi:]
        if not ('a' <= left[0] <= 'z'):
            if left[0] == c:
                out.add(qi + 1)
            continue
        for r in readings.get(c, ()) if han(c) else ():
            if len(left) < len(r) and r.startswith(left):
                out.add(len(q))
            if left.startswith(r):
                out.add(qi + len(r))
            init = 2 if len(r) >= 2 and r[1] == 'h' and r[0] in 'zcs' else 1
            if init < len(r) and left.startswith(r[:init]):
                out.add(qi + init)
            if init == 2 and r[0] == left[0]:
                out.add(qi + 1)
    return {p for p in out if p <= len(q)}
def pinyin_oracle(q):
    """(stem, start index in the clean text, folded match) of every match"""
    fq = fold(q)[0]
    found = set()
    for stem, (ft, where) in folds.items():
        for i, c in enumerate(ft):
            if not han(c):
                continue
            at, j = {0}, i
            while at and j < len(ft) and len(fq) not in at:
                at = step(ft[j], at, fq)
                j += 1
            if len(fq) in at:
                found.add((stem, where[i], ft[i:j]))
    return found
samples = sorted(glob.glob(data + '/00?_*.txt'))
pinyin_queries = ['dqsczz', 'diqushengchanzongzhi', 'dqsc总值', 'diqushengchanzongz',
                  'gdzctz', 'gudingzichantouzi', 'jjfz', 'gaozhiliangfazhan', 'gzlfz',
                  'xczx', 'xiangcunzhenxing', 'szjj', 'yshj', 'chengzhongcun', 'yueganga',
                  'chongdian', 'zengzhang', 'dangde', 'zhongguo']
for q in pinyin_queries:
    want = pinyin_oracle(q)
    rc, rows = run(q, *samples)
    got = set()
    for r in rows:
        if r['match'] != 'pinyin':
            continue
        stem = os.path.basename(r['path'])[:-4]
        text = texts[stem]
        hit = text.encode('utf-8')[r['start']:r['end']].decode('utf-8')
        got.add((stem, char_index(text, r['start']), fold(hit)[0]))
    check('pinyin %s: %d hits, oracle %d%s' % (q, len(got), len(want),
          '' if got == want else ' (only baogao: %s; only oracle: %s)' %
          (sorted(got - want)[:3], sorted(want - got)[:3])), got == want and len(want) > 0)

# Filters against `baogao list`: the single-term oracle kept to the
# reports whose metadata passes.
meta = {os.path.basename(m['path'])[:-4]: m for m in json.load(open(tmp + '/list.json'))}
def years(m):
    ys = {m['year']}
    for k in ('reviews', 'plans'):
        if m.get(k):
            a, _, b = m[k].partition('-')
            ys |= set(range(int(a), int(b or a) + 1))
    return ys
filters = [('region:荔湾 经济', '经济', lambda m: '荔湾' in (m['region'] or '')),
           ('kind:five-year-plan 数字经济', '数字经济', lambda m: m['kind'] == 'five-year-plan'),
           ('year:2022 营商环境', '营商环境', lambda m: 2022 in years(m)),
           ('year:2024 region:广州 增长', '增长', lambda m: 2024 in years(m) and '广州' in (m['region'] or ''))]
for q, term, ok in filters:
    fq = fold(term)[0]
    want = set()
    for stem, (ft, where) in folds.items():
        i = ft.find(fq) if ok(meta[stem]) else -1
        while i >= 0:
            want.add((stem, where[i]))
            i = ft.find(fq, i + 1)
    rc, rows = run(q, *samples)
    got = {(os.path.basename(r['path'])[:-4], char_index(texts[os.path.basename(r['path'])[:-4]], r['start']))
           for r in rows}
    check('%s: %d hits, oracle %d' % (q, len(got), len(want)), got == want and len(want) > 0)

# Terms ANDed within a section, and exclusions: a hit of a positive term
# counts when some unit around it — a section holding it (the outline's
# byte ranges of the clean text) or the whole report — holds every
# positive term and no negative one. Letters terms occur literally and as
# pinyin.
import re
sections = {os.path.basename(o['path'])[:-4]: o['sections'] for o in json.load(open(tmp + '/outline.json'))}
def byte_offsets(text):
    out, b = [], 0
    for c in text:
        out.append(b)
        b += len(c.encode('utf-8'))
    return out
offsets = {stem: byte_offsets(t) for stem, t in texts.items()}
def occurrences(stem, term):
    ft, where = folds[stem]
    fq = fold(term)[0]
    found, i = set(), ft.find(fq)
    while i >= 0:
        found.add(where[i])
        i = ft.find(fq, i + 1)
    if re.fullmatch(r'[a-z]{2,}[\u3400-\u9fff]*', fq):
        found |= {c for s, c, _ in pinyin_oracle_in(stem, term)}
    return found
def pinyin_oracle_in(stem, q):
    return {h for h in pinyin_oracle(q) if h[0] == stem}
def unit_ranges(stem, b):
    return [(s['start'], s['end']) for s in sections[stem] if s['start'] <= b < s['end']] + [(0, 1 << 62)]
for q, pos, neg in [('固定资产投资 增长', ['固定资产投资', '增长'], []),
                    ('经济 -疫情', ['经济'], ['疫情']),
                    ('营商环境 改革 -优化', ['营商环境', '改革'], ['优化']),
                    ('"2035 年" 远景', ['2035 年', '远景'], []),
                    ('gdzctz 增长', ['gdzctz', '增长'], []),
                    ('数字经济 -数据 -平台', ['数字经济'], ['数据', '平台'])]:
    want = set()
    for stem in texts:
        occ = {t: [offsets[stem][c] for c in occurrences(stem, t)] for t in pos + neg}
        def holds(rng, t):
            return any(rng[0] <= b < rng[1] for b in occ[t])
        for t in pos:
            for c in occurrences(stem, t):
                if any(all(holds(r, p) for p in pos) and not any(holds(r, n) for n in neg)
                       for r in unit_ranges(stem, offsets[stem][c])):
                    want.add((stem, c))
    rc, rows = run(q, *samples)
    got = {(os.path.basename(r['path'])[:-4], char_index(texts[os.path.basename(r['path'])[:-4]], r['start']))
           for r in rows}
    check('%s: %d hits, oracle %d' % (q, len(got), len(want)), got == want and len(want) > 0)

print('%d checks, %d failed' % (checks, fails))
sys.exit(1 if fails else 0)
PY
t_done
