# terms — the home screen is the same text on screen-256color,
# tmux-256color, xterm, screen, linux, and on an unknown TERM (falls back
# to xterm).
for term in screen-256color tmux-256color xterm screen linux no-such-term; do
    scr_start 80 24 TERM=$term
    scr_wait 'Reports 4'
    scr_refresh
    SCR_SCENARIO="terms $term" scr_same_as home80
done
