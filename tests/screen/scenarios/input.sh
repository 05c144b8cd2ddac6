# input — what the terminal sends besides keys is never taken as keys: a
# bracketed paste (tmux paste-buffer -p) with a line end and q in it goes
# into the search prompt whole, a 1 MB one cut to the prompt at once; a
# paste at home is refused with a message;
# Alt-j (ESC j) and a late answer to the width probe (ESC [24;3R) on the
# Reports pane change nothing and do not quit; Ctrl-Z suspends to the
# shell, which fg resumes with the screen as it was; TERM=dumb gets a
# message and exit status 2; `baogao -` reads a piped report and takes its
# keys from the terminal, and is refused when standard input is the
# terminal.
scr_start 80 24
scr_wait 'Reports 4'
home=$(scr_screen)
tm set-buffer -b in1 "$(printf '经济发展\nq quit')"
tm paste-buffer -p -b in1 -t "$SCR_T"
scr_keys_to 'a paste goes into the search prompt' ''
[[ $(scr_screen | head -n 23) == "$(printf '%s\n' "$home" | head -n 23)" && -n $(scr_pid) ]]
t_check "$SCR_SCENARIO: a paste at home is refused with a message, nothing else changes" $?
scr_keys '/'
tm paste-buffer -p -b in1 -t "$SCR_T"
scr_keys_to '/经济发展 q quit' ''
[ -n "$(scr_pid)" ]
t_check "$SCR_SCENARIO: a pasted line end and q go into the prompt as text (still running)" $?
scr_keys Escape
# A 1 MB paste: read at once, cut to the prompt, said; the view is quick.
big="$T_TMP/paste1m.txt"
python3 -c 'import sys; sys.stdout.write("经济发展 高质量\n" * 50000)' >"$big"
tm load-buffer -b in2 "$big"
scr_keys '/'
t0=$(date +%s%N)
tm paste-buffer -p -b in2 -t "$SCR_T"
scr_wait 'the paste was cut'
ms=$((($(date +%s%N) - t0) / 1000000))
printf 'a 1 MB paste: %d ms to the cut prompt\n' "$ms"
[[ $(scr_screen | tail -n 1) == /经济发展\ 高质量\ 经济发展* ]]
t_check "$SCR_SCENARIO: a 1 MB paste goes into the prompt, cut, with a message ($ms ms)" $?
scr_keys Escape
tm send-keys -t "$SCR_T" M-j
tm send-keys -t "$SCR_T" -H 1b 5b 32 34 3b 33 52   # ESC [ 2 4 ; 3 R
scr_keys j # a change and back: the two sequences were read by then
scr_keys k
[ -n "$(scr_pid)" ] && [ "$(scr_screen | head -n 22)" = "$(printf '%s\n' "$home" | head -n 22)" ]
t_check "$SCR_SCENARIO: Alt-j and a late ESC[24;3R change nothing and do not quit" $?
# Ctrl-Z under a shell with job control, then fg.
scr_run 80 24 PS1='sh> ' -- "exec bash --norc --noprofile -i"
scr_wait 'sh>'
tm send-keys -t "$SCR_T" -l "$(printf '%q --narrow' "$BAOGAO")"
# Loaded and paired (the status line's 1/4: a screen still loading says
# "N reports read" and may show Reports 4 before the fifth arrives and
# pairing folds it back to 4) before the screen to come back to is taken.
scr_keys_to '1/4 · 一、' Enter
scr_refresh
before=$(scr_screen)
scr_keys_to 'Stopped' C-z
scr_keys_to 'Reports 4' f g Enter
# The resumed frame may come in more than one write (slow under the
# sanitizers): wait, up to the time limit, for the screen to settle back
# to what it was, drawing the same state again (Tab Tab Tab) each time.
same=1
for _ in $(seq 1 "$SCR_TIMEOUT"); do
    scr_refresh
    [ "$(scr_screen)" = "$before" ] && { same=0; break; }
    sleep 1
done
[ $same -eq 0 ]
t_check "$SCR_SCENARIO: Ctrl-Z suspends to the shell, fg brings the screen back as it was" $?
scr_keys_to 'sh>' q
# TERM=dumb. (The shell stays a while after the exit status, so that
# tmux has shown what was printed before the pane dies.)
scr_run 80 24 TERM=dumb -- "$(printf '%q' "$BAOGAO"); echo \"exit=\$?\"; sleep 9"
scr_wait 'exit='
screen=$(scr_screen)
[[ $screen == *'cannot move the cursor'* && $screen == *'exit=2'* ]]
t_check "$SCR_SCENARIO: TERM=dumb gets a message and exit status 2" $?
# Standard input.
scr_run 80 24 -- "cat $(printf '%q' "$SRCDIR/tests/data/002_f7d3045b65ec1e49.txt") | $(printf '%q' "$BAOGAO") --narrow -; echo \"exit=\$?\"; sleep 9"
scr_wait 'Reports 1'
scr_keys Tab
scr_keys_to 'exit=0' Q
t_check "$SCR_SCENARIO: baogao - shows the piped report, its keys from the terminal (q quits)" 0
scr_run 80 24 -- "$(printf '%q' "$BAOGAO") -; echo \"exit=\$?\"; sleep 9"
scr_wait 'exit='
screen=$(scr_screen)
[[ $screen == *'standard input, which is the terminal'* && $screen == *'exit=2'* ]]
t_check "$SCR_SCENARIO: baogao - with the terminal on standard input is refused" $?
