# lib.sh — screen tests: the real binary in a private tmux server, driven
# with send-keys and read with capture-pane. Waits poll the screen every
# 20 ms until it shows what is expected and has stopped changing; nothing
# sleeps blindly. Source it (after setting BAOGAO and SRCDIR, or from a
# source tree with build/baogao); call t_done at the end.
#
#   scr_start W H [NAME=VALUE...] [--] [ARG...]
#                         (re)start session $SCR_T (t) at W×H running baogao --narrow
#                         ARG... in a fixed environment (NAME=VALUE adds to or
#                         overrides it; ARG defaults to nothing: the bundled
#                         corpus), in SCR_CWD (default: the source tree, so
#                         relative paths are the same on every machine);
#                         does not wait
#   scr_run W H [NAME=VALUE...] -- CMD...
#                         the same, but runs CMD (a shell command line)
#   scr_wait TEXT         until the screen shows TEXT, then is stable; a
#                         list count ('Reports 4') only once loading is over
#                         (the count passes 4 while the fourth of five is
#                         read, before pairing folds one: a slow build, TSan's,
#                         caught that moment)
#   scr_keys KEY...       send-keys KEY..., then until the screen changes and
#                         is stable (scr_keys_to TEXT KEY...: until it shows TEXT)
#   scr_type TEXT         send-keys -l TEXT (literal), then as scr_keys
#   scr_resize W H        resize the window, then until the program's frame
#                         for W×H is drawn and stable
#   scr_refresh           Tab three times: the same state, drawn afresh (to
#                         compare a frame with its redraw, as bug_status
#                         does; before that bug was fixed, the status line
#                         was only right from the second frame)
#   scr_screen            the screen as text, line drawing as box characters
#   scr_golden NAME [-e]  compare the screen with golden/NAME.txt (with -e
#                         also the attributes, golden/NAME.e.txt); with
#                         SCR_UPDATE=1 rewrite the golden instead
#   scr_same_as NAME      compare the screen with golden/NAME.txt of another
#                         scenario (never rewritten here)
#   scr_reader            the reader pane's rows, as text
#   t_xfail NAME STATUS   an expected failure (a known bug): a failure is
#                         printed as XFAIL and passes; a pass is printed as
#                         XPASS and fails, so that the mark gets removed
#   scr_pid               the pid of the program in the pane (or nothing)
#   scr_wrapped W H [ARG...]
#                         baogao --narrow ARG... in a fresh W×H session under a
#                         shell that records its pid ($T_TMP/pid), its exit
#                         status and stty -g before and after (for
#                         scr_restored); does not wait
#   scr_restored NAME RC  waits for the end of a scr_wrapped run: it ended with
#                         status RC, stty -g as before, tmux's terminal modes
#                         normal (5 checks)
#   scr_gone_in NAME PID MS
#                         PID is gone within MS ms (one check; the time taken
#                         goes to stderr)
#   scr_is_baogao PID     true when PID runs baogao
set -u
SCREEN_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${SRCDIR:=$(cd "$SCREEN_DIR/../.." && pwd)}"
: "${BAOGAO:=$SRCDIR/build/baogao}"
export SRCDIR BAOGAO
# shellcheck source=../shell/lib.sh
. "$SRCDIR/tests/shell/lib.sh"

GOLDEN="$SCREEN_DIR/golden"
SCR_PY="$SCREEN_DIR/screen.py"
# The system's python3 first (a version manager's shim costs ~150 ms a
# call), started isolated and without site packages: only the standard
# library is used.
SCR_PYTHON=${SCR_PYTHON:-$(PATH=/usr/bin:/bin:$PATH command -v python3)}
scr_py() { "$SCR_PYTHON" -I -S "$SCR_PY" "$@"; }
SCR_UPDATE=${SCR_UPDATE:-0}
SCR_SCENARIO=${SCR_SCENARIO:-screen}
# tmux itself runs in UTF-8 whatever the caller's locale, so captures hold
# UTF-8; the program in the pane gets its own environment (scr_start).
export LC_ALL=C.UTF-8
unset TMUX TMUX_PANE
command -v tmux >/dev/null || { echo "FAIL: tmux is not installed"; exit 1; }

