# lang_c — LANG=C, LC_ALL=C and no locale at all: the program switches
# to a UTF-8 locale by itself; the screen is the UTF-8 home screen.
for loc in LANG=C LC_ALL=C LANG=; do
    scr_start 80 24 "$loc"
    scr_wait 'Reports 4'
    scr_refresh
    SCR_SCENARIO="lang_c $loc" scr_same_as home80
done
