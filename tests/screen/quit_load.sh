#!/usr/bin/env bash
# quit_load.sh — quitting while loading is under way: q, SIGTERM and a
# hang-up (tmux kill-session: the terminal goes away) during each phase
# of loading as the status line names it — reading ("loading: N reports
# read…"), pairing near-duplicates, indexing for search — over a 300 MB
# report and over 20,000 small files, and once loaded while the reader
# lays the 300 MB report out to its end (G, then q or SIGTERM). Each time
# the process is gone
# within 1 s (a zombie counts as gone) and, after q and SIGTERM, the
# terminal is as it was (stty -g, tmux's modes). A phase too short to be
# seen on the status line is quit in the phase after it. Under the sanitizers
# (slower, and their leak check runs at exit) the inputs are a fifth and
# the limit 3 s. Prints each latency on stderr and "N checks, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
SCR_SCENARIO=quit_load
LIMIT_MS=1000
BIG_BYTES=300000000
NFILES=20000
if t_sanitized; then
    LIMIT_MS=3000
    BIG_BYTES=60000000
    NFILES=4000
fi
# How long a phase may take to come: the whole load before indexing.
PHASE_WAIT_S=$((SCR_TIMEOUT * 24))
start=$(date +%s%N)

# The big report: the samples over and over, each line marked with the
# copy's number so that no copy repeats another (the parser would drop
# it). It is the only report, so the home screen's reader shows it as
# soon as it is read: the reader's layout is the UI's own work, beside
# the loader's.
big="$T_TMP/big"
mkdir -p "$big"
awk -v want="$BIG_BYTES" '
    { line[n++] = $0 }
    END {
        for (k = 1; size < want; k++)
            for (i = 0; i < n; i++) {
                s = line[i] == "" ? "" : line[i] " 〔" k "〕"
                print s
                size += length(s) + 1
            }
    }' "$DATA"/00?_*.txt >"$big/zz_big.txt"

# The small files: hard links to the first 30 lines of each sample (1 to
# 15 KB) under varied names in 20 folders, as bench.sh makes them.
many="$T_TMP/many"
mkdir -p "$many/src"
for f in $SAMPLES; do head -n 30 "$DATA/$f" >"$many/src/${f%%_*}"; done
"$SCR_PYTHON" -I -S - "$many" "$NFILES" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
src = sorted(os.listdir(root + '/src'))
for d in range(20):
    os.mkdir('%s/d%02d' % (root, d))
for i in range(n):
    s = src[i % len(src)]
    os.link('%s/src/%s' % (root, s), '%s/d%02d/r%05d_%s.txt' % (root, i % 20, i, s))
PY
rm -r "$many/src"
printf '%s: inputs made in %d ms (%s bytes; %s files)\n' "$SCR_SCENARIO" \
    $((($(date +%s%N) - start) / 1000000)) "$(wc -c <"$big/zz_big.txt")" \
    "$(find "$many" -name '*.txt' | wc -l)" >&2

status_line() { tm capture-pane -p -t "$SCR_T" 2>/dev/null | tail -n 1; }

# phase_now: the phase of loading the status line names — 1 reading, 2
# pairing, 3 indexing, 4 loaded (the home screen drawn, no phase named),
# 0 nothing drawn yet.
phase_now() {
    local s
    s=$(status_line)
    case $s in
    *'loading: '*'reports read'*) echo 1 ;;
    *'pairing near-duplicates'*) echo 2 ;;
    *'indexing for search'*) echo 3 ;;
    *) if tm capture-pane -p -t "$SCR_T" 2>/dev/null | grep -q 'Reports'; then
           echo 4
       else
           echo 0
       fi ;;
    esac
}

# wait_status PATTERN [PHASE]: until the status line matches the (bash)
# regular expression, for up to PHASE_WAIT_S; 1 if it never does or
# baogao ends first; 2 when loading is past PHASE (phase_now's number)
# before the status line matched: that phase was too short to be seen. A
# later phase named counts at once; "loaded" only after 2.5 s of it (the
# first second of indexing is not said, and looks loaded).
wait_status() {
    local i=0 n=$((PHASE_WAIT_S * 50)) ready=0 p
    while [ $i -lt $n ]; do
        [[ $(status_line) =~ $1 ]] && return 0
        [ -f "$T_TMP/done" ] && return 1
        if [ -n "${2:-}" ]; then
            p=$(phase_now)
            if [ "$p" -eq 4 ]; then
                ready=$((ready + 1))
            else
                ready=0
            fi
            if { [ "$p" -gt "$2" ] && [ "$p" -lt 4 ]; } || [ $ready -ge 125 ]; then
                [[ $(status_line) =~ $1 ]] && return 0
                return 2
            fi
        fi
        sleep 0.02
        i=$((i + 1))
    done
    return 1
}

