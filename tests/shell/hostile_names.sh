#!/usr/bin/env bash
# hostile_names.sh — nothing of a file name reaches the terminal raw (the
# escaping rule of src/out.h). A folder holds reports (copies of sample
# 003, which has sections, tables and hits) named with an OSC (ESC ] 2 ;
# … BEL), a CSI (ESC [ 2 J), a raw C1 byte 0x9B, U+009B encoded, U+202E
# and U+200F, a byte 0xFF, a truncated UTF-8 sequence, a newline, a tab
# and a backslash, and dangling links with such names. For every verb
# (list, outline, tables, search, indicators, cat, check) as TSV, --json and --csv
# (cat --csv is a usage error: its message is checked):
#   - stdout and stderr are valid UTF-8 (so no stray 0x9B or 0xFF) with no
#     C0 control but newline (and the tab between TSV fields, CR and the
#     newline and tab RFC 4180 quoting carries in CSV), no DEL, no C1 and
#     no bidi control;
#   - TSV: every line has the header's fields (no raw tab or newline in
#     one) and each name's path field is exactly its escape, every name
#     there; CSV: Python's csv reads each path as the CSV escape;
#   - JSON parses; each path is the name (U+FFFD for bytes not UTF-8, and
#     then path_bytes holds the name's bytes, else there is none);
#     duplicate_of likewise;
#   - stderr holds one line per dangling link, "baogao: PATH: No such file
#     or directory" with PATH escaped, and nothing else;
#   - cat --json rebuilds cat's text.
# And hostile input of other kinds: the search breadcrumb cut at a
# character boundary (a title whose 120th byte is inside a character);
# messages naming an argument escape it; a QUERY starting with '-' (search
# "-改革 发展", search -- -改革 …) is a query, an unknown option after it
# is still an error.
. "$(dirname "$0")/lib.sh"

HERE=$(cd "$(dirname "$0")" && pwd)
cd "$T_TMP" || exit 1
t_python "hostile names" "$BAOGAO" "$DATA/003_af7b2255ab1e9056.txt" "$HERE" <<'PY'
import csv, io, json, os, subprocess, sys
baogao, sample = sys.argv[1:3]
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, sys.argv[3])
from checks import check, done

NAMES = [b'osc\x1b]2;PWNED\x07', b'csi\x1b[2J', b'c1\x9b31m', b'c1u\xc2\x9b31m',
         b'rlo\xe2\x80\xaetxt.exe', b'rlm\xe2\x80\x8f', b'ff\xff', b'cut\xe6\x96',
         b'nl\nx', b'tab\tx', b'back\\x1b']
GONE = [b'gone' + n for n in NAMES]
HOSTILE = b'hostile'
os.mkdir(HOSTILE)
content = open(sample, 'rb').read()
for n in NAMES:
    open(os.path.join(HOSTILE, n + b'.txt'), 'wb').write(content)
for n in GONE:
    os.symlink(b'nowhere/' + n, os.path.join(HOSTILE, n + b'.txt'))
paths = [os.path.join(HOSTILE, n + b'.txt') for n in NAMES]
gone = [os.path.join(HOSTILE, n + b'.txt') for n in GONE]

BIDI = {0x61C, 0x200E, 0x200F} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
def chars(b):
    """b as (character or None, bytes): strict UTF-8, a byte at a time
    where it is not."""
    i = 0
    while i < len(b):
        for k in (1, 2, 3, 4):
            try:
                yield b[i:i + k].decode('utf-8'), b[i:i + k]
                i += k
                break
            except UnicodeDecodeError:
                pass
        else:
            yield None, b[i:i + 1]
            i += 1
