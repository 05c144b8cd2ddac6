#!/usr/bin/env bash
# install.sh — baogao installs like a Unix tool: `meson install --destdir`
# of the build folder into a scratch folder (no root); the installed binary
# opens its installed samples (list: the build binary's rows, paths under
# the installed datadir; through a symlink too; BAOGAO_REPORTS still
# overrides); `man -l` renders baogao(1) without a warning and it names
# every verb, option and key that --help names (and no other), with the
# export schema, FILES, ENVIRONMENT and EXIT STATUS; the bash completion
# loads (complete -p baogao) and offers the verbs, each verb's options as
# VERB --help lists them, the --kind and --color= values and files; zsh
# and fish load theirs when present. And the command line's help: VERB
# --help, and one line with a hint, exit 2, for an unknown verb or option.
. "$(dirname "$0")/lib.sh"
: "${BUILDDIR:?set BUILDDIR to the build folder}"
run() { timeout 120 "$BAOGAO" "$@"; }
DEST="$T_TMP/dest"

meson install -C "$BUILDDIR" --no-rebuild --quiet --destdir "$DEST" \
    > "$T_TMP/install.log" 2>&1; rc=$?
[ $rc -eq 0 ]; t_check "meson install --destdir exits 0 (got $rc)" $?
[ $rc -eq 0 ] || cat "$T_TMP/install.log"
bin=$(find "$DEST" -path '*/bin/baogao' -type f | head -1)
[ -x "$bin" ]; t_check "the binary is installed ($bin)" $?
share=${bin%/bin/baogao}/share
for f in man/man1/baogao.1 bash-completion/completions/baogao \
         zsh/site-functions/_baogao fish/vendor_completions.d/baogao.fish \
         baogao/export_schema.sql baogao/opensearch-mapping.json \
         baogao/indicator_names.tsv baogao/target_rules.tsv; do
    [ -s "$share/$f" ]; t_check "installed: share/$f" $?
done
n_src=$(ls "$SRCDIR/assets/reports" | wc -l)
n_inst=$(ls "$share/baogao/reports" 2> /dev/null | wc -l)
[ "$n_src" -gt 0 ] && [ "$n_src" -eq "$n_inst" ]
t_check "the samples are installed ($n_inst of $n_src)" $?

# The installed binary opens its own samples, wherever it was put.
data=$(cd "$share/baogao/reports" && pwd -P)
run list > "$T_TMP/build.tsv"
env -u BAOGAO_REPORTS timeout 120 "$bin" list > "$T_TMP/inst.tsv" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$T_TMP/err" ]; t_check "installed list exits 0, quiet (got $rc)" $?
[ "$(wc -l < "$T_TMP/inst.tsv")" -eq $((n_src + 1)) ]
t_check "installed list: a row per sample" $?
cut -f1 "$T_TMP/inst.tsv" | tail -n +2 | grep -v "^$data/" > "$T_TMP/stray"
[ ! -s "$T_TMP/stray" ]; t_check "installed list: every path under $data" $?
sed "s|$SRCDIR/assets/reports/|$data/|g" "$T_TMP/build.tsv" > "$T_TMP/want.tsv"
t_same "installed list = the build binary's, paths moved" "$T_TMP/want.tsv" "$T_TMP/inst.tsv"
mkdir -p "$T_TMP/elsewhere" && ln -s "$bin" "$T_TMP/elsewhere/baogao"
env -u BAOGAO_REPORTS "$T_TMP/elsewhere/baogao" list > "$T_TMP/link.tsv" 2>&1
t_same "run through a symlink: the same samples" "$T_TMP/inst.tsv" "$T_TMP/link.tsv"
mkdir -p "$T_TMP/mine" && cp "$SRCDIR/assets/reports/000_"*.txt "$T_TMP/mine/"
BAOGAO_REPORTS="$T_TMP/mine" "$bin" list > "$T_TMP/env.tsv"
[ "$(wc -l < "$T_TMP/env.tsv")" -eq 2 ] && grep -q "^$T_TMP/mine/000_" "$T_TMP/env.tsv"
t_check "BAOGAO_REPORTS overrides the installed samples" $?

