#!/usr/bin/env bash
# heading_hints.sh — headings a format marks itself (reader_out_heading →
# doc.heading_hints → headings_bare.c): a saved page whose sections are h2
# lines without a marker, and a Word document whose sections are
# paragraphs in a heading style without a marker, give those sections as
# the outline's top level (the page's one h1, its title, is not one);
# the same text as a plain .txt file, where nothing marks them, misses the
# shortest (结语); a section's own numbered headings stay beneath it.
. "$(dirname "$0")/lib.sh"
python3 - "$T_TMP" <<'PY'
import sys, zipfile
d = sys.argv[1]
sections = [('过去一年工作回顾', ['过去一年，全市地区生产总值增长百分之五点二，城镇新增就业三万人，经济运行稳中向好。',
                                  '我们坚持稳中求进工作总基调，扎实推进各项工作，经济社会发展取得新成效。']),
            ('今年主要任务', ['今年经济社会发展的主要预期目标是：地区生产总值增长百分之五左右，城镇新增就业三万人以上。']),
            ('结语', ['各位代表，新征程上，我们要团结奋斗，为建设现代化城市而努力奋斗，不断开创新局面。'])]
sub = ['（一）扩大有效需求', '实施扩大内需战略，积极扩大有效投资，促进消费持续恢复，增强经济发展内生动力。',
       '（二）建设现代化产业体系', '推动制造业高端化、智能化、绿色化发展，培育壮大新兴产业和未来产业。']
html = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市政府工作报告</title></head><body>',
        '<div class="content"><h1>某市政府工作报告</h1>',
        '<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。</p>']
text = ['某市政府工作报告', '', '各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。', '']
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def p(t, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ''
    return '<w:p>%s<w:r><w:t>%s</w:t></w:r></w:p>' % (ppr, t)
body = [p('某市政府工作报告', 'Title'), p(text[2])]
for i, (head, paras) in enumerate(sections):
    html.append('<h2>%s</h2>' % head)
    text += [head, '']
    body.append(p(head, 'Heading1'))
    for t in paras + (sub if i == 1 else []):
        html.append('<p>%s</p>' % t)
        text += [t, '']
        body.append(p(t))
html.append('</div></body></html>')
open(d + '/page.html', 'w', encoding='utf-8').write('\n'.join(html))
open(d + '/plain.txt', 'w', encoding='utf-8').write('\n'.join(text))
styles = ('<w:styles xmlns:w="%s"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>' % W)
with zipfile.ZipFile(d + '/styled.docx', 'w') as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('word/document.xml', '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, ''.join(body)))
    z.writestr('word/styles.xml', styles)
PY
want=$(printf '1\t\t过去一年工作回顾\n1\t\t今年主要任务\n2\t（一）\t扩大有效需求\n2\t（二）\t建设现代化产业体系\n1\t\t结语')
for f in page.html styled.docx; do
    got=$("$BAOGAO" outline "$T_TMP/$f" | tail -n +2 | cut -f1-3)
    [ "$got" = "$want" ]; t_check "$f: its marked headings are the top level ($(echo $got | tr '\n' ' '))" $?
done
# Without the marks, the shape alone cannot take 结语 (two characters: a
# bare line needs four).
got=$("$BAOGAO" outline "$T_TMP/plain.txt" | tail -n +2 | cut -f1-3)
[ "$got" != "$want" ] && ! grep -q '结语' <<< "$got"
t_check "plain.txt: unmarked, 结语 is no heading" $?
heads=$("$BAOGAO" check "$T_TMP/styled.docx" | awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i } NR == 2 { print $(c["read_headings"]) }')
[ "$heads" -eq 3 ]; t_check "styled.docx: check counts 3 heading-styled paragraphs (got $heads)" $?
t_done
