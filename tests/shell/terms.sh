#!/usr/bin/env bash
# terms.sh — `baogao compare --terms A B` (model/keyness.h) on 000 against
# 002: the TSV's columns (side term count_a count_b score line), new rows
# before dropped ones, each side by score; every listed term counted again
# in each report independently, by `baogao search TERM A B --json` (its
# hits per report) and by Python over `baogao cat` (str.count), both equal
# to the listed counts, the other side's 0; at least 20 terms on each side,
# at most 30; line the line of the term's first hit; the same rows as CSV
# and in --json's compare object ("terms", with the first place's clean
# offsets: search's first hit's); a report against itself, and
# against a copy made here in traditional characters (some 60 of the
# commonest) with full-width digits, lists nothing and exits 1 (and the
# copy with one phrase added lists that phrase only); usage errors exit 2.
. "$(dirname "$0")/lib.sh"

t_python "terms" "$BAOGAO" "$DATA" "$(dirname "$0")" "$T_TMP" <<'PY'
import csv, io, json, os, subprocess, sys
baogao, data = sys.argv[1:3]
tmp = sys.argv[4]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[3])
from checks import check, done

S = {k: os.path.join(data, f) for k, f in [
    ('000', '000_5fb319a1fb0eca91.txt'), ('001', '001_2cdd38cdf6c8a87a.txt'),
    ('002', '002_f7d3045b65ec1e49.txt'), ('003', '003_af7b2255ab1e9056.txt')]}
COLS = 'side term count_a count_b score line'.split()

