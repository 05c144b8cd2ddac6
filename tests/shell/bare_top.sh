#!/usr/bin/env bash
# bare_top.sh — top-level headings without markers, on variants of the
# samples made here: each report of tests/data with gold whose level-1
# lines have their markers (一、 …) stripped must give those lines as level
# 1 (no marker) and their subsections as level 2; captions, slogans and a
# signature put into a report (stripped or not) are not headings; a run of
# 一是/二是 paragraphs under a bare top stays body. Each variant is scored
# with outline_score.py against its gold (the sample's, markers of level 1
# emptied, lines shifted past what was put in) and must be exact.
. "$(dirname "$0")/lib.sh"

python3 - "$DATA" "$GOLD" "$T_TMP" <<'PY'
import sys
data, gold, out = sys.argv[1:4]
SEEDS = ['000_5fb319a1fb0eca91', '001_2cdd38cdf6c8a87a', '002_f7d3045b65ec1e49',
         '003_af7b2255ab1e9056']
MORE = ['district-gbk/2012', 'district-gbk/2013', 'city-2024/锡林郭勒',
        'city-2024/黔东南']


def load(stem):
    """(lines of the report, gold rows) of a sample stem."""
    more = '/' in stem
    path = '%s/%s%s.txt' % (data, 'more/' if more else '', stem)
    raw = open(path, 'rb').read()
    text = raw.decode('gbk' if 'gbk' in stem else 'utf-8')
    gpath = '%s/%s%s.outline.tsv' % (gold, 'more/' if more else '', stem)
    rows = [l.split('\t') for l in
            open(gpath, encoding='utf-8').read().splitlines()[1:] if l]
    return text.split('\n'), rows


def strip(lines, rows):
    """The level-1 markers removed from their lines and from the gold."""
    lines = list(lines)
    for r in rows:
        if r[0] == '1':
            n = int(r[3]) - 1
            i = lines[n].index(r[1])
            lines[n] = lines[n][:i] + lines[n][i + len(r[1]):]
    return lines, [[r[0], '' if r[0] == '1' else r[1]] + r[2:] for r in rows]


def insert(lines, rows, at, new):
    """new (lines) put after line at (1-based); gold lines past it shift."""
    lines = lines[:at] + new + lines[at:]
    shifted = []
    for r in rows:
        n = int(r[3])
        shifted.append(r[:3] + [str(n + len(new) if n > at else n)] + r[4:])
    return lines, shifted


def write(name, lines, rows):
    with open('%s/%s.txt' % (out, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
    with open('%s/%s.gold' % (out, name), 'w', encoding='utf-8') as f:
        f.write('level\tmarker\ttitle\tline\tnote\n')
        for r in rows:
            f.write('\t'.join(r) + '\n')


for stem in SEEDS + MORE:
    write('strip-' + stem.replace('/', '-'), *strip(*load(stem)))

# Captions (before a table, one right before the first subsection of a
# top, a figure's, one before its unit line), slogans (parallel phrases
# with two body paragraphs after them; a closing line) and the signature,
# in the preface, inside a run, before a run and after the last heading of
# 002 (一、 at 22, （一） of 二、 at 82, （九） at 146, its closing paragraph
# at 148).
BODY = '我们要坚定信心、迎难而上,推动各项工作落地见效,以实干实绩回应人民期待。'
NOISE = [
    (20, ['', '海珠区2022年主要经济指标完成情况', '', '| 指标 | 2022年 |',
          '|---|---|', '| 地区生产总值 | 2500亿元 |', '', '单位:亿元']),
    (62, ['', '图 1 2018-2022年地区生产总值及增速', '', '全区主要指标走势',
          '', '单位:亿元']),
    (80, ['', '2023年主要预期目标', '', '| 指标 | 目标 |', '|---|---|',
          '| 地区生产总值 | 增长6% |']),
    (146, ['', '凝心聚力 砥砺前行', '', BODY, '', BODY, '',
           '不忘初心,牢记使命', '', BODY, '', BODY]),
    (148, ['', '奋力谱写海珠高质量发展新篇章', '', '广州市海珠区人民政府',
           '', '区长 毛松柏', '', '2023年3月2日']),
]
# A run of 一是/二是 leads and lead sentences under the second top of 002.
LEADS = (74, ['', '一是稳住经济大盘,全年地区生产总值增长6%左右。',
              '', '二是扩大有效投资,固定资产投资增长8%。',
              '', '三是提振消费市场,社会消费品零售总额增长7%。',
              '', '稳住经济大盘。今年要把稳增长放在更加突出的位置。'])
lines, rows = load('002_f7d3045b65ec1e49')
for variant, (l, r) in (('marked', (lines, rows)), ('stripped', strip(lines, rows))):
    for at, new in sorted(NOISE, reverse=True):
        l, r = insert(l, r, at, new)
    write('noise-' + variant, l, r)
l, r = insert(*strip(lines, rows), *LEADS)
write('leads-stripped', l, r)
PY
t_check "variants written" $?

for g in "$T_TMP"/*.gold; do
    name=$(basename "$g" .gold)
    "$BAOGAO" outline "$T_TMP/$name.txt" > "$T_TMP/$name.tsv"
    python3 "$SRCDIR/tests/shell/outline_score.py" "$T_TMP/$name.tsv" "$g" \
        "$name" 1.0
    t_check "$name outline exact" $?
    # a stripped top has no marker to show
    case $name in strip-*|*-stripped)
        bad=$(awk -F'\t' 'NR > 1 && $1 == 1 && $2 != ""' "$T_TMP/$name.tsv")
        t_check "$name: level-1 headings without markers" "$([ -z "$bad" ]; echo $?)" ;;
    esac
done
t_done
