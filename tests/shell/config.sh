# config.sh — the config file from the command line: found at
# $BAOGAO_CONFIG, $XDG_CONFIG_HOME/baogao/config or
# ~/.config/baogao/config; a bad line named with its file and line number
# on stderr and ignored, the other lines applied; a missing file silent;
# an unreadable, oversized or folder one a single message; `path` lines
# used when no PATH is given (list, search, timeline), a PATH on the
# command line winning; bindings shown in --help's key list; the example
# (assets/config.example) read with no message, its bindings the
# defaults; README naming every role and action.
. "$(dirname "$0")/lib.sh"
unset BAOGAO_CONFIG
export XDG_CONFIG_HOME="$T_TMP/xdg" HOME="$T_TMP/home"
mkdir -p "$XDG_CONFIG_HOME/baogao" "$HOME/.config/baogao" "$T_TMP/reports"
cp "$DATA/000_5fb319a1fb0eca91.txt" "$DATA/003_af7b2255ab1e9056.txt" "$T_TMP/reports/"

# list's paths, one a line, sorted (the path column only)
paths_of() { tail -n +2 | cut -f1 | sort; }

# A config with bad lines among good ones.
cfg="$T_TMP/config"
cat >"$cfg" <<CFG
# reports of my own
path = $T_TMP/reports
colour.foo = red
color.heading1 = 196 default bold
ambiwide = sometimes
bind x quit
bind q frobnicate
bind F13 help
CFG
BAOGAO_CONFIG=$cfg "$BAOGAO" list >"$T_TMP/out" 2>"$T_TMP/err"
t_check "list with bad lines in the config: exit 0" $?
printf '%s\n' "baogao: $cfg:3: unknown key 'colour.foo'" \
    "baogao: $cfg:5: ambiwide is auto, wide or narrow, not 'sometimes'" \
    "baogao: $cfg:7: bind: unknown action 'frobnicate'" \
    "baogao: $cfg:8: bind: 'F13' is no key (q, C-x, F5, Enter, Tab, Up, …)" >"$T_TMP/want"
t_same "each bad line named with its number and what is wrong, nothing else" "$T_TMP/err" "$T_TMP/want"
paths_of <"$T_TMP/out" >"$T_TMP/got"
(cd "$T_TMP/reports" && ls | sed "s|^|$T_TMP/reports/|") >"$T_TMP/want"
t_same "the good path line applies: list lists the configured folder" "$T_TMP/got" "$T_TMP/want"
BAOGAO_CONFIG=$cfg "$BAOGAO" --help 2>/dev/null | grep -q '^  Q  Ctrl-C  x  *quit at once$'
t_check "--help's key list shows the binding (x quits)" $?
printf 'bind R reports.reverse\nbind r quit\nbind o reports.nonesuch\n' >"$T_TMP/views"
BAOGAO_CONFIG=$T_TMP/views "$BAOGAO" --help >"$T_TMP/got" 2>"$T_TMP/err"
grep -q '^  R  *reverse the sort$' "$T_TMP/got" && grep -q '^  Q  Ctrl-C  r  *quit at once$' "$T_TMP/got" &&
    grep -q '^  o  *fold / unfold the section$' "$T_TMP/got" &&
    [ "$(cat "$T_TMP/err")" = "baogao: $T_TMP/views:3: bind: unknown action 'reports.nonesuch'" ]
t_check "a pane's action bound (R reverses), r taken by quit, an unknown one named" $?

