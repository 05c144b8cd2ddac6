/* keys.c — key bindings and help texts from ACTION_LIST (see keys.h). */
#include "keys.h"

#include <ncursesw/curses.h>

static const action_help helps[ACT_COUNT] = {
    [ACT_NONE] = {"", ""},
#define ACTION_HELP(name, keys, help) [ACT_##name] = {keys, help},
    ACTION_LIST(ACTION_HELP)
#undef ACTION_HELP
};

const action_help *keys_help(action a)
{
    return &helps[(unsigned)a < ACT_COUNT ? a : ACT_NONE];
}

#define CTRL(c) ((c) & 0x1f)

static action char_action(int ch)
{
    switch (ch) {
    case 'j': return ACT_DOWN;
    case 'k': return ACT_UP;
    case ' ': case 'f': return ACT_PAGE_DOWN;
    case 'b': return ACT_PAGE_UP;
    case CTRL('d'): return ACT_HALF_DOWN;
    case CTRL('u'): return ACT_HALF_UP;
    case CTRL('f'): return ACT_PAGE_DOWN;
    case CTRL('b'): return ACT_PAGE_UP;
    case 'g': return ACT_TOP;
    case 'G': return ACT_BOTTOM;
    case '\r': case '\n': return ACT_OPEN;
    case '\t': return ACT_NEXT_PANE;
    case ']': return ACT_NEXT_HEADING;
    case '[': return ACT_PREV_HEADING;
    case '}': return ACT_NEXT_SIBLING;
    case '{': return ACT_PREV_SIBLING;
    case 'o': return ACT_FOLD;
    case 'O': return ACT_FOLD_ALL;
    case 's': return ACT_SCRIPT;
    case 'z': return ACT_ZOOM;
    case '/': return ACT_FIND;
    case 'n': return ACT_FIND_NEXT;
    case 'N': return ACT_FIND_PREV;
    case 'm': return ACT_MARK;
    case '\'': return ACT_JUMP_MARK;
    case '?': return ACT_HELP;
    case 'q': case 27: return ACT_BACK;
    case 'Q': case CTRL('c'): return ACT_QUIT;
    default: return ACT_NONE;
    }
}

static action key_action(int key)
{
    switch (key) {
    case KEY_DOWN: return ACT_DOWN;
    case KEY_UP: return ACT_UP;
    case KEY_NPAGE: return ACT_PAGE_DOWN;
    case KEY_PPAGE: return ACT_PAGE_UP;
    case KEY_HOME: return ACT_TOP;
    case KEY_END: return ACT_BOTTOM;
    case KEY_ENTER: return ACT_OPEN;
    case KEY_BTAB: return ACT_PREV_PANE;
    case KEY_F(1): return ACT_HELP;
    default: return ACT_NONE;
    }
}

action keys_action(int ch, int is_function_key)
{
    return is_function_key ? key_action(ch) : char_action(ch);
}
