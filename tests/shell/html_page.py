# html_page.py — wraps a sample report in a realistic government web page
# for the HTML reader's tests (html_pages.sh): a navigation bar, a
# breadcrumb (当前位置), a publication line, a share bar (分享到), related
# links (相关链接), a side column of links with no telling class, a footer
# (版权所有), <script>s in head and body (one holding markup in a string),
# comments. The sample's paragraphs (runs of non-blank lines) become <p>s
# with <br> between their lines (long lines wrapped in the source between
# two Chinese characters, which a browser joins); one-line paragraphs opening with 一、,
# （一） or 第…章/节 become <h2>/<h3>; markdown pipe tables become <table>s
# (the separator row left out: the reader writes its own); a short first
# paragraph becomes the page's <h1>, outside the content block.
# Three layouts: 'div' (classes name the furniture), 'table' (an old page
# laid out in a table, the article in a cell) and 'html5' (nav, header,
# article, aside, footer elements).
# Usage: python3 html_page.py SAMPLE.txt OUT.html LAYOUT ENCODING
#   ENCODING utf-8, or gb18030: the page is then encoded in GB18030 and
#   declares charset=gb2312 in an http-equiv <meta>, as many pages do.
import html
import re
import sys

HEADING = re.compile(r'^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）'
                     r'|第[一二三四五六七八九十]+[章节])')
SEPARATOR = re.compile(r'^\|[-:| ]+\|$')


def paragraphs(text):
    block = []
    for line in text.split('\n'):
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def table(lines):
    rows = [l.strip() for l in lines if not SEPARATOR.match(l.strip())]
    out = ['<table class="data" border="1">']
    for i, r in enumerate(rows):
        cells = r.strip('|').split('|')
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s> %s </%s>' % (tag, html.escape(c.strip()), tag)
                                    for c in cells) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def wrap(line, width=40):
    """line with a source line break about every width characters, only
    between two non-ASCII characters (a browser shows no space there)."""
    out, run = [], 0
    for i, ch in enumerate(line):
        if run >= width and ch > '\x7f' and line[i - 1] > '\x7f':
            out.append('\n')
            run = 0
        out.append(ch)
        run += 1
    return ''.join(out)


def article(text):
    """The page's h1 (or '') and the content block's markup."""
    title, out = '', []
    for i, block in enumerate(paragraphs(text)):
        if all(l.lstrip().startswith('|') for l in block):
            out.append(table(block))
            continue
        one = block[0].strip()
        if i == 0 and len(block) == 1 and len(one) <= 60 and '>' not in one:
            title = one
        elif len(block) == 1 and HEADING.match(one) and len(one) <= 50:
            tag = 'h2' if '、' in one[:6] or '章' in one[:6] else 'h3'
            out.append('<%s>%s</%s>' % (tag, html.escape(one), tag))
        else:
            body = '<br>\n'.join(wrap(html.escape(l)) for l in block)
            out.append('<p style="text-indent:2em">' + body + '</p>')
    return title, '\n'.join(out)


NAV = ''.join('<li><a href="/%d.html">%s</a></li>' % (i, t) for i, t in
              enumerate(['首页', '政务公开', '网上办事大厅', '互动交流', '走进本区',
                         '政策文件', '数据发布']))
RELATED = ''.join('<li><a href="/r%d.html">关于印发%s的通知</a></li>' % (i, t) for i, t in
                  enumerate(['2023年重点工作任务分工方案', '优化营商环境若干措施',
                             '政府信息公开工作年度报告', '财政预算执行情况的报告']))
SIDE = ''.join('<p><a href="/s%d.html">%s</a></p>' % (i, t) for i, t in
               enumerate(['区长信箱', '依申请公开', '政府公报', '统计数据',
                          '规划计划', '人事信息', '应急管理', '审计公告']))
SCRIPT = ('<script type="text/javascript">var s = "<p>脚本里的段落</p>"; '
          'document.write("<div>统计代码</div>");</script>')
SHARE = '分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>'
CRUMB = '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 规划计划'
FOOT = ('主办单位：某区人民政府办公室 版权所有 © 2024 '
        '粤ICP备12345678号 网站标识码：4401030001')


def page(layout, charset, title, content):
    h1 = '<h1>%s</h1>' % html.escape(title) if title else ''
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            if charset != 'utf-8' else '<meta charset="utf-8">')
    head = ('<!DOCTYPE html>\n<html lang="zh-CN"><head>%s<title>%s_某区人民政府门户网站'
            '</title>%s<style>p{margin:0} .nav li{float:left}</style></head>\n'
            % (meta, html.escape(title or '政府工作报告'), SCRIPT))
    if layout == 'div':
        body = ('<body><div class="top"><div class="logo">某区人民政府</div>'
                '<div class="nav"><ul>%s</ul></div></div>\n'
                '<div class="breadcrumb">%s</div>\n<div class="wrap">'
                '<div class="left-col">%s</div><div class="main">'
                '<div class="title-box">%s<div class="info">发布时间：2024-01-15 '
                '来源：区发展和改革局 浏览次数：1024</div></div>\n'
                '<!-- 正文开始 --><div class="article-content" id="zoom">\n%s\n</div>'
                '<!-- 正文结束 -->\n<div class="bdshare">%s</div>\n'
                '<div class="related"><h4>相关链接</h4><ul>%s</ul></div></div></div>\n'
                '%s<div id="footer">%s</div></body></html>\n'
                % (NAV, CRUMB, SIDE, h1, content, SHARE, RELATED, SCRIPT, FOOT))
    elif layout == 'table':
        body = ('<body><table width="1000" align="center"><tr><td colspan="2">'
                '<table class="menu"><tr>%s</tr></table></td></tr>\n'
                '<tr><td width="200" valign="top">%s</td><td valign="top">'
                '<table width="100%%"><tr><td class="crumb">%s</td></tr></table>'
                '%s<div id="content">\n%s\n</div><div class="share">%s</div>'
                '</td></tr>\n<tr><td colspan="2" class="footer">%s</td></tr></table>'
                '%s</body></html>\n'
                % (''.join('<td><a href="/%d">栏目%d</a></td>' % (i, i) for i in range(8)),
                   SIDE, CRUMB, h1, content, SHARE, FOOT, SCRIPT))
    else:
        body = ('<body><header><div class="logo">某区人民政府</div></header>'
                '<nav><ul>%s</ul></nav>\n<nav class="position">%s</nav>\n<main>'
                '<article><header>%s</header>\n<section class="txt">\n%s\n</section>'
                '<footer class="tools">%s 【打印】【关闭】</footer></article>'
                '<aside><h4>相关链接</h4><ul>%s</ul></aside></main>\n'
                '<footer>%s</footer>%s</body></html>\n'
                % (NAV, CRUMB, h1, content, SHARE, RELATED, FOOT, SCRIPT))
    return head + body


def main():
    src, out, layout, charset = sys.argv[1:5]
    text = open(src, encoding='utf-8').read()
    title, content = article(text)
    data = page(layout, charset, title, content)
    # GB18030 holds every character, so a gb2312-declared page keeps them all
    open(out, 'wb').write(data.encode('gb18030' if charset != 'utf-8' else 'utf-8'))


main()
