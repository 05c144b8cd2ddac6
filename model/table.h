/* table.h — tables found in a document: markdown tables (PDF conversions)
 * turned into rows and cells, page-split blocks joined under one caption,
 * spilled sub-rows attached to the row they belong to. */
#ifndef BAOGAO_TABLE_H
#define BAOGAO_TABLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct table_row {
    const char **cells; /* trimmed cell texts */
    size_t ncells;
    uint32_t line;      /* 1-based line of the original file */
    int header;         /* a header row (also a header repeated after a
                           page break) */
    int spill_of;       /* index of the row whose cells spill into this one
                           (a sub-row), or -1 */
    int heading;        /* for an entry of a table of contents: index in
                           doc->sections of the heading it names, or -1 */
} table_row;

typedef struct table {
    const char *label;   /* "表 1", "附件 1", or "" */
    const char *caption; /* caption text after the label, or "" */
    uint32_t line;       /* line of the first row of the first block */
    table_row *rows;     /* header and data rows of all blocks, separator
                            rows left out */
    size_t nrows;
    size_t data_rows;    /* rows that are not headers */
    int is_toc;          /* a table of contents, not data */
} table;

#endif