# Time limit of one wait, in seconds: 5, or 15 for a sanitizer build
# (ASan or TSan: slower), or SCR_TIMEOUT.
if [ -z "${SCR_TIMEOUT:-}" ]; then
    SCR_TIMEOUT=5
    t_sanitized && SCR_TIMEOUT=15
fi
SCR_POLLS=$((SCR_TIMEOUT * 50)) # one poll per 20 ms
SCR_SOCK=baogao-test-$$
SCR_T=${SCR_T:-t} # the session the functions drive
SCR_HOME="$T_TMP/home"
mkdir -p "$SCR_HOME/.config" "$SCR_HOME/.local/share" "$SCR_HOME/.local/state" \
    "$SCR_HOME/.cache"

tm() { tmux -L "$SCR_SOCK" -f /dev/null "$@"; }

# The terminal sessions (their ids: each pane's first process) the script
# started: what is left of them is ended at cleanup.
SCR_SIDS=()

# scr_in_sid SID: the processes still in terminal session SID, by /proc
# (a process whose pane is gone keeps its session, not its parent).
scr_in_sid() {
    local f st
    for f in /proc/[0-9]*/stat; do
        st=$(cat "$f" 2>/dev/null) || continue
        st=${st##*) }
        set -- $st
        [ "${4:-}" = "$SCR_SID_WANT" ] && [ "${1:-}" != Z ] && echo "${f//[^0-9]/}"
    done
}

# scr_reap: every process of the script's sessions ended, those still
# running 3 s after their terminal went away killed. An ASan build's leak
# check can hang for good at exit once its terminal is gone (its tracer
# spins in sched_yield), and a left one took a core for the rest of CI.
scr_reap() {
    local sid i left
    for sid in "${SCR_SIDS[@]}"; do
        SCR_SID_WANT=$sid
        for i in $(seq 150); do
            left=$(scr_in_sid)
            [ -z "$left" ] && break
            sleep 0.02
        done
        [ -n "$left" ] && kill -9 $left 2>/dev/null
    done
    SCR_SIDS=()
}

scr_cleanup() {
    tm kill-server >/dev/null 2>&1
    scr_reap
    # tmux leaves its socket behind; it is ours alone.
    [ -n "${SCR_SOCKPATH:-}" ] && rm -f "$SCR_SOCKPATH"
    rm -rf "$T_TMP"
}
trap scr_cleanup EXIT
trap 'exit 130' INT TERM HUP

# The server lives for the whole script: no status line (the window is the
# whole pane), dead panes stay (their last screen and exit status can be
# read), no sessions needed to keep it.
tm start-server \; set -g exit-empty off \; set -g status off \
    \; set -g remain-on-exit on \; set -g history-limit 0 ||
    { echo "FAIL: cannot start a tmux server"; exit 1; }
SCR_SOCKPATH=$(tm display -p '#{socket_path}' 2>/dev/null)

# The environment of the program: fixed, nothing from the caller but the
# sanitizer options (CI sets them).
scr_env() {
    SCR_ENV=(PATH=/usr/local/bin:/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8
             HOME="$SCR_HOME" XDG_CONFIG_HOME="$SCR_HOME/.config"
             XDG_DATA_HOME="$SCR_HOME/.local/share"
             XDG_STATE_HOME="$SCR_HOME/.local/state"
             XDG_CACHE_HOME="$SCR_HOME/.cache" TZ=UTC)
    local v
    for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS TSAN_OPTIONS; do
        [ -n "${!v:-}" ] && SCR_ENV+=("$v=${!v}")
    done
}

# scr_new W H COMMAND-LINE: a fresh session SCR_T (the old one killed).
scr_new() {
    tm kill-session -t "$SCR_T" >/dev/null 2>&1
    SCR_LAST=
    tm new-session -d -s "$SCR_T" -c "${SCR_CWD:-$SRCDIR}" -x "$1" -y "$2" "$3" ||
        { t_check "$SCR_SCENARIO: tmux new-session" 1; return 1; }
    SCR_SIDS+=("$(tm display -p -t "$SCR_T" '#{pane_pid}' 2>/dev/null)")
}

# scr_env_args ARGS...: the leading NAME=VALUE words join SCR_ENV (up to an
# optional --); sets SCR_REST to how many words it took.
scr_env_args() {
    scr_env
    SCR_REST=0
    while [ $# -gt 0 ]; do
        case $1 in
        --) SCR_REST=$((SCR_REST + 1)); break ;;
        *=*) SCR_ENV+=("$1"); SCR_REST=$((SCR_REST + 1)); shift ;;
        *) break ;;
        esac
    done
}