# The man page renders and names what --help names.
man_page="$share/man/man1/baogao.1"
run --help > "$T_TMP/help.txt"; rc=$?
[ $rc -eq 0 ]; t_check "--help exits 0" $?
if command -v man > /dev/null; then
    LC_ALL=C.UTF-8 MANWIDTH=100 man --warnings -l "$man_page" > "$T_TMP/man.txt" 2> "$T_TMP/man.err"
    rc=$?
    [ $rc -eq 0 ] && [ ! -s "$T_TMP/man.err" ]; t_check "man -l renders baogao(1), no warning (got $rc)" $?
    head -3 "$T_TMP/man.err"
elif command -v groff > /dev/null; then
    echo "install.sh: no man here; groff renders the page instead"
    groff -k -man -Tutf8 -ww "$man_page" > "$T_TMP/man.txt" 2> "$T_TMP/man.err"
    rc=$?; [ $rc -eq 0 ] && [ ! -s "$T_TMP/man.err" ]; t_check "groff renders baogao(1) (got $rc)" $?
else
    echo "install.sh: neither man nor groff here; the troff is only read as text"
    sed -e 's/\\f[BIR]//g' -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/\\&//g' -e '/^\./d' \
        "$man_page" > "$T_TMP/man.txt"
fi
t_python "man page against --help" "$T_TMP/help.txt" "$T_TMP/man.txt" "$man_page" \
    "$SRCDIR/assets/export_schema.sql" <<'PY'
import re, sys
help_txt = open(sys.argv[1], encoding='utf-8').read()
man = open(sys.argv[2], encoding='utf-8').read()
troff = open(sys.argv[3], encoding='utf-8').read()
schema = open(sys.argv[4], encoding='utf-8').read()
n = failed = 0
def check(name, ok):
    global n, failed
    n += 1
    if not ok:
        failed += 1
        print('FAIL:', name)
def norm(s):
    return re.sub(r'\s+', ' ', s).strip()
def block(text, start):
    """The lines of --help after the line `start` up to a blank line."""
    lines = text.split('\n')
    i = lines.index(start) + 1
    out = []
    while i < len(lines) and lines[i]:
        out.append(lines[i])
        i += 1
    return out
# The man page's sections, by their headings (an unindented line).
sections, cur = {}, None
for line in man.split('\n'):
    if re.match(r'^[A-Z][A-Z ]+$', line):
        cur = line
        sections[cur] = []
    elif cur:
        sections[cur].append(line)
text = {k: '\n'.join(v) for k, v in sections.items()}
for s in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'VERBS', 'OPTIONS', 'KEYS', 'OUTPUT',
          'EXPORT SCHEMA', 'FILES', 'ENVIRONMENT', 'EXIT STATUS'):
    check('man page has the section %s' % s, s in sections)
# The tags of a section's .TP paragraphs, from the troff source.
def tags(sec):
    body = troff.split('.SH %s\n' % sec, 1)[-1].split('\n.SH ', 1)[0].split('\n')
    return [re.sub(r'\\f[BIR]', '', body[i + 1]).replace('\\-', '-')
            for i in range(len(body) - 1) if body[i] == '.TP']
verbs = [l.split()[0] for l in block(help_txt, 'verbs:')]
check('--help lists verbs (%d)' % len(verbs), len(verbs) >= 10)
man_verbs = [t.split()[0] for t in tags('VERBS')]
check('the man page lists the verbs of --help, in order (%s / %s)' % (man_verbs, verbs),
      man_verbs == verbs)
opts = [l.split()[0].split('=')[0] for l in block(help_txt, 'options:') if l.startswith('  -')]
check('--help lists options (%d)' % len(opts), len(opts) >= 15)
man_opts = [t.split()[0].split('=')[0] for t in tags('OPTIONS')]
check('the man page lists the options of --help, in order (%s / %s)' % (man_opts, opts),
      man_opts == opts)
for o in opts:
    check('the rendered OPTIONS describe %s' % o,
          re.search(r'^ {7}%s\b' % re.escape(o), text.get('OPTIONS', ''), re.M))