def run(args):
    r = subprocess.run([baogao] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return r.returncode, r.stdout.decode('utf-8'), r.stderr.decode('utf-8')

rc, out, err = run(['compare', '--terms', S['000'], S['002']])
check('000 002: exit 0', rc == 0)
lines = out.rstrip('\n').split('\n')
check('header', lines[0].split('\t') == COLS)
rows = [l.split('\t') for l in lines[1:]]
check('six fields a row', all(len(r) == 6 for r in rows))
rows = [r for r in rows if len(r) == 6]
sides = [r[0] for r in rows]
check('sides are new or dropped, new first', set(sides) <= {'new', 'dropped'} and
      sides == sorted(sides, key=lambda s: s != 'new'))
nnew, ndropped = sides.count('new'), sides.count('dropped')
check('at least 20 new, at most 30 (%d)' % nnew, 20 <= nnew <= 30)
check('at least 20 dropped, at most 30 (%d)' % ndropped, 20 <= ndropped <= 30)
for side in ('new', 'dropped'):
    scores = [float(r[4]) for r in rows if r[0] == side]
    check('%s: by score' % side, scores == sorted(scores, reverse=True))
check('terms distinct', len({(r[0], r[1]) for r in rows}) == len(rows))

text = {k: run(['cat', S[k]])[1] for k in ('000', '002')}
first_place = {}
for side, term, ca, cb, score, line in rows:
    ca, cb, line = int(ca), int(cb), int(line)
    rc, out, _ = run(['search', term, S['000'], S['002'], '--json'])
    hits = json.loads(out) if rc == 0 else []
    sa = [h for h in hits if h['path'] == S['000']]
    sb = [h for h in hits if h['path'] == S['002']]
    check('%s %s: search counts %d %d, listed %d %d' % (side, term, len(sa), len(sb), ca, cb),
          (len(sa), len(sb)) == (ca, cb))
    check('%s %s: cat counts' % (side, term),
          (text['000'].count(term), text['002'].count(term)) == (ca, cb))
    own, other = (cb, ca) if side == 'new' else (ca, cb)
    check('%s %s: only on its side, twice or more' % (side, term), other == 0 and own >= 2)
    own_hits = sb if side == 'new' else sa
    check('%s %s: line of the first hit' % (side, term),
          bool(own_hits) and min(h['line'] for h in own_hits) == line)
    first_place[(side, term)] = min((h['start'], h['end']) for h in own_hits) if own_hits else None
    check('%s %s: score' % (side, term), float(score) > 0)
    check('%s %s: no digit, no punctuation' % (side, term),
          not any(c.isdigit() or c in '，。、；：！？,.;:' for c in term))

# CSV: the same rows
rc, out, _ = run(['compare', '--terms', '--csv', S['000'], S['002']])
got = list(csv.reader(io.StringIO(out)))
check('csv: the rows of the TSV', rc == 0 and got == [COLS] + rows)

# JSON: the compare object with the terms
rc, out, _ = run(['compare', '--terms', '--json', S['000'], S['002']])
try:
    j = json.loads(out)
except ValueError:
    j = {}
terms = j.get('terms', []) if isinstance(j, dict) else []
check('json: exit 0, terms in the compare object', rc == 0 and 'sections' in j and len(terms) == len(rows))
check('json: the rows of the TSV',
      [[t['side'], t['term'], str(t['count_a']), str(t['count_b']), '%.2f' % t['score'],
        str(t['line'])] for t in terms] == rows)
check('json: start and end, the first hit\'s',
      all(first_place.get((t['side'], t['term'])) == (t['start'], t['end']) for t in terms))
rc, out, _ = run(['compare', '--json', S['000'], S['002']])
check('json without --terms: the terms too', rc == 0 and json.loads(out).get('terms') == terms)

# 000 in traditional characters, digits full-width
T2 = dict(zip('发经济区国业为会实现进设产务质动长术开关这们时个体问题点级优营环境报告议员协农质总规划财资门础边',
              '發經濟區國業為會實現進設產務質動長術開關這們時個體問題點級優營環境報告議員協農質總規劃財資門礎邊'))
with open(S['000'], encoding='utf-8') as f:
    src = f.read()
trad = ''.join(T2.get(c, chr(ord(c) + 0xFEE0) if '0' <= c <= '9' else c) for c in src)
S['trad'] = os.path.join(tmp, 'trad.txt')
with open(S['trad'], 'w', encoding='utf-8') as f:
    f.write(trad)
check('the copy differs', trad != src)
S['more'] = os.path.join(tmp, 'more.txt')
with open(S['more'], 'w', encoding='utf-8') as f:
    f.write(trad + '\n低空經濟飛行器試點。\n低空經濟飛行器試點。\n')
rc, out, _ = run(['compare', '--terms', S['000'], S['more']])
got = [l.split('\t')[:4] for l in out.rstrip('\n').split('\n')[1:]]
check('the copy and a phrase: that phrase only, as the copy writes it (%s)' % got,
      rc == 0 and got == [['new', '低空經濟飛行器試點', '0', '2']])

# nothing new: the same report, and 000 against its traditional copy
for a, b, what in (('003', '003', 'itself'), ('000', 'trad', 'its traditional copy')):
    rc, out, _ = run(['compare', '--terms', S[a], S[b]])
    check('%s against %s: header only, exit 1' % (a, what), rc == 1 and out == '\t'.join(COLS) + '\n')
rc, out, _ = run(['compare', '--terms', '--json', S['003'], S['003']])
check('json, against itself: no terms, exit 1', rc == 1 and json.loads(out)['terms'] == [])

# usage
rc, out, err = run(['compare', '--terms', S['000']])
check('one report: exit 2 and a message', rc == 2 and out == '' and 'two reports' in err)
rc, out, err = run(['search', '--terms', '改革', S['000']])
check('--terms is compare\'s: exit 2', rc == 2 and '--terms' in err)
rc, out, err = run(['compare', '--terms', S['000'], '/nonexistent/x.txt'])
check('a file that cannot be read: exit 1', rc == 1 and out == '' and 'x.txt' in err)
rc, out, _ = run(['compare', '--help'])
check('compare --help names --terms', rc == 0 and '--terms' in out)
done()
PY
t_done
