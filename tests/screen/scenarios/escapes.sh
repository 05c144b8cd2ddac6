# escapes — hostile reports: evil.txt, whose title and text carry OSC
# title changes, SGR colour, tmux's rename sequence, a C1 CSI (U+009B),
# bidi overrides (U+202E, U+2066), BEL, BS, DEL, a clear-screen and an
# alternate-screen switch; and a report with no title whose file name
# carries OSC 0, tmux's rename, C1 CSI and U+202E (the reader's title
# then shows the name). The pane's title and the window's name stay as
# they were, no colour or attribute comes from a document (checked in
# golden/escapes*.e.txt), the layout is whole, and the name's controls
# are visible placeholders (␛ ␇ ⍰, in the placeholder role).
d="$T_TMP/escapes"
mkdir -p "$d"
{
    printf '2024年政府工作报告\033]0;PWNED\007\033kPWNED\033\\\n\n'
    printf '一、总体要求\n\n'
    printf '正文\033[31m红色\033[0m普通\xc2\x9b1;31m仍是正文\xe2\x80\xae倒序文字\xe2\x80\xac正序\xe2\x81\xa6隔离\xe2\x81\xa9结束。\n\n'
    printf '铃声\007退格\010删除\177清屏\033[2J\033[H换屏\033[?1049h标题\033]2;PWNED\033\\\\剪贴板\033]52;c;UFdORUQ=\007完。\n\n'
    printf '二、主要任务\n\n'
    printf '第二段正文，没有控制字符。\n'
} >"$d/evil.txt"
printf '这份报告没有标题，只有正文。\n' \
    >"$d/$(printf 'z\033]0;PWNED\007\033kPWNED\033\\\xc2\x9b7m\xe2\x80\xaename.txt')"
SCR_CWD=$d scr_start 80 24 -- .
scr_wait 'Reports 2'
scr_keys_to 'q back' Enter
scr_refresh
scr_golden escapes -e
scr_keys Tab
scr_keys j
scr_keys_to '2/2' Enter
scr_refresh
scr_golden escapes_name -e
title=$(tm display -p -t "$SCR_T" '#{pane_title}')
[[ $title != *PWNED* ]]
t_check "$SCR_SCENARIO: the pane title is not set by a document ($title)" $?
name=$(tm display -p -t "$SCR_T" '#{window_name}')
[[ $name != *PWNED* ]]
t_check "$SCR_SCENARIO: the window name is not set by a document ($name)" $?
tm capture-pane -p -e -t "$SCR_T" >"$T_TMP/escapes.e"
! grep -q $'\033\\[\\(0;\\|1;\\)\\?3[17]m\\|\033\\[7m' "$T_TMP/escapes.e"
t_check "$SCR_SCENARIO: no red or reverse from the documents' SGR" $?
[[ $(scr_screen) == *'z␛]0;PWNED␇␛kPWNED␛\⍰7m⍰name.txt'* ]]
t_check "$SCR_SCENARIO: the file name's controls are placeholders" $?
[ -n "$(scr_pid)" ] && [ "$(tm display -p -t "$SCR_T" '#{alternate_on}')" = 1 ]
t_check "$SCR_SCENARIO: still running, on the screen it chose" $?