scr_start() {
    local w=$1 h=$2
    shift 2
    scr_env_args "$@"
    shift "$SCR_REST"
    scr_new "$w" "$h" "exec env -i $(printf '%q ' "${SCR_ENV[@]}") $(printf '%q ' "$BAOGAO" --narrow "$@")"
}

scr_run() {
    local w=$1 h=$2
    shift 2
    scr_env_args "$@"
    shift "$SCR_REST"
    scr_new "$w" "$h" "exec env -i $(printf '%q ' "${SCR_ENV[@]}") sh -c $(printf '%q' "$*")"
}

# Polls read attributes too: a selection bar moving is a change.
scr_raw() { tm capture-pane -p -e -t "$SCR_T" 2>/dev/null; }

# scr_until TEXT WHAT: poll until the screen contains TEXT (any screen
# when TEXT is empty), differs from SCR_LAST when SCR_CHANGE=1 and makes
# the function SCR_PRED (when set) true, then
# until the next poll reads the same (curses sends a frame in one write,
# and tmux reads what has arrived in one go: a frame caught half-drawn is
# finished by the next poll); SCR_LAST is the result.
scr_until() {
    local text=$1 what=$2 s prev= same=0 i=0 seen=0
    while [ $i -lt "$SCR_POLLS" ]; do
        s=$(scr_raw)
        if [ $seen -eq 0 ]; then
            if { [ -z "$text" ] || [[ $s == *"$text"* ]]; } &&
                { [ "${SCR_CHANGE:-0}" -eq 0 ] || [ "$s" != "$SCR_LAST" ]; } &&
                { [ -z "${SCR_PRED:-}" ] || "$SCR_PRED"; }; then
                seen=1
                prev=$s
            fi
        elif [ "$s" = "$prev" ]; then
            same=$((same + 1))
            if [ $same -ge 1 ]; then
                SCR_LAST=$s
                return 0
            fi
        else
            prev=$s
            same=0
            { [ -z "$text" ] || [[ $s == *"$text"* ]]; } || seen=0
        fi
        i=$((i + 1))
        sleep 0.02
    done
    SCR_LAST=$s
    t_check "$SCR_SCENARIO: timed out after ${SCR_TIMEOUT}s waiting for $what" 1
    printf '%s\n' '--- the screen was:'
    printf '%s\n' "$s" | scr_py plain
    printf '%s\n' '---'
    return 1
}

# scr_loaded: the status line says nothing of reading reports.
scr_loaded() {
    [[ $(tm capture-pane -p -t "$SCR_T" 2>/dev/null) != *'reports read'* ]]
}

scr_wait() {
    local pred=${SCR_PRED:-}
    [[ $1 =~ ^Reports\ [0-9]+$ ]] && pred=scr_loaded
    SCR_CHANGE=0 SCR_PRED=$pred scr_until "$1" "\"$1\""
}

scr_keys() {
    [ -n "$SCR_LAST" ] || SCR_LAST=$(scr_raw)
    tm send-keys -t "$SCR_T" "$@"
    SCR_CHANGE=1 scr_until "" "a change after keys: $*"
}

