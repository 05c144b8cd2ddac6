#!/usr/bin/env bash
# fifo_race.sh — opening never blocks. A folder holding a FIFO, a socket
# and a folder named like reports (*.txt), and a link to a FIFO: `check`
# ends, names each once on stderr with what it is, and loads the good
# file; a FIFO named on the command line is refused, standard input from
# a pipe is read. A file whose size changed between fstat and read
# (size_preload.c makes fstat lie) is loaded as far as it consistently
# goes and named once with the reason. Then the race: a background
# process keeps putting a FIFO, a socket, a folder and a link in turn in
# place of a file under one name while `check` walks the folder, some
# hundreds of times (fewer under the sanitizers, whose start-up is slow),
# each run under a timeout that must never fire; each run names that
# name at most once, with a reason.
. "$(dirname "$0")/lib.sh"
good="$DATA/000_5fb319a1fb0eca91.txt"
run() { timeout 10 "$BAOGAO" "$@"; }

S="$T_TMP/special"
mkdir -p "$S/dir.txt" "$T_TMP/outside"
cp "$good" "$S/good.txt"
cp "$good" "$S/dir.txt/inside.txt"
mkfifo "$S/fifo.txt" "$T_TMP/outside/fifo"
ln -s "$T_TMP/outside/fifo" "$S/link.txt"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$S/socket.txt"

