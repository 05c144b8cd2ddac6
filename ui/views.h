/* views.h — the list of views, named once: VIEW_LIST yields the view ids
 * (VIEW_DOCS …), the table of operations (NAME_ops, defined at the end of
 * ui/NAME.c, declared in view.h) and the names. No curses, so the layouts
 * (layout.c) can name views. */
#ifndef BAOGAO_VIEWS_H
#define BAOGAO_VIEWS_H

/* X(ID, file, "name") — a view per line, in the order Tab visits them. */
#define VIEW_LIST(X)                                                         \
    X(DOCS, doclist, "reports")                                             \
    X(OUTLINE, outline, "outline")                                          \
    X(READER, reader, "reader")                                             \
    X(RESULTS, results, "search")                                           \
    X(INDICATORS, indicators, "indicators")                                 \
    X(COMPARE, compare, "compare")

typedef enum view_id {
#define VIEW_ENUM(id, file, name) VIEW_##id,
    VIEW_LIST(VIEW_ENUM)
#undef VIEW_ENUM
    VIEW_COUNT
} view_id;

#endif
