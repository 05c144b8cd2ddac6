/* meta.h — what a report is: title, region, kind, the year it was
 * delivered, the years it reviews and plans, its script. From the text,
 * not the file name. */
#ifndef BAOGAO_META_H
#define BAOGAO_META_H

typedef struct doc_meta {
    const char *title;   /* the report's own title, or "" */
    const char *region;  /* as the report names it: 广州市荔湾区, or "" */
    const char *kind;    /* work-report, plan-execution, five-year-plan,
                            budget, statistical-communique, other */
    int year;            /* delivered or issued; 0 unknown */
    int reviews_from, reviews_to; /* years looked back on; 0 unknown */
    int plans_from, plans_to;     /* years planned for; 0 unknown */
    const char *script;  /* "Hans" or "Hant" */
} doc_meta;

#endif
