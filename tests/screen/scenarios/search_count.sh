# search_count — a query with more hits than the list holds (a syllable,
# ji: over 10,000 in the samples): the list's first hits come first, then
# the rest of the list and the count of every hit (the status says
# "counting…" meanwhile); the count is the search verb's, and the status
# says how many of them the list holds.
dir="$T_TMP/count"
mkdir -p "$dir"
cp "$SRCDIR"/tests/data/00?_*.txt "$dir/"
rows=$("$BAOGAO" --no-cache search ji "$dir" | tail -n +2)
want="$(printf '%s\n' "$rows" | wc -l) hits in $(printf '%s\n' "$rows" | cut -f1 | sort -u | wc -l) reports, first 5000 listed"
scr_start 80 24 -- "$dir"
scr_wait 'Reports'
scr_keys '/'
scr_type 'ji'
SCR_CHANGE=0 scr_until 'listed' 'the count of every hit'
got=$(tm capture-pane -p -t "$SCR_T" | tail -n 1 | grep -o '[0-9]* hits in [0-9]* reports, first [0-9]* listed')
[ "$got" = "$want" ]; t_check "$SCR_SCENARIO: the search verb's count, the list's share ($got / $want)" $?
scr_golden search_count