# A PATH on the command line wins over the config's.
BAOGAO_CONFIG=$cfg "$BAOGAO" list "$DATA/001_2cdd38cdf6c8a87a.txt" 2>/dev/null | paths_of >"$T_TMP/got"
echo "$DATA/001_2cdd38cdf6c8a87a.txt" >"$T_TMP/want"
t_same "a PATH on the command line wins over path" "$T_TMP/got" "$T_TMP/want"
# search and timeline with only their QUERY / NAME search the config's paths.
BAOGAO_CONFIG=$cfg "$BAOGAO" search 发展 2>/dev/null | tail -n +2 | cut -f1 | sort -u >"$T_TMP/got"
(cd "$T_TMP/reports" && ls | sed "s|^|$T_TMP/reports/|") >"$T_TMP/want"
t_same "search QUERY searches the configured folder" "$T_TMP/got" "$T_TMP/want"
BAOGAO_CONFIG=$cfg "$BAOGAO" timeline 地区生产总值 2>/dev/null | tail -n +2 >"$T_TMP/got"
"$BAOGAO" timeline 地区生产总值 "$T_TMP/reports" 2>/dev/null | tail -n +2 >"$T_TMP/want"
[ -s "$T_TMP/want" ] && cmp -s "$T_TMP/got" "$T_TMP/want"
t_check "timeline NAME reads the configured folder" $?

# Found by XDG_CONFIG_HOME, else ~/.config; ~/ in a path is $HOME.
mkdir -p "$HOME/r"
cp "$DATA/004_6a50484e68e916d5.txt" "$HOME/r/"
printf 'path = ~/r\n' >"$XDG_CONFIG_HOME/baogao/config"
"$BAOGAO" list 2>"$T_TMP/err" | paths_of >"$T_TMP/got"
echo "$HOME/r/004_6a50484e68e916d5.txt" >"$T_TMP/want"
t_same "\$XDG_CONFIG_HOME/baogao/config is read, ~/ is \$HOME" "$T_TMP/got" "$T_TMP/want"
[ ! -s "$T_TMP/err" ]
t_check "a good config: no message" $?
printf 'path = %s\n' "$T_TMP/reports" >"$HOME/.config/baogao/config"
XDG_CONFIG_HOME= "$BAOGAO" list 2>/dev/null | paths_of >"$T_TMP/got"
(cd "$T_TMP/reports" && ls | sed "s|^|$T_TMP/reports/|") >"$T_TMP/want"
t_same "without XDG_CONFIG_HOME, ~/.config/baogao/config" "$T_TMP/got" "$T_TMP/want"
BAOGAO_CONFIG=$cfg "$BAOGAO" list 2>/dev/null | paths_of >"$T_TMP/got"
t_same "BAOGAO_CONFIG wins over XDG_CONFIG_HOME" "$T_TMP/got" "$T_TMP/want"
rm "$XDG_CONFIG_HOME/baogao/config" "$HOME/.config/baogao/config"

# No config: the bundled samples, silently.
BAOGAO_CONFIG=$T_TMP/none "$BAOGAO" list >"$T_TMP/got" 2>"$T_TMP/err"
"$BAOGAO" list >"$T_TMP/want" 2>&1
[ ! -s "$T_TMP/err" ] && [ "$(wc -l <"$T_TMP/got")" -ge 5 ]
t_check "a missing config file: silent, the bundled samples" $?
t_same "BAOGAO_CONFIG naming no file is no config" "$T_TMP/got" "$T_TMP/want"
BAOGAO_CONFIG= "$BAOGAO" list >"$T_TMP/got" 2>"$T_TMP/err"
[ ! -s "$T_TMP/err" ] && cmp -s "$T_TMP/got" "$T_TMP/want"
t_check "BAOGAO_CONFIG empty: no config" $?

# Unreadable, a folder, too large: one message each, and the verb works.
one_message() {
    local name=$1 want=$2
    shift 2
    BAOGAO_CONFIG=$1 "$BAOGAO" list >"$T_TMP/got" 2>"$T_TMP/err"
    local st=$?
    [ $st -eq 0 ] && [ "$(wc -l <"$T_TMP/err")" -eq 1 ] && grep -qF -- "$want" "$T_TMP/err" &&
        cmp -s "$T_TMP/got" "$T_TMP/want"
    t_check "$name: one message ($(cat "$T_TMP/err")), the samples listed" $?
}
one_message "a folder as config" "baogao: $T_TMP/reports: the config file is a folder" "$T_TMP/reports"
one_message "a config that cannot be read" "baogao: /proc/self/mem: cannot read the config file: " /proc/self/mem
if [ "$(id -u)" -ne 0 ]; then
    printf 'ambiwide = wide\n' >"$T_TMP/locked"
    chmod 000 "$T_TMP/locked"
    one_message "a config without read permission" "cannot read the config file: Permission denied" "$T_TMP/locked"
