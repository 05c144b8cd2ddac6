/* test_section.c — the section tree of a parsed document: parents, byte
 * ranges, section_at and the breadcrumb path of any offset. */
#include <string.h>

#include "check.h"
#include "doc.h"
#include "pipeline.h"

static const char plan[] =
    "纲要\n\n"
    "第一章 总体要求\n\n"
    "引言。\n\n"
    "第一节 指导思想\n\n"
    "1. 坚持党的领导。\n\n"
    "正文甲。\n\n"
    "2. 坚持人民至上。\n\n"
    "正文乙。\n\n"
    "第二节 主要目标\n\n"
    "目标。\n\n"
    "第二章 重点任务\n\n"
    "任务。\n";

static size_t offset_of(const doc *d, const char *needle)
{
    const char *p = strstr(d->clean.bytes, needle);
    return p ? (size_t)(p - d->clean.bytes) : (size_t)-1;
}

static void path_is(const doc *d, const char *needle, const char *want)
{
    int path[8];
    size_t n = section_path(d, offset_of(d, needle), path, 8);
    char got[256] = "";
    for (size_t i = 0; i < n; i++) {
        if (i)
            strcat(got, " › ");
        strcat(got, d->sections[path[i]].marker);
    }
    CHECK_STR(got, want);
}

int main(void)
{
    doc *d = doc_new("plan.txt", "plan.txt");
    pipeline_text(d, plan, strlen(plan), 1, NULL);
    CHECK_INT(d->nsections, 6);
    CHECK_STR(d->sections[0].marker, "第一章");
    CHECK_INT(d->sections[0].parent, -1);
    CHECK_INT(d->sections[1].parent, 0);
    CHECK_INT(d->sections[2].parent, 1);
    CHECK_INT(d->sections[3].parent, 1);
    CHECK_INT(d->sections[4].parent, 0);
    CHECK_INT(d->sections[5].parent, -1);
    CHECK_INT(d->sections[2].level, 3);
    CHECK_INT(d->sections[2].line, 9);
    /* ranges: a section ends where the next one of its level or higher
     * begins; the last runs to the end */
    CHECK_INT(d->sections[2].end, d->sections[3].start);
    CHECK_INT(d->sections[3].end, d->sections[4].start);
    CHECK_INT(d->sections[1].end, d->sections[4].start);
    CHECK_INT(d->sections[0].end, d->sections[5].start);
    CHECK_INT(d->sections[5].end, d->clean.len);
    path_is(d, "纲要", "");
    path_is(d, "引言", "第一章");
    path_is(d, "正文甲", "第一章 › 第一节 › 1.");
    path_is(d, "正文乙", "第一章 › 第一节 › 2.");
    path_is(d, "目标。", "第一章 › 第二节");
    path_is(d, "任务。", "第二章");
    CHECK_INT(section_at(d, 0), -1);
    CHECK_INT(section_at(d, d->clean.len - 1), 5);
    CHECK_INT(section_at(d, d->clean.len + 10), -1); /* past the end */
    /* heading blocks point at their section */
    size_t headings = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        if (d->blocks[i].kind == BLOCK_HEADING)
            CHECK_INT(d->blocks[i].section, (int)headings++);
    CHECK_INT(headings, 6);
    doc_free(d);
    return check_done();
}
