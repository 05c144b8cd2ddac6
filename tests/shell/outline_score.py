# outline_score.py — scores a produced outline (baogao outline TSV)
# against a gold outline as tests/gold/README.md says ("Scoring an
# outline"): levels equal, markers equal after NFKC (an empty gold marker
# matches any), titles agreeing on their first 6 characters after NFKC
# without punctuation and spaces (a gold � matches any one; a shorter
# produced title needs 2 characters and to agree on all); each gold row
# matches at most one produced row, in document order. Prints the misses,
# the extras and "NAME: … precision P recall R"; exits 1 below FLOOR on
# either. Usage: python3 outline_score.py GOT.tsv GOLD.tsv NAME FLOOR
import sys, unicodedata


def rows(path):
    lines = open(path, encoding='utf-8').read().splitlines()[1:]
    return [l.split('\t') for l in lines if l]


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def norm_title(s):
    s = nfkc(s)
    return ''.join(ch for ch in s
                   if not (unicodedata.category(ch)[0] in 'PZ' or ch.isspace()))


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


def score(got, gold):
    """(matched, missed gold rows, extra produced rows)"""
    matched, j, missed = 0, 0, []
    used = [False] * len(got)
    for g in gold:
        for k in range(j, len(got)):
            if not used[k] and match(got[k], g):
                used[k] = True
                matched += 1
                j = k + 1
                break
        else:
            missed.append(g)
    extra = [p for k, p in enumerate(got) if not used[k]]
    return matched, missed, extra


def main():
    got_path, gold_path, name, floor = sys.argv[1:5]
    got, gold = rows(got_path), rows(gold_path)
    matched, missed, extra = score(got, gold)
    for g in missed:
        print('  missed: %s %s %s (line %s)' % (g[0], g[1], g[2], g[3]))
    for p in extra if gold else []:
        print('  extra: %s %s %s (line %s)' % (p[0], p[1], p[2], p[3]))
    precision = matched / len(got) if got else (1.0 if not gold else 0.0)
    recall = matched / len(gold) if gold else 1.0
    print('%s: %d produced, %d gold, %d matched; precision %.3f recall %.3f'
          % (name, len(got), len(gold), matched, precision, recall))
    ok = precision >= float(floor) and recall >= float(floor)
    sys.exit(0 if ok else 1)


main()
