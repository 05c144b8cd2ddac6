# find_paste — in 000's reader, / opens the find prompt; a pasted Chinese
# string arrives whole (send-keys -l: one write), shows in the prompt,
# and Enter shows the first match highlighted in the reader.
scr_start 80 24
scr_wait 'Reports 4'
scr_keys_to 'q back' Enter
scr_keys '/'
scr_type '固定资产投资'
scr_golden find_prompt
scr_keys Enter
scr_golden find_match -e