def escape(b, csv_field=False):
    """The rule of src/out.h, written again from its description."""
    out = []
    for c, raw in chars(b):
        if c is None:
            out.append('\\x%02x' % raw[0])
        elif c in '\t\n\r\\':
            out.append(c if csv_field else {'\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\'}[c])
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append('\\x%02x' % ord(c))
        elif 0x80 <= ord(c) <= 0x9F or ord(c) in BIDI:
            out.append('\\u%04x' % ord(c))
        else:
            out.append(c)
    return ''.join(out)

def run(args):
    r = subprocess.run([baogao] + args, capture_output=True)
    return r.returncode, r.stdout, r.stderr

def clean(name, what, b, allowed):
    """b is valid UTF-8 with no control but those allowed."""
    try:
        s = b.decode('utf-8')
    except UnicodeDecodeError as e:
        check('%s: %s is UTF-8 (%s)' % (name, what, e), False)
        return None
    bad = sorted({'U+%04X' % ord(c) for c in s
                  if (ord(c) < 0x20 and c not in allowed) or 0x7F <= ord(c) <= 0x9F
                  or ord(c) in BIDI})
    check('%s: %s has no raw control (%s)' % (name, what, ' '.join(bad)), not bad)
    return s

def messages(name, err):
    """stderr: a line per dangling link, its path escaped, nothing else."""
    want = sorted('baogao: %s: No such file or directory' % escape(g) for g in gone)
    got = sorted(err.decode('utf-8', 'replace').splitlines())
    if not check('%s: stderr names each dangling link escaped (%d lines)' % (name, len(got)),
                 got == want):
        print('  got  %r\n  want %r' % (got[:3], want[:3]))

tsv_paths = {escape(p) for p in paths}
csv_paths = {escape(p, True) for p in paths}
def tsv_check(name, out, path_col, dup_col=None, ragged=False):
    lines = out.split('\n')
    check(name + ': ends with a newline', lines[-1] == '')
    rows = [l.split('\t') for l in lines[:-1]]
    width = len(rows[0])
    bad = [r for r in rows[1:] if len(r) < width or (len(r) > width and not ragged)]
    check(name + ': every line has the header\'s fields (%d bad)' % len(bad), not bad)
    seen = {r[path_col] for r in rows[1:]}
    check(name + ': each path field is a name\'s escape (%r)' % sorted(seen - tsv_paths)[:2],
          seen == tsv_paths)
    if dup_col is not None:
        dups = {r[rows[0].index(dup_col)] for r in rows[1:]} - {''}
        check(name + ': duplicate_of fields are names\' escapes', dups and dups <= tsv_paths)

def csv_check(name, out, path_col):
    rows = list(csv.reader(io.StringIO(out, newline=''), strict=True))
    seen = {r[path_col] for r in rows[1:]}
    check(name + ': CSV reads each path as its CSV escape (%r)' % sorted(seen - csv_paths)[:2],
          seen == csv_paths)

def json_name(obj, key):
    """What is wrong with obj's key (a name, or null) and key_bytes, or None."""
    v = obj.get(key)
    if v is None:
        return None
    b = next((p for p in paths if p.decode('utf-8', 'replace') == v), None)
    if b is None:
        return '%s %r is no name' % (key, v)
    valid = b.decode('utf-8', 'replace').encode('utf-8') == b
    got = obj.get(key + '_bytes')
    if got != (None if valid else list(b)):
        return '%s_bytes of %r: %r' % (key, b, got)
    return None

def json_check(name, out):
    try:
        rows = json.loads(out)
    except ValueError as e:
        check(name + ': JSON parses (%s)' % e, False)
        return None
    check(name + ': JSON parses', True)
    wrong = [w for r in rows for w in (json_name(r, 'path'), json_name(r, 'duplicate_of')) if w]
    check(name + ': path (and duplicate_of) and their _bytes right (%r)' % wrong[:2], not wrong)
    want = {p.decode('utf-8', 'replace') for p in paths}
    check(name + ': every name is there', {r['path'] for r in rows} == want)
    return rows

# path column: list, check, search and (several files) outline, tables: 0
for verb in (['list'], ['outline'], ['tables'], ['search', '经济'], ['indicators'], ['cat'], ['check']):
    for fmt in ([], ['--json'], ['--csv']):
        name = ' '.join(verb + fmt)
        rc, out, err = run(verb + fmt + [HOSTILE.decode()])
        clean(name, 'stderr', err, '\n')
        if verb == ['cat'] and fmt == ['--csv']:
            check(name + ': a usage error (%d)' % rc, rc == 2 and not out)
            continue
        check(name + ': exit 0 (%d)' % rc, rc == 0)
        messages(name, err)
        allowed = {'': '\t\n', '--json': '\n', '--csv': '\t\r\n'}[''.join(fmt)]
        s = clean(name, 'stdout', out, allowed)
        if s is None:
            continue
        if verb == ['cat']:
            if fmt == ['--json']:
                docs = json_check(name, out)
                _, plain, _ = run(['cat', HOSTILE.decode()])
                def text(d):
                    blocks = {}
                    for p in d['paragraphs']:
                        blocks.setdefault(p['block'], []).append(p['text'])
                    return '\n\n'.join('\n'.join(blocks[b]) for b in sorted(blocks)) + '\n'
                check(name + ': rebuilds cat\'s text',
                      docs is not None and '\n'.join(map(text, docs)) == plain.decode('utf-8', 'replace'))
            continue
        if fmt == ['--json']:
            json_check(name, out)
        elif fmt == ['--csv']:
            csv_check(name, s, 0)
        else:
            tsv_check(name, s, 0, 'duplicate_of' if verb == ['list'] else None, ragged=verb == ['tables'])

# Each name and each dangling link as a PATH of its own.
for p in paths[:3] + paths[6:7]:
    for fmt in ([], ['--json']):
        name = 'outline %s %r' % (' '.join(fmt), p)
        rc, out, err = run(['outline'] + fmt + [p])
        s = clean(name, 'stdout', out, '\t\n')
        check(name + ': exit 0, nothing on stderr', rc == 0 and not err)
        if fmt and s is not None:
            obj = json.loads(s)[0]
            check(name + ': the path', obj['path'] == p.decode('utf-8', 'replace'))
for g in gone:
    rc, out, err = run(['list', g])
    clean('list %r' % g, 'stderr', err, '\n')
    check('list %r: exit 1, the path escaped on stderr' % g,
          rc == 1 and err.decode('utf-8', 'replace') == 'baogao: %s: No such file or directory\n' % escape(g))

# The breadcrumb: the title's 120th byte is inside a character ("A" then
# three-byte characters): cut before it.
title = 'A' + '经济发展' * 12
open('crumb.txt', 'w').write('一、%s\n\n经济运行回升向好，全年经济增长。\n\n二、其他工作\n\n完成了。\n' % title)
rc, out, err = run(['search', '增长', 'crumb.txt'])
s = clean('search breadcrumb', 'stdout', out, '\t\n')
want = '一、 ' + title.encode()[:118].decode()
check('search breadcrumb: cut at a character boundary',
      s is not None and s.split('\n')[1].split('\t')[2] == want)
rc, out, err = run(['--json', 'search', '增长', 'crumb.txt'])
try:
    check('search --json breadcrumb: parses, cut', json.loads(out)[0]['section'] == want)
except (ValueError, IndexError, KeyError) as e:
    check('search --json breadcrumb: parses (%s)' % e, False)

# Arguments: an unknown option is named escaped; a QUERY may start with '-'.
rc, out, err = run(['--\x1b[2J'])
check('unknown option: exit 2, named escaped',
      err.decode('utf-8', 'replace') ==
      "baogao: unknown option '--\\x1b[2J' (see baogao --help)\n" and rc == 2)
report = paths[0]
rows = {}
for args in (['search', '-改革 发展'], ['search', '--', '-改革 发展'], ['search', '发展 -改革'],
             ['search', '--json', '-改革 发展'], ['--json', 'search', '--', '-改革 发展'],
             ['search', '发展']):
    rc, out, err = run(args + [report])
    rows[' '.join(args)] = out
    check('%s: exit 0 (%d) %r' % (' '.join(args), rc, err[:60]), rc == 0 and not err)
check('search "-改革 发展" = search -- "-改革 发展" = search "发展 -改革"',
      rows['search -改革 发展'] == rows['search -- -改革 发展'] == rows['search 发展 -改革'])
check('search --json "-改革 发展" = --json search -- "-改革 发展"',
      rows['search --json -改革 发展'] == rows['--json search -- -改革 发展'])
check('the exclusion excludes (%d < %d lines)' % (rows['search -改革 发展'].count(b'\n'),
                                                   rows['search 发展'].count(b'\n')),
      0 < rows['search -改革 发展'].count(b'\n') < rows['search 发展'].count(b'\n'))
rc, out, err = run(['search', '-x', report])
check('search -x: a query, not an option (%r)' % err, rc != 0 and b'unknown option' not in err)
rc, out, err = run(['search', '发展', '-x', report])
check('search 发展 -x: -x is an unknown option', rc == 2 and b"unknown option '-x'" in err)
rc, out, err = run(['search', '--json', '-h'])
check('search -h: the help of search (a known option)',
      rc == 0 and out.startswith(b'usage: baogao [OPTIONS] search QUERY'))
done()
PY
t_done
