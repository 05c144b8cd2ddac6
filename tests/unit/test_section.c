/* test_section.c — the section tree of a parsed document: parents, byte
 * ranges, section_at and the breadcrumb path of any offset; the appendix
 * (附件, 名词解释, spaced too) whose numbered lines make no sections. */
#include <stdio.h>
#include <string.h>

#include "blocks.h"
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

/* A report whose glossary starts at label (its 一、 lines are entries, not
 * headings): one section when label starts the appendix, else three. */
static void appendix_after(const char *label, int is_label)
{
    char buf[512];
    snprintf(buf, sizeof buf,
             "一、总体要求\n\n正文。\n\n%s\n\n一、发展六仗：说明。\n\n"
             "二、千百十工程：说明。\n",
             label);
    doc *d = doc_new("g.txt", "g.txt");
    pipeline_text(d, buf, strlen(buf), 1, NULL);
    CHECK_INT(d->nsections, is_label ? 1 : 3);
    size_t appendix = 0;
    for (size_t i = 0; i < d->nblocks; i++)
        appendix += d->blocks[i].kind == BLOCK_APPENDIX;
    CHECK_INT(appendix > 0, is_label);
    doc_free(d);
}

static void appendix_labels(void)
{
    static const struct {
        const char *s;
        int is;
    } labels[] = {
        {"名词解释", 1}, {"名 词 解 释", 1}, {"名　词　解　释", 1},
        {"名词解释：", 1}, {"名詞解釋", 1}, {"附件", 1}, {"附 件 1", 1},
        {"附件：", 1}, {"名词解释如下，供代表们参阅。", 0},
        {"附件所列项目按计划推进，年底前全部完成。", 0},
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        CHECK_INT(blocks_is_appendix_start(labels[i].s, strlen(labels[i].s)),
                  labels[i].is);
    appendix_after("名 词 解 释", 1);
    appendix_after("名词解释", 1);
}

int main(void)
{
    appendix_labels();
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
