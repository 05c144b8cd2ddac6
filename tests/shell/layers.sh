#!/usr/bin/env bash
# layers.sh — the layering of the sources, read from the sources and from
# nm of the built libraries:
#  (a) nothing in model/ includes a curses or ICU header (<ncurses…>,
#      <curses.h>, <term.h>, <unicode/…>), directly or through the
#      project headers it includes, followed transitively;
#  (b) nothing in ui/ includes a header of src/parse/, directly or through
#      project headers: quoted includes resolved as the compiler does for
#      ui (the includer's folder, then ui/, model/ and the source root,
#      meson's include path), and a name found only in src/parse/ counts;
#  (c) no include cycle among ui/ files: the graph "X.c or X.h includes
#      Y.h", X.c and X.h one node X (and X_impl.h, the inside of X its
#      files share, as model/index_impl.h); each cycle printed with its
#      includes;
#  (d) the same over src/parse/ and over model/;
#  and, from the libraries: no cycle among the objects of each of those
#  folders ("X.o uses a symbol Y.o defines": what an extern declaration
#  hides from the include graph, such as app.h declaring reader_ops);
#  libmodel.a uses no symbol of the curses or ICU libraries baogao links,
#  libparse.a none of curses, libui*.a none of libparse.a.
# The libraries are taken beside BAOGAO (the build folder).
. "$(dirname "$0")/lib.sh"
t_python "layers" "$SRCDIR" "$(dirname "$BAOGAO")" "$BAOGAO" <<'PY'
import collections, os, re, subprocess, sys

SRC, BUILD, BINARY = sys.argv[1:4]
# Each folder's include path, as meson.build gives it (the source root is
# meson's implicit include folder of the top-level targets).
INCLUDE_PATH = {'model': ['model', '.'],
                'src/parse': ['src/parse', 'model', '.'],
                'ui': ['ui', 'model', '.']}
LIBRARIES = {'model': ['libmodel.a'], 'src/parse': ['libparse.a'],
             'ui': ['libui.a', 'libui_text.a']}
FORBIDDEN_IN_MODEL = re.compile(
    r'(n?cursesw?(/|\.h$)|ncurses|term\.h$|unicode/)')
checks = failed = 0


def check(name, ok, details=()):
    global checks, failed
    checks += 1
    if not ok:
        failed += 1
        print('FAIL: ' + name)
        for d in details:
            print('    ' + d)