for v in verbs:
    check('the rendered VERBS describe %s' % v,
          re.search(r'^ {7}%s\b' % re.escape(v), text.get('VERBS', ''), re.M))
keys = block(help_txt, 'keys of the terminal UI:')
views = [m.group(1) for l in keys for m in [re.match(r'^  in the (.*) view:$', l)] if m]
check('--help names views\' keys (%d)' % len(views), len(views) >= 4)
for v in views:
    check('KEYS has the %s view' % v, ('In the %s view' % v) in text.get('KEYS', ''))
pairs = [re.split(r'\s{2,}(?=\S+(?:\s\S+)*$)', l.strip(), maxsplit=1)
         for l in keys if not l.startswith('  in the ')]
check('--help lists keys (%d)' % len(pairs), len(pairs) >= 30)
man_keys = norm(text.get('KEYS', ''))
entries = 0
for p in pairs:
    if len(p) != 2:
        check('key line parses: %r' % p, False)
        continue
    k, h = p
    check('KEYS has %r: %r' % (k, h), norm(k + ' ' + h) in man_keys)
tp = troff.split('.SH KEYS', 1)[-1].split('.SH OUTPUT', 1)[0].count('.TP')
check('KEYS has as many keys as --help (%d / %d)' % (tp, len(pairs)), tp == len(pairs))
schema_tables = re.findall(r'CREATE (?:VIRTUAL )?TABLE (\w+)', schema)
for t in schema_tables:
    check('EXPORT SCHEMA has table %s' % t, re.search(r'CREATE (VIRTUAL )?TABLE %s\b' % t,
                                                       text.get('EXPORT SCHEMA', '')))
check('FILES names the cache and the config',
      '$XDG_CACHE_HOME/baogao' in text.get('FILES', '') and
      '$XDG_CONFIG_HOME/baogao/config' in text.get('FILES', ''))
check('ENVIRONMENT names BAOGAO_REPORTS', 'BAOGAO_REPORTS' in text.get('ENVIRONMENT', ''))
ex = text.get('EXIT STATUS', '')
check('EXIT STATUS names 0, 1, 2', all(re.search(r'^ {7}%s\b' % c, ex, re.M) for c in '012'))
print('%d checks, %d failed' % (n, failed))
PY

# The bash completion: loads, and offers what --help and VERB --help list.
comp="$share/bash-completion/completions/baogao"
out=$(bash --norc --noprofile -c ". '$comp' && complete -p baogao" 2>&1)
[ "$out" = "complete -o filenames -F _baogao baogao" ]
t_check "bash: complete -p baogao ($out)" $?
# complete WORD...: what the completion offers for the last WORD, one a line.
complete_words() {
    bash --norc --noprofile -c '. "$1" && cd "$2" || exit 1; shift 2
        COMP_WORDS=(baogao "$@"); COMP_CWORD=$#
        _baogao && printf "%s\n" "${COMPREPLY[@]}" | sort' \
        sh "$comp" "$T_TMP/cwd" "$@"
}
mkdir -p "$T_TMP/cwd" && : > "$T_TMP/cwd/report.txt"
sed -n '/^verbs:$/,/^$/p' "$T_TMP/help.txt" | awk 'NF {print $1}' | tail -n +2 | sort > "$T_TMP/verbs"
complete_words "" | grep -v '^report.txt$' > "$T_TMP/got"
t_same "bash: the first word offers every verb of --help" "$T_TMP/verbs" "$T_TMP/got"
complete_words "rep" > "$T_TMP/got"; [ "$(cat "$T_TMP/got")" = report.txt ]
t_check "bash: the first word offers files" $?
complete_words list "" > "$T_TMP/got"; [ "$(cat "$T_TMP/got")" = report.txt ]
t_check "bash: PATH after a verb is a file" $?
options_of() { # the options VERB --help lists (but --), sorted
    run "$@" --help | sed -n '/^options:$/,/^$/p' | awk '$1 ~ /^--./ {print $1}' |
        sed 's/=.*//' | sort
}
grep -E '^  --[a-z]' "$T_TMP/help.txt" | awk '{print $1}' | sed 's/=.*//' | sort > "$T_TMP/want"
complete_words -- | sed 's/=$//' | sort -u > "$T_TMP/got"
t_same "bash: -- before a verb offers every option of --help" "$T_TMP/want" "$T_TMP/got"
while read -r v; do
    options_of "$v" > "$T_TMP/want"
    complete_words "$v" - | sort -u > "$T_TMP/got"
    t_same "bash: $v - offers the options $v --help lists" "$T_TMP/want" "$T_TMP/got"
