/* view_all.c — the table of every view (see view.h), in a file of its
 * own: the views use view.c's helpers, and this table uses the views. */
#include "view.h"

const view_ops *const view_all[VIEW_COUNT] = {
#define VIEW_OPS(id, file, name) [VIEW_##id] = &file##_ops,
    VIEW_LIST(VIEW_OPS)
#undef VIEW_OPS
};