fi
{ for _ in $(seq 1 3000); do printf 'path = /nonexistent/%s\n' xxxxxxxxxx; done; } >"$T_TMP/big"
one_message "a config over 64 KiB" "baogao: $T_TMP/big: the config file is over 65536 bytes; not read" "$T_TMP/big"

# Bounds inside: a long line, a NUL byte, many bad lines (20 said, then a count).
{
    printf 'path = /%s\n' "$(head -c 2000 /dev/zero | tr '\0' x)"
    printf 'ambi\0wide = wide\n'
    for i in $(seq 1 30); do printf 'nope%d = 1\n' "$i"; done
} >"$T_TMP/bad"
BAOGAO_CONFIG=$T_TMP/bad "$BAOGAO" list >"$T_TMP/got" 2>"$T_TMP/err"
[ $? -eq 0 ] && cmp -s "$T_TMP/got" "$T_TMP/want"
t_check "a config of bad lines only: the samples listed" $?
[ "$(sed -n 1p "$T_TMP/err")" = "baogao: $T_TMP/bad:1: longer than 1024 bytes" ] &&
    [ "$(sed -n 2p "$T_TMP/err")" = "baogao: $T_TMP/bad:2: a NUL byte" ] &&
    [ "$(sed -n 20p "$T_TMP/err")" = "baogao: $T_TMP/bad:20: unknown key 'nope18'" ] &&
    [ "$(sed -n 21p "$T_TMP/err")" = "baogao: $T_TMP/bad: 12 more bad lines, ignored" ] &&
    [ "$(wc -l <"$T_TMP/err")" -eq 21 ]
t_check "long line, NUL byte, then 20 bad lines said and the rest counted" $?

# A control character in a bad line reaches stderr escaped.
printf 'bind \033[31m quit\n' >"$T_TMP/esc"
BAOGAO_CONFIG=$T_TMP/esc "$BAOGAO" list >/dev/null 2>"$T_TMP/err"
grep -qF "bind: '\\x1b[31m' is no key" "$T_TMP/err" && ! grep -q $'\033' "$T_TMP/err"
t_check "a control character of a bad line is escaped on stderr" $?

# The example as installed: no message, nothing changed (all commented).
BAOGAO_CONFIG=$SRCDIR/assets/config.example "$BAOGAO" list >"$T_TMP/got" 2>"$T_TMP/err"
[ ! -s "$T_TMP/err" ] && cmp -s "$T_TMP/got" "$T_TMP/want"
t_check "the example config: no message, the defaults" $?
sed 's/^#\([a-z]\)/\1/' "$SRCDIR/assets/config.example" | grep -v '^path' >"$T_TMP/example"
BAOGAO_CONFIG=$T_TMP/example "$BAOGAO" --help >"$T_TMP/got" 2>"$T_TMP/err"
BAOGAO_CONFIG= "$BAOGAO" --help >"$T_TMP/want"
[ ! -s "$T_TMP/err" ]
t_check "the example uncommented: no message" $?
t_same "the example's bindings are the defaults: --help unchanged" "$T_TMP/got" "$T_TMP/want"
# README's Configuration section names every role and action the example has.
sed -n '/^## Configuration/,/^## Architecture/p' "$SRCDIR/README.md" |
    grep -o '[a-z0-9.-]*' | sort -u >"$T_TMP/readme_words"
missing=
for name in $(sed -n 's/^#color\.\([a-z0-9-]*\) .*/\1/p; s/^#bind [^ ]* \([a-z.-]*\)$/\1/p' \
    "$SRCDIR/assets/config.example" | sort -u); do
    grep -qxF -- "$name" "$T_TMP/readme_words" || missing="$missing $name"
done
[ -z "$missing" ] && [ "$(sed -n 's/^#bind [^ ]* \([a-z.-]*\)$/\1/p' "$SRCDIR/assets/config.example" | sort -u | wc -l)" -eq 55 ]
t_check "README's Configuration names every role and action (missing:$missing)" $?
t_done