run check "$S" > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ]; t_check "check of the folder ends, exit 0 (got $rc)" $?
grep -q "^$S/good.txt"$'\t' "$T_TMP/out"; t_check "the good file is loaded" $?
! grep -q inside.txt "$T_TMP/out"; t_check "the folder named dir.txt is not entered" $?
for f in fifo.txt:FIFO socket.txt:socket dir.txt:folder link.txt:FIFO; do
    name=${f%%:*} what=${f#*:}
    [ "$(grep -c "$S/$name: " "$T_TMP/err")" -eq 1 ]
    t_check "$name named once on stderr" $?
    grep -q "$S/$name: a $what, not a regular file" "$T_TMP/err"
    t_check "$name: says it is a $what" $?
done
[ "$(wc -l < "$T_TMP/err")" -eq 4 ]; t_check "nothing else on stderr" $?

run cat "$S/fifo.txt" > /dev/null 2> "$T_TMP/err"; rc=$?
[ $rc -eq 1 ] && grep -q 'a FIFO, not a regular file' "$T_TMP/err"
t_check "a FIFO named on the command line is refused, not waited on" $?
run check "$S/dir.txt" > "$T_TMP/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -q inside.txt "$T_TMP/out"
t_check "a folder named *.txt on the command line is walked" $?
"$BAOGAO" cat "$good" > "$T_TMP/a.txt"
cat "$good" | run cat - > "$T_TMP/b.txt"; rc=$?
[ $rc -eq 0 ]; t_check "cat - reads a pipe" $?
t_same "cat - from a pipe gives what cat FILE gives" "$T_TMP/a.txt" "$T_TMP/b.txt"

# A file that grew or shrank between fstat and read (size_preload makes
# fstat say 1000 bytes less, or more): loaded as far as fstat said, or as
# far as it went, and named once with what happened.
: "${SIZE_PRELOAD:=$(dirname "$BAOGAO")/tests/libsize_preload.so}"
G="$T_TMP/grow"
mkdir -p "$G"
cp "$good" "$G/r.txt"
size=$(stat -c %s "$good")
sized() { # sized DELTA: check of $G with fstat off by DELTA
    SIZE_PRELOAD_PATH=$(realpath "$G/r.txt") SIZE_PRELOAD_DELTA=$1 \
        LD_PRELOAD="$SIZE_PRELOAD" ASAN_OPTIONS="${ASAN_OPTIONS:-}:verify_asan_link_order=0" \
        timeout 10 "$BAOGAO" check "$G" > "$T_TMP/out" 2> "$T_TMP/err"
}
bytes_of() { awk -F'\t' -v f="$1" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
                                    $1 == f { print $(c["bytes"]) }' "$T_TMP/out"; }
sized -1000; rc=$?
[ $rc -eq 0 ] && [ "$(bytes_of "$G/r.txt")" = $((size - 1000)) ]
t_check "a file that grew: its first $((size - 1000)) bytes are loaded (rc $rc)" $?
[ "$(wc -l < "$T_TMP/err")" -eq 1 ] &&
    grep -q "r.txt: grew while being read: its first $((size - 1000)) bytes (its size when opened) are loaded" "$T_TMP/err"
t_check "a file that grew is named once, saying so" $?
sized 1000; rc=$?
[ $rc -eq 0 ] && [ "$(bytes_of "$G/r.txt")" = "$size" ]
t_check "a file that shrank: the $size bytes there are are loaded (rc $rc)" $?
[ "$(wc -l < "$T_TMP/err")" -eq 1 ] &&
    grep -q "r.txt: shrank while being read: $size of $((size + 1000)) bytes loaded" "$T_TMP/err"
t_check "a file that shrank is named once, saying so" $?
sized 0; rc=$?
[ $rc -eq 0 ] && [ "$(bytes_of "$G/r.txt")" = "$size" ] && [ ! -s "$T_TMP/err" ]
t_check "the preload with no change changes nothing (rc $rc)" $?

# The race. The racer replaces $R/r.txt in a loop until told to stop.
R="$T_TMP/race"
mkdir -p "$R"
cp "$good" "$R/master"
cp "$good" "$R/r.txt"
runs=300
t_sanitized && runs=100
python3 - "$R" <<'PY' &
# Swaps r.txt with a FIFO, a socket, a folder and a link in turn, each
# there for one atomic renameat2(RENAME_EXCHANGE) and back (a syscall
# each: quick enough to land between a look and an open now and then);
# where the filesystem cannot exchange, renames fresh ones over it.
import ctypes, os, socket, sys
os.chdir(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
AT_FDCWD, RENAME_EXCHANGE = -100, 2
def exchange(a, b):
    return libc.renameat2(AT_FDCWD, a.encode(), AT_FDCWD, b.encode(),
                          RENAME_EXCHANGE) == 0
def sock(p):
    socket.socket(socket.AF_UNIX).bind(p)
def link(p):
    os.symlink('master', p)
makers = [os.mkfifo, sock, os.mkdir, link]
for i, make in enumerate(makers):
    make('h%d' % i)
swap = exchange('h0', 'r.txt') and exchange('h0', 'r.txt')
if not swap:
    print('fifo_race: no RENAME_EXCHANGE here: plain renames')
i = 0
while not os.path.exists('stop'):
    k = i % len(makers)
    if swap:
        exchange('h%d' % k, 'r.txt')
        exchange('h%d' % k, 'r.txt')
    else:
        for make in (makers[k], lambda p: os.link('master', p)):
            if os.path.isdir('r.txt') and not os.path.islink('r.txt'):
                os.rmdir('r.txt')  # rename cannot put a file over a folder
            make('next')
            if os.path.isdir('next') and os.path.exists('r.txt'):
                os.unlink('r.txt')  # nor a folder over a file
            os.rename('next', 'r.txt')
    i += 1
PY
racer=$!
timeouts=0 doubles=0 unclear=0 loaded=0 changed=0
for i in $(seq 1 "$runs"); do
    timeout 5 "$BAOGAO" check "$R" > "$T_TMP/out" 2> "$T_TMP/err"; rc=$?
    [ $rc -eq 124 ] && timeouts=$((timeouts + 1))
    grep -q "^$R/r.txt"$'\t' "$T_TMP/out" && loaded=$((loaded + 1))
    k=$(grep -c "$R/r.txt: " "$T_TMP/err")
    [ "$k" -gt 1 ] && doubles=$((doubles + 1))
    grep "$R/r.txt: " "$T_TMP/err" |
        grep -Eqv ': (a (FIFO|socket|folder|symbolic link), not a regular file|changed while being opened: now a (FIFO|socket|socket or a device|folder|symbolic link), not a regular file|No such file or directory)' &&
        { unclear=$((unclear + 1)); grep "$R/r.txt: " "$T_TMP/err" | head -2; }
    grep -q 'changed while being opened' "$T_TMP/err" && changed=$((changed + 1))
done
touch "$R/stop"
wait "$racer"
echo "fifo_race: $runs runs, r.txt loaded in $loaded, replaced between look and open in $changed"
[ "$timeouts" -eq 0 ]; t_check "no run blocks ($timeouts of $runs timed out)" $?
[ "$doubles" -eq 0 ]; t_check "no run names r.txt twice ($doubles did)" $?
[ "$unclear" -eq 0 ]; t_check "every complaint says what r.txt was ($unclear did not)" $?
[ "$loaded" -gt 0 ]; t_check "r.txt is loaded when it is a file ($loaded runs)" $?
t_done
