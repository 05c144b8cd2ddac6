#!/usr/bin/env bash
# outline_gold.sh — golden test: baogao outline of each sample against
# tests/gold/*.outline.tsv, scored as the gold README says (level, NFKC
# marker, first 6 title characters without punctuation; each gold row
# matches at most one produced row, in order). Prints precision and
# recall per file; fails below 0.97 on either.
. "$(dirname "$0")/lib.sh"
FLOOR=0.97
for f in $SAMPLES; do
    stem=${f%.txt}
    "$BAOGAO" outline "$DATA/$f" > "$T_TMP/$stem.tsv"
    python3 - "$T_TMP/$stem.tsv" "$GOLD/$stem.outline.tsv" "$stem" "$FLOOR" <<'PY'
import re, sys, unicodedata
got_path, gold_path, stem, floor = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
def rows(p):
    lines = open(p, encoding='utf-8').read().splitlines()[1:]
    return [l.split('\t') for l in lines if l]
def nfkc(s):
    return unicodedata.normalize('NFKC', s)
def norm_title(s):
    s = nfkc(s)
    return ''.join(ch for ch in s if not (unicodedata.category(ch)[0] in 'PZ' or ch.isspace()))
def title_match(got, gold):
    g, w = norm_title(got), norm_title(gold)
    if len(g) < len(w[:6]):
        if len(g) < 2:
            return False
        w = w[:len(g)]
    return all(a == b or b == '\ufffd' for a, b in zip(g[:6], w[:6]))
def match(p, g):
    if p[0] != g[0]:
        return False
    if g[1] and nfkc(p[1]) != nfkc(g[1]):
        return False
    return title_match(p[2], g[2])
got, gold = rows(got_path), rows(gold_path)
matched, j = 0, 0
used = [False] * len(got)
for g in gold:
    for k in range(j, len(got)):
        if not used[k] and match(got[k], g):
            used[k] = True
            matched += 1
            j = k + 1
            break
    else:
        print('  missed: %s %s %s (line %s)' % (g[0], g[1], g[2], g[3]))
for k, p in enumerate(got):
    if not used[k] and gold:
        print('  extra: %s %s %s (line %s)' % (p[0], p[1], p[2], p[3]))
precision = matched / len(got) if got else (1.0 if not gold else 0.0)
recall = matched / len(gold) if gold else 1.0
print('%s: %d produced, %d gold, %d matched; precision %.3f recall %.3f'
      % (stem, len(got), len(gold), matched, precision, recall))
sys.exit(0 if precision >= floor and recall >= floor else 1)
PY
    t_check "$stem outline precision and recall >= $FLOOR" $?
done
t_done
