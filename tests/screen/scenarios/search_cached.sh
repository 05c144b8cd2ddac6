# search_cached — the corpus's search index and pairing come from the
# cache on a second start (src/cache.h): a first start over the samples
# caches them (an entry c/x… appears once indexing is done), a second
# gives the same screen and the same hits for a query as the search verb;
# an entry with bytes changed is said on the status line, not used, and
# made again, the hits still the verb's.
dir="$T_TMP/cached"
mkdir -p "$dir"
cp "$SRCDIR"/tests/data/00?_*.txt "$dir/"
cache="$T_TMP/cache-tui"
q=营商环境
rows=$("$BAOGAO" --no-cache search "$q" "$dir" | tail -n +2)
want="$(printf '%s\n' "$rows" | wc -l) hits in $(printf '%s\n' "$rows" | cut -f1 | sort -u | wc -l) reports"
corpus_entry() { find "$cache" -path '*/c/x*' -type f 2>/dev/null | head -n 1; }
has_entry() { [ -n "$(corpus_entry)" ]; }
# search_count: the query typed, its count once searched
search_count() {
    scr_wait 'Reports'
    scr_keys '/'
    scr_type "$q"
    SCR_CHANGE=0 scr_until 'hits in' 'the hits'
    tm capture-pane -p -t "$SCR_T" | tail -n 1 | grep -o '[0-9+]* hits in [0-9]* reports'
}
scr_start 80 24 XDG_CACHE_HOME="$cache" -- "$dir"
scr_wait 'Reports 4'
SCR_PRED=has_entry SCR_CHANGE=0 scr_until 'Reports' 'the corpus entry'
has_entry; t_check "$SCR_SCENARIO: the first start caches the corpus's index" $?
first=$(scr_screen)
got=$(search_count)
[ "$got" = "$want" ]; t_check "$SCR_SCENARIO: cold, the search verb's count ($got / $want)" $?
scr_start 80 24 XDG_CACHE_HOME="$cache" -- "$dir"
scr_wait 'Reports 4'
[ "$(scr_screen)" = "$first" ]; t_check "$SCR_SCENARIO: warm, the first screen is the cold one" $?
got=$(search_count)
[ "$got" = "$want" ]; t_check "$SCR_SCENARIO: warm, the search verb's count ($got / $want)" $?
entry=$(corpus_entry)
python3 -c 'import sys; p = sys.argv[1]; b = bytearray(open(p, "rb").read()); b[len(b) // 2] ^= 0xff; open(p, "wb").write(b)' "$entry"
scr_start 80 24 XDG_CACHE_HOME="$cache" -- "$dir"
scr_wait 'Reports 4'
said() { [[ $(tm capture-pane -p -t "$SCR_T" | tail -n 1) == *'cache: the entry for the corpus'* ]]; }
SCR_PRED=said SCR_CHANGE=0 scr_until 'Reports' 'the damaged entry said'
said; t_check "$SCR_SCENARIO: a damaged corpus entry is said on the status line" $?
got=$(search_count)
[ "$got" = "$want" ]; t_check "$SCR_SCENARIO: damaged, the search verb's count ($got / $want)" $?
SCR_PRED=has_entry SCR_CHANGE=0 scr_until '' 'the corpus entry again'
has_entry; t_check "$SCR_SCENARIO: the damaged entry is made again" $?