# quit_now NAME PID HOW KEY...: tells baogao (PID) to quit — HOW q sends
# the keys KEY..., TERM the signal, hangup kills the session — then checks
# it is gone in time and, after q and TERM, the terminal restored.
quit_now() {
    local name=$1 pid=$2 how=$3
    shift 3
    case $how in
    q) tm send-keys -t "$SCR_T" "$@" ;;
    TERM) kill -s TERM "$pid" ;;
    hangup) tm kill-session -t "$SCR_T" ;;
    esac
    scr_gone_in "$name" "$pid" "$LIMIT_MS"
    case $how in
    q) scr_restored "$name" 0 ;;
    TERM) scr_restored "$name" 143 ;;
    esac
}

# quit_during LABEL DIR PHASE PATTERN SETTLE HOW: baogao on DIR; once the
# status line matches PATTERN and SETTLE seconds later, HOW (q, TERM or
# hangup); the process gone in time, the terminal restored. A phase that
# passes before the status line shows it (pairing and indexing take well
# under a second on a fast machine, and "indexing" is said only after a
# second of it) or during SETTLE is told in the phase it is in then, said
# on stderr; the phases caught are counted (caught_NAME).
quit_during() {
    local name="$1, $6 while $3" want
    case $3 in reading) want=1 ;; pairing) want=2 ;; *) want=3 ;; esac
    # --no-cache: every run loads cold, through every phase (an earlier
    # run that got as far as writing the cache would make this one load
    # at once, depending on how far that write got before it quit)
    scr_wrapped 80 24 --no-cache "$2"
    wait_status "$4" "$want"
    local got=$?
    if [ $got -eq 1 ]; then
        t_check "$name: the status line says /$4/ (it says: $(status_line))" 1
        return
    fi
    local pid
    pid=$(cat "$T_TMP/pid" 2>/dev/null)
    if [ $got -eq 0 ]; then
        sleep "$5"
        [[ $(status_line) =~ $4 ]] && eval "caught_$3=\$((caught_$3 + 1))"
    fi
    [[ $(status_line) =~ $4 ]] ||
        printf '%s: %s: %s passed before it was told; told with the status line: %s\n' \
            "$SCR_SCENARIO" "$name" "$3" "$(status_line)" >&2
    quit_now "$name" "$pid" "$6" q
}
caught_reading=0 caught_pairing=0 caught_indexing=0

# Every way of quitting in every phase; under the sanitizers (three times
# slower, and run twice in CI) one way per phase and input, each phase
# quit two ways and each way used twice.
report="$((BIG_BYTES / 1000000)) MB report"
ways="q TERM hangup"
t_sanitized && ways=one
k=0
for way in $ways; do
    for c in "$report|$big|reading|loading: 0 reports|0.5" \
             "$report|$big|pairing|pairing near-duplicates|0.3" \
             "$report|$big|indexing|indexing for search|0" \
             "$NFILES files|$many|reading|loading: [0-9]{4,} reports|0" \
             "$NFILES files|$many|pairing|pairing near-duplicates|0.3" \
             "$NFILES files|$many|indexing|indexing for search|0"; do
        IFS='|' read -r label dir phase pattern settle <<<"$c"
        how=$way
        if [ "$way" = one ]; then
            set -- q TERM hangup
            shift $(((k + k / 3) % 3))
            how=$1
        fi
        k=$((k + 1))
        quit_during "$label" "$dir" "$phase" "$pattern" "$settle" "$how"
    done
done

# quit_laying_out HOW: the big report loaded, the reader focused (Tab
# Tab) and told to go to the end (G), which lays out all 300 MB on the
# UI's thread; 0.3 s later HOW: q (twice: the first leaves the reader
# for the Reports pane) or SIGTERM. A key or a signal stops the layout.
quit_laying_out() {
    local name="$report, $1 while the reader lays it out to its end"
    scr_wrapped 80 24 "$big"
    if ! wait_status '1/1 ·'; then
        t_check "$name: the report opens (the status line says: $(status_line))" 1
        return
    fi
    local pid
    pid=$(cat "$T_TMP/pid" 2>/dev/null)
    tm send-keys -t "$SCR_T" Tab Tab G
    sleep 0.3
    quit_now "$name" "$pid" "$1" q q
}
quit_laying_out q
t_sanitized || quit_laying_out TERM

# Reading is long for both inputs: it is caught every time.
printf '%s: quit while reading %d times, pairing %d, indexing %d\n' "$SCR_SCENARIO" \
    "$caught_reading" "$caught_pairing" "$caught_indexing" >&2
n_ways=3
t_sanitized && n_ways=1
[ "$caught_reading" -eq $((2 * n_ways)) ]
t_check "$SCR_SCENARIO: reading caught for both inputs each way ($caught_reading)" $?

printf '%s: %d ms\n' "$SCR_SCENARIO" $((($(date +%s%N) - start) / 1000000)) >&2
t_done