def code_of(path):
    """The text of a C file without its comments (string literals kept,
    so a "/*" inside one opens no comment)."""
    s = open(path, encoding='utf-8', errors='replace').read()
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if s.startswith('/*', i):
            j = s.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append('\n' * s.count('\n', i, j))
            i = j
        elif s.startswith('//', i):
            j = s.find('\n', i)
            i = n if j < 0 else j
        elif c in '"\'':
            j = i + 1
            while j < n and s[j] != c and s[j] != '\n':
                j += 2 if s[j] == '\\' else 1
            out.append(s[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.M)
includes_cache = {}


def includes(path):
    """[(quoted, name)] of the #include lines of path (relative to SRC)."""
    if path not in includes_cache:
        includes_cache[path] = [(m.group(1) == '"', m.group(2).strip())
                                for m in INCLUDE.finditer(code_of(os.path.join(SRC, path)))]
    return includes_cache[path]


def resolve(name, quoted, includer, path):
    """The project file an include names (relative to SRC), or None for a
    system header: a quoted name is looked for beside the includer first,
    then, like an angled one, along the include path."""
    dirs = ([os.path.dirname(includer)] if quoted else []) + path
    for d in dirs:
        p = os.path.normpath(os.path.join(d, name))
        if not p.startswith('..') and os.path.isfile(os.path.join(SRC, p)):
            return p
    return None


def sources(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(os.path.join(SRC, folder))
                  if f.endswith(('.c', '.h')))


def reach(start, path):
    """Every include reached from start through project headers:
    {(quoted, name, resolved or None): the chain of files to it}."""
    seen, found, stack = {start}, {}, [(start, [start])]
    while stack:
        f, chain = stack.pop()
        for quoted, name in includes(f):
            r = resolve(name, quoted, f, path)
            found.setdefault((quoted, name, r), chain)
            if r and r not in seen and r.endswith('.h'):
                seen.add(r)
                stack.append((r, chain + [r]))
    return found


def spell(quoted, name):
    return '"%s"' % name if quoted else '<%s>' % name


def node(path):
    """X for X.c, X.h and X_impl.h (the inside of X, shared by its files)."""
    stem = os.path.splitext(path)[0]
    return stem[:-len('_impl')] if stem.endswith('_impl') else stem


def cycles(edges):
    """Each elementary cycle of the graph {node: {node: why}} once, as a
    node list starting at its smallest node."""
    found = []

    def walk(start, v, path, on_path):
        for w in sorted(edges.get(v, ())):
            if w == start:
                found.append(path[:])
            elif w > start and w not in on_path and len(found) < 50:
                on_path.add(w)
                path.append(w)
                walk(start, w, path, on_path)
                path.pop()
                on_path.discard(w)

    for s in sorted(edges):
        walk(s, s, [s], {s})
    return found


def report_cycles(title, edges):
    found = cycles(edges)
    lines = []
    for c in found:
        steps = [c[0]]
        for a, b in zip(c, c[1:] + c[:1]):
            steps.append('→ %s (%s)' % (b, edges[a][b]))
        lines.append(' '.join(steps))
    check('%s: %d found' % (title, len(found)) if found else title, not found, lines)


# (a) model/: no curses or ICU header, however reached.
for f in sources('model'):
    bad = ['%s via %s' % (spell(q, n), ' → '.join(chain))
           for (q, n, r), chain in sorted(reach(f, INCLUDE_PATH['model']).items())
           if r is None and FORBIDDEN_IN_MODEL.match(n)]
    check('(a) %s includes no curses or ICU header' % f, not bad,
          ['includes ' + b for b in bad])

# (b) ui/: no header of src/parse/, however reached.
for f in sources('ui'):
    bad = []
    for (q, n, r), chain in sorted(reach(f, INCLUDE_PATH['ui']).items()):
        via = ' → '.join(chain)
        if r and r.startswith('src/parse/'):
            bad.append('%s (%s) via %s' % (spell(q, n), r, via))
        elif r is None and q and os.path.isfile(os.path.join(SRC, 'src/parse', n)):
            bad.append('%s, found only in src/parse/, via %s' % (spell(q, n), via))
    check('(b) %s includes no header of src/parse/' % f, not bad,
          ['includes ' + b for b in bad])

# (c), (d): include cycles within each folder, X.c and X.h one node.
for folder in ('ui', 'src/parse', 'model'):
    edges = collections.defaultdict(dict)
    for f in sources(folder):
        for q, n in includes(f):
            r = resolve(n, q, f, INCLUDE_PATH[folder])
            if r and os.path.dirname(r) == folder and node(r) != node(f):
                edges[node(f)].setdefault(node(r), '%s includes %s'
                                          % (os.path.basename(f), spell(q, n)))
    report_cycles('(%s) no include cycle among %s/ files' % (
        'c' if folder == 'ui' else 'd', folder), edges)


def nm(args):
    return subprocess.run(['nm'] + args, capture_output=True, text=True,
                          check=True).stdout.splitlines()


NM_LINE = re.compile(r'^(?:.*?):([^:\s]+\.o):\s*(?:[0-9a-fA-F]+)?\s+([A-Za-z])\s+(\S+)$')


def symbols(libs):
    """({symbol: object defining it}, {object: symbols it uses}) over the
    global symbols of the archives."""
    defined, used = {}, collections.defaultdict(set)
    for lib in libs:
        for line in nm(['-A', os.path.join(BUILD, lib)]):
            m = NM_LINE.match(line)
            if not m:
                continue
            obj, kind, sym = os.path.basename(m.group(1)), m.group(2), m.group(3)
            if kind in 'Uwv':  # undefined (w, v: weak)
                used[obj].add(sym)
            elif kind.isupper():  # defined and global
                defined[sym] = obj
    return defined, used


# The same folders' objects: X.o → Y.o when X uses what Y defines.
libs_of = {}
for folder in ('ui', 'src/parse', 'model'):
    libs_of[folder] = symbols(LIBRARIES[folder])
    defined, used = libs_of[folder]
    file_of = {f.replace('/', '_') + '.o': f for f in sources(folder) if f.endswith('.c')}
    edges = collections.defaultdict(dict)
    for obj, syms in used.items():
        for sym in sorted(syms):
            to = defined.get(sym)
            if obj in file_of and to in file_of and to != obj:
                a, b = file_of[obj], file_of[to]
                edges[node(a)].setdefault(node(b), '%s uses %s' % (os.path.basename(a), sym))
    report_cycles('(%s) no cycle among the objects of %s/ (nm)' % (
        'c' if folder == 'ui' else 'd', folder), edges)

# Symbols of the curses and ICU libraries baogao is linked with.
linked = {'curses': set(), 'ICU': set()}
for line in subprocess.run(['ldd', BINARY], capture_output=True, text=True,
                           check=True).stdout.splitlines():
    m = re.match(r'\s*lib(ncurses|tinfo|icu)\S*\s+=>\s+(\S+)', line)
    if m:
        which = 'ICU' if m.group(1) == 'icu' else 'curses'
        for l in nm(['-D', '--defined-only', m.group(2)]):
            parts = l.split()
            if len(parts) == 3:
                linked[which].add(parts[2].split('@')[0])
check('nm: the curses and ICU libraries are found and read (initscr, ucnv_open)',
      'initscr' in linked['curses'] and
      any(s.startswith('ucnv_open') for s in linked['ICU']))


def uses_none(title, folder, forbidden):
    bad = sorted('%s uses %s' % (obj, s) for obj, syms in libs_of[folder][1].items()
                 for s in syms if s in forbidden)
    check(title, not bad, bad[:20] + (['…'] if len(bad) > 20 else []))


uses_none('nm: libmodel.a uses no curses or ICU symbol', 'model',
          linked['curses'] | linked['ICU'])
uses_none('nm: libparse.a uses no curses symbol', 'src/parse', linked['curses'])
uses_none('nm: libui.a and libui_text.a use no symbol of libparse.a', 'ui',
          set(libs_of['src/parse'][0]))
print('%d checks, %d failed' % (checks, failed))
PY
t_done
