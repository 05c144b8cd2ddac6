#!/usr/bin/env bash
# levels.sh — level inference on synthetic documents: levels come from the
# order in which marker kinds appear, never from the marker itself; lines
# out of sequence, long numbered sentences, TOC rows and table cells are
# not headings; a gap is flagged.
. "$(dirname "$0")/lib.sh"

# outline_of NAME TEXT: the outline rows (level marker title) of TEXT.
outline_of() {
    printf '%s' "$2" > "$T_TMP/$1.txt"
    "$BAOGAO" outline "$T_TMP/$1.txt" | awk -F'\t' 'NR > 1 { print $1 " " $2 " " $3 }'
}
expect() { # NAME GOT WANT
    if [ "$2" = "$3" ]; then t_check "$1" 0; else
        t_check "$1" 1; printf 'got:\n%s\nwant:\n%s\n' "$2" "$3"; fi
}

got=$(outline_of paren-top '（一）总体要求

坚持稳中求进。

（二）主要任务

推进改革。')
expect "top level （一） only is level 1" "$got" "1 （一） 总体要求
1 （二） 主要任务"

got=$(outline_of jie-only '第一节 指导思想

高举旗帜。

第二节 基本原则

1. 坚持党的领导。

2. 坚持以人民为中心。')
expect "第X节 without 章 is level 1, 1. under it level 2" "$got" "1 第一节 指导思想
1 第二节 基本原则
2 1. 坚持党的领导
2 2. 坚持以人民为中心"

got=$(outline_of num-under-dun '一、工作回顾

1. 经济运行稳中向好。全年地区生产总值增长5%。

2. 改革开放持续深化。

二、工作安排

1. 扩大有效投资。')
expect "1. under 一、 is level 2 and restarts under 二、" "$got" "1 一、 工作回顾
2 1. 经济运行稳中向好
2 2. 改革开放持续深化
1 二、 工作安排
2 1. 扩大有效投资"

got=$(outline_of list-in-paragraph '一、工作回顾

我们做了以下工作：1. 稳增长；2. 促改革；3. 惠民生。

一是加快项目建设，全年完成投资100亿元；二是优化营商环境。

2. 这一行以2开头但前面没有1，不是标题。')
expect "a numbered list inside a paragraph and leads are not headings" "$got" "1 一、 工作回顾"

got=$(outline_of long-numbered '一、主要任务

1. 加快构建现代化产业体系，推动先进制造业和现代服务业深度融合，培育壮大战略性新兴产业集群，提升产业链供应链韧性和安全水平，打造具有国际竞争力的产业高地

2. 另一条很长的编号句子同样没有句号，说明它是列表中的长句而不是标题，因为标题通常很短小精悍')
expect "long numbered sentences are not headings" "$got" "1 一、 主要任务"

got=$(outline_of toc-table '目 录

| 第一章 总则..... | 1 |
| 第二章 任务..... | 5 |

第一章 总则

| 一 | (一) | 项目 |
|----|----|----|
| 1 | 2 | 3 |

第二章 任务')
expect "TOC rows and table cells are not headings" "$got" "1 第一章 总则
1 第二章 任务"

printf '（一）甲项工作\n\n内容。\n\n（二）乙项工作\n\n内容。\n\n（四）丁项工作\n\n内容。\n' > "$T_TMP/gap.txt"
"$BAOGAO" outline "$T_TMP/gap.txt" | awk -F'\t' '$2 == "（四）" { print $5 }' > "$T_TMP/note"
[ "$(cat "$T_TMP/note")" = gap ]; t_check "a numbering gap is flagged" $?

got=$(outline_of same-line '（一）扛起担当，奋力夺取双胜利。坚持以高质量发展为牵引；保持大局稳定。')
expect "a heading sharing its line ends at its first 。" "$got" "1 （一） 扛起担当，奋力夺取双胜利"
t_done
