# lib.sh — shared helpers of the shell tests: paths, a scratch folder,
# check counting. Source it; call t_done at the end.
set -u
: "${BAOGAO:?set BAOGAO to the binary}"
: "${SRCDIR:?set SRCDIR to the source tree}"
DATA="$SRCDIR/tests/data"
GOLD="$SRCDIR/tests/gold"
# No config file of the user's reaches the tests (config.sh sets its own).
export BAOGAO_CONFIG=
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/baogao-test.XXXXXX")
trap '[ -n "${T_KEEP:-}" ] || rm -rf "$T_TMP"' EXIT
t_pass=0
t_fail=0

# t_sanitized: true when $BAOGAO is a sanitizer build (AddressSanitizer
# or ThreadSanitizer): slower, and its RSS means nothing; heavy tests
# scale their inputs down there.
t_sanitized() { grep -qaE '__asan_init|__tsan_init' "$BAOGAO" 2>/dev/null; }

# t_strace ARG...: strace ARG... with LeakSanitizer off in the traced
# program (LSan stops the world with ptrace, which it cannot do under a
# tracer: it would abort at exit and cut the program's output short).
t_strace() {
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" strace "$@"
}

# t_check NAME STATUS: record one check (0 passes). Take $? into a
# variable first when NAME holds a command substitution: it resets $?.
t_check() {
    if [ "$2" -eq 0 ]; then
        t_pass=$((t_pass + 1))
    else
        t_fail=$((t_fail + 1))
        printf 'FAIL: %s\n' "$1"
    fi
}

# t_same NAME FILE-A FILE-B: the two files are byte-identical.
t_same() {
    if cmp -s "$2" "$3"; then
        t_check "$1" 0
    else
        t_check "$1" 1
        diff "$2" "$3" | head -5
    fi
}

# t_python NAME ARG...: runs the Python program on standard input with
# ARGs; the "N checks, M failed" line it ends with counts as N checks of
# which M failed (a program that dies before it counts as one failure).
t_python() {
    local name=$1 out status
    shift
    out=$(python3 - "$@")
    status=$?
    local last=${out##*$'\n'}
    if [[ $last =~ ^([0-9]+)\ checks,\ ([0-9]+)\ failed$ ]]; then
        [ "$out" = "$last" ] || printf '%s\n' "${out%$'\n'*}"
        t_pass=$((t_pass + BASH_REMATCH[1] - BASH_REMATCH[2]))
        t_fail=$((t_fail + BASH_REMATCH[2]))
        [ "$BASH_REMATCH" ] && [ "${BASH_REMATCH[2]}" -eq 0 ] && [ "$status" -ne 0 ] &&
            t_check "$name: exit status $status" 1
    else
        printf '%s\n' "$out"
        t_check "$name: no count" 1
    fi
    return 0
}

t_done() {
    printf '%d checks, %d failed\n' "$((t_pass + t_fail))" "$t_fail"
    [ "$t_fail" -eq 0 ]
}

SAMPLES=$(cd "$DATA" && ls 00?_*.txt)