scr_keys_to() {
    local text=$1
    shift
    [ -n "$SCR_LAST" ] || SCR_LAST=$(scr_raw)
    tm send-keys -t "$SCR_T" "$@"
    SCR_CHANGE=1 scr_until "$text" "\"$text\" after keys: $*"
}

scr_type() {
    [ -n "$SCR_LAST" ] || SCR_LAST=$(scr_raw)
    tm send-keys -t "$SCR_T" -l "$1"
    SCR_CHANGE=1 scr_until "" "a change after typing: $1"
}

# scr_is_frame: the screen is the program's frame for SCR_W×SCR_H (tmux
# changes the screen itself at once when the window is resized; the
# program redraws a little later): the bottom border spans the width, or
# the too-small message names the size.
scr_is_frame() {
    local s line
    s=$(tm capture-pane -p -t "$SCR_T" 2>/dev/null)
    [[ $s == *"terminal too small: ${SCR_W}×${SCR_H}"* ]] && return 0
    line=$(sed -n "$((SCR_H - 1))p" <<<"$s")
    [[ $line =~ ^m[qvw]*j$ ]] && [ ${#line} -eq "$SCR_W" ]
}

scr_resize() {
    [ -n "$SCR_LAST" ] || SCR_LAST=$(scr_raw)
    tm resize-window -t "$SCR_T" -x "$1" -y "$2"
    SCR_W=$1 SCR_H=$2 SCR_PRED=scr_is_frame SCR_CHANGE=1 \
        scr_until "" "the frame for $1×$2 after resizing"
}

scr_refresh() {
    scr_keys Tab Tab && scr_keys Tab
}

t_xfail() {
    if [ "$2" -ne 0 ]; then
        printf 'XFAIL (known bug): %s\n' "$1"
        t_check "$1" 0
    else
        printf 'XPASS: %s — fixed? remove the t_xfail mark\n' "$1"
        t_check "$1 (XPASS)" 1
    fi
}

scr_screen() { tm capture-pane -p -e -t "$SCR_T" | scr_py plain; }
scr_screen_e() { tm capture-pane -p -e -t "$SCR_T" | scr_py visible; }

# scr_compare NAME FILE: FILE against golden/NAME (or the other way round
# with SCR_UPDATE=1, unless SCR_NO_UPDATE=1).
scr_compare() {
    local g="$GOLDEN/$1"
    if [ "$SCR_UPDATE" = 1 ] && [ "${SCR_NO_UPDATE:-0}" != 1 ]; then
        mkdir -p "$GOLDEN"
        cp "$2" "$g"
        printf 'updated %s\n' "$1"
        return 0
    fi
    if [ ! -f "$g" ]; then
        t_check "$SCR_SCENARIO: golden $1 missing (run.sh --update writes it)" 1
        return 1
    fi
    # An -e capture may differ in bytes but not on the screen: tmux keeps
    # the pen a blank cell was erased with (a frame drawn after a longer
    # one, e.g. after "loading…"), which no terminal shows.
    if cmp -s "$g" "$2" ||
        { [[ $1 == *.e.txt ]] && scr_py same "$g" "$2" >/dev/null; }; then
        t_check "$SCR_SCENARIO: $1" 0
    else
        t_check "$SCR_SCENARIO: screen differs from golden/$1" 1
        diff -u --label "golden/$1" --label screen "$g" "$2"
        return 1
    fi
}

scr_golden() {
    local name=$1
    scr_screen >"$T_TMP/screen.txt"
    scr_compare "$name.txt" "$T_TMP/screen.txt"
    if [ "${2:-}" = -e ]; then
        scr_screen_e >"$T_TMP/screen.e.txt"
        scr_compare "$name.e.txt" "$T_TMP/screen.e.txt"
    fi
}

scr_same_as() {
    scr_screen >"$T_TMP/screen.txt"
    SCR_NO_UPDATE=1 scr_compare "$1.txt" "$T_TMP/screen.txt"
}

scr_reader() { scr_screen | scr_py reader; }

# The program in the pane: the pane's process (scr_start execs it).
scr_pid() {
    local p
    p=$(tm display -p -t "$SCR_T" '#{pane_pid}' 2>/dev/null) || return 0
    [ "$(tm display -p -t "$SCR_T" '#{pane_dead}')" = 1 ] && return 0
    printf '%s\n' "$p"
}

# scr_dead_status: the exit status of the pane's process once it is dead
# (waits up to the time limit); "alive" if it never dies.
scr_dead_status() {
    local i=0
    while [ $i -lt "$SCR_POLLS" ]; do
        if [ "$(tm display -p -t "$SCR_T" '#{pane_dead}' 2>/dev/null)" = 1 ]; then
            tm display -p -t "$SCR_T" '#{pane_dead_status}'
            return 0
        fi
        i=$((i + 1))
        sleep 0.02
    done
    echo alive
}

# scr_gone PID MS: true when process PID is gone within MS milliseconds.
scr_gone() {
    local i=0 n=$(($2 / 20))
    while [ $i -le $n ]; do
        if ! kill -0 "$1" 2>/dev/null; then
            return 0
        fi
        # A zombie is gone for our purpose: it no longer runs. (/proc,
        # not ps: procps may not be installed.)
        case $(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) in Z*) return 0 ;; esac
        i=$((i + 1))
        sleep 0.02
    done
    return 1
}

# scr_is_baogao PID: PID runs baogao (/proc, not ps: procps may be missing).
scr_is_baogao() { [ "$(cat "/proc/$1/comm" 2>/dev/null)" = baogao ]; }

scr_wrapped() {
    local w=$1 h=$2
    shift 2
    rm -f "$T_TMP/stty.before" "$T_TMP/stty.after" "$T_TMP/rc" "$T_TMP/done" \
        "$T_TMP/pid"
    cat >"$T_TMP/wrap.sh" <<WRAP
stty -g >"$T_TMP/stty.before"
sh -c 'echo \$\$ >"$T_TMP/pid"; exec "\$@"' sh $(printf '%q ' "$BAOGAO" --narrow "$@")
echo \$? >"$T_TMP/rc"
stty -g >"$T_TMP/stty.after"
echo done >"$T_TMP/done"
exec sleep 600
WRAP
    scr_run "$w" "$h" -- "exec sh $T_TMP/wrap.sh"
}

# scr_wrapped_done: until the wrapper has recorded the end (the time limit).
scr_wrapped_done() {
    local i=0
    while [ ! -f "$T_TMP/done" ] && [ $i -lt "$SCR_POLLS" ]; do
        sleep 0.02
        i=$((i + 1))
    done
    [ -f "$T_TMP/done" ]
}

scr_restored() {
    scr_wrapped_done
    t_check "$1: the program ended" $?
    [ "$(cat "$T_TMP/rc" 2>/dev/null)" = "$2" ]
    t_check "$1: exit status $2 (got $(cat "$T_TMP/rc" 2>/dev/null))" $?
    cmp -s "$T_TMP/stty.before" "$T_TMP/stty.after"
    t_check "$1: stty -g is as before" $?
    local modes
    modes=$(tm display -p -t "$SCR_T" \
        '#{alternate_on} #{cursor_flag} #{keypad_flag} #{keypad_cursor_flag} #{mouse_any_flag} #{insert_flag}')
    [ "$modes" = "0 1 0 0 0 0" ]
    t_check "$1: normal screen, cursor on, keypad, mouse and insert off (alternate cursor keypad keypad-cursor mouse insert: $modes)" $?
}

scr_gone_in() {
    local t0 ms st
    t0=$(date +%s%N)
    scr_gone "$2" "$3"
    st=$?
    ms=$((($(date +%s%N) - t0) / 1000000))
    t_check "$1: the process is gone within $3 ms (took $ms ms)" $st
    printf '%s: %s: gone in %d ms\n' "$SCR_SCENARIO" "$1" "$ms" >&2
}
