# help — ? opens the key overlay generated from the key table; j scrolls
# it; q closes it (and only it: the program goes on) and the home screen
# is back as it was.
scr_start 80 24
scr_wait 'Reports 4'
scr_refresh
scr_keys_to 'any key closes' '?'
scr_golden help
scr_keys j
scr_golden help_scrolled
scr_keys q
scr_same_as home80
