/* section.h — a document's structure as the panes read it: blocks of the
 * clean text (heading, paragraph, table, caption, …) and the section tree
 * the headings make, and the queries on that tree. Knows nothing of doc
 * (doc.h holds these and asks the queries for a doc). */
#ifndef BAOGAO_SECTION_H
#define BAOGAO_SECTION_H

#include <stddef.h>
#include <stdint.h>

typedef enum block_kind {
    BLOCK_PARAGRAPH,
    BLOCK_HEADING,    /* a heading line; body text after it on the line is
                         the next BLOCK_PARAGRAPH, at the same line */
    BLOCK_TABLE,      /* one markdown table block (rows on consecutive lines) */
    BLOCK_CAPTION,    /* 表 1: … / 图 1: … */
    BLOCK_TOC,        /* a table of contents (目录) */
    BLOCK_SIGNATURE,  /* signature and date lines: 区长 …, 2021年7月24日 */
    BLOCK_APPENDIX,   /* 附件 / 名词解释 and everything after: no headings */
    BLOCK_NKINDS
} block_kind;

typedef struct block {
    block_kind kind;
    uint32_t start, end; /* byte range in the document's clean text (text.h: under 4 GiB) */
    uint32_t line;     /* 1-based line of the original file */
    int section;       /* for BLOCK_HEADING: index in doc->sections; else -1 */
    int table;         /* for BLOCK_TABLE/BLOCK_TOC: index in doc->tables; else -1 */
} block;

/* Flags of a section. */
enum {
    SECTION_INFERRED = 1, /* the marker is missing in the source; inferred
                             from its siblings' sequence */
    SECTION_GAP = 2       /* numbering gap before it: （三） missing between
                             （二） and this （四） */
};

typedef struct section {
    int level;          /* 1 = top; inferred per document */
    int kind;           /* marker kind (src/parse/marker.h), as an int */
    int number;         /* the ordinal its marker names */
    const char *marker; /* as written, ASCII parentheses made full-width;
                           for an inferred one, the marker it should have;
                           "" for a bare heading (kind 0: no marker) */
    const char *title;  /* text after the marker, up to the first 。；; */
    uint32_t line;      /* 1-based line of the original file */
    size_t start, end;  /* clean-text bytes from the heading to the next
                           heading of the same or a higher level */
    int parent;         /* index of the parent section, or -1 */
    unsigned flags;     /* SECTION_* */
} section;

/* Name of a block kind ("paragraph", "heading", …). */
const char *block_kind_name(block_kind k);

/* Index of the deepest of the sections s[0..n) (a document's, in document
 * order) whose range holds byte offset of the clean text, or -1 before the
 * first heading. O(log n + depth). doc.h's section_at asks it of a doc. */
int section_find(const section *s, size_t n, size_t offset);

/* The breadcrumb of offset among s[0..n): section indices from the top
 * level down to section_find's (第三章 › 第二节 › （一）), at most max of
 * them into out. Returns how many. doc.h's section_path asks it of a doc. */
size_t section_trail(const section *s, size_t n, size_t offset, int *out,
                     size_t max);

/* The label of section k among s[0..n): the markers of its breadcrumb
 * joined by › (up to 300 bytes of them; a bare heading's empty marker left
 * out), a space (none without a marker) and its title cut to
 * title_max bytes of whole characters: "一、›（一） 经济运行质效提升". Into
 * buf[0..size) (NUL-terminated, cut to fit); "" when k < 0. Returns buf. */
char *section_label(const section *s, size_t n, int k, size_t title_max,
                    char *buf, size_t size);

#endif