done < "$T_TMP/verbs"
[ "$(complete_words indicators --kind "" | tr '\n' ' ')" = "actual expected target " ]
t_check "bash: --kind offers actual, target, expected" $?
[ "$(complete_words indicators --kind = t | tr '\n' ' ')" = "target " ]
t_check "bash: --kind=t (words --kind = t) offers target" $?
[ "$(complete_words --color = "" | tr '\n' ' ')" = "always auto never " ]
t_check "bash: --color= offers never, always, auto" $?
[ "$(complete_words export --sqlite rep)" = report.txt ]
t_check "bash: --sqlite FILE offers files" $?

# zsh and fish, when they are here.
if command -v zsh > /dev/null; then
    zsh -n "$share/zsh/site-functions/_baogao"; t_check "zsh: _baogao parses" $?
    out=$(zsh -fc "fpath=('$share/zsh/site-functions' \$fpath); autoload -Uz compinit; compinit -u -d '$T_TMP/zcomp'; print -r -- \$_comps[baogao]" 2>&1)
    [ "$out" = _baogao ]; t_check "zsh: compinit binds _baogao to baogao ($out)" $?
else
    echo "install.sh: no zsh here: its completion is not loaded"
fi
if command -v fish > /dev/null; then
    f="$share/fish/vendor_completions.d/baogao.fish"
    fish -n "$f"; t_check "fish: baogao.fish parses" $?
    out=$(fish --no-config -c "source '$f'; complete -C 'baogao --ki'" 2>&1)
    [[ $out == --kind* ]]; t_check "fish: --ki completes to --kind ($out)" $?
else
    echo "install.sh: no fish here: its completion is not loaded"
fi

# VERB --help: the verb's usage on stdout, exit 0.
while read -r v; do
    run "$v" --help > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
    [ $rc -eq 0 ] && [ ! -s "$T_TMP/err" ] && head -1 "$T_TMP/out" | grep -q "^usage: baogao \[OPTIONS\] $v "
    t_check "$v --help: its usage, exit 0 (got $rc)" $?
done < "$T_TMP/verbs"
run -h timeline > "$T_TMP/out"; head -1 "$T_TMP/out" | grep -q '^usage: baogao \[OPTIONS\] timeline NAME'
t_check "-h before the verb: that verb's usage" $?
grep -q -- '--kind KIND' "$T_TMP/out" && ! grep -q -- '--sqlite' "$T_TMP/out"
t_check "timeline --help: its options, not export's" $?
# Usage errors: one line naming what is wrong with a hint, exit 2.
one_line() { # NAME WANT ARG...: stderr is exactly WANT, stdout empty, exit 2
    local name=$1 want=$2
    shift 2
    run "$@" > "$T_TMP/out" 2> "$T_TMP/err"; local rc=$?
    [ $rc -eq 2 ] && [ ! -s "$T_TMP/out" ] && [ "$(cat "$T_TMP/err")" = "$want" ]
    t_check "$name (got $rc: $(head -c 200 "$T_TMP/err"))" $?
}
one_line "unknown verb" "baogao: unknown verb 'frobnicate' (see baogao --help)" frobnicate
one_line "unknown option" "baogao: unknown option '--frob' (see baogao --help)" --frob
one_line "unknown option after a verb" "baogao: unknown option '--frob' (see baogao --help)" list --frob
one_line "an option of another verb" \
    "baogao: --kind is for indicators, timeline, not list (see baogao list --help)" list --kind actual
one_line "a value missing" "baogao: --name needs a value TEXT (see baogao --help)" indicators --name
one_line "a bad --color" \
    "baogao: --color is never, always or auto, not 'pink' (see baogao --help)" --color=pink
t_done
