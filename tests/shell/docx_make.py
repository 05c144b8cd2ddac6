# docx_make.py — writes .docx files for the Word reader's tests
# (tests/shell/docx.sh): WordprocessingML by hand, zipped with zipfile, or
# the zip itself by hand for the hostile ones.
#   docx_make.py sample TXT OUT [--numbering]
#       each non-empty line of TXT a paragraph, markdown table rows a
#       w:tbl; --numbering: headings 一、 and （一） whose number Word's
#       counters would give are made automatically numbered (numbering.xml:
#       chineseCounting "%1、" and "（%2）") and their marker removed from
#       the text; prints how many
#   docx_make.py features OUT     the reader's features in one document
#   docx_make.py bomb OUT GB      word/document.xml inflating to GB GiB
#   docx_make.py entries OUT N    a package of N entries
#   docx_make.py malformed OUT    word/document.xml not well-formed
#   docx_make.py truncate IN OUT  the first half of IN
#   docx_make.py damage IN OUT    IN with word/document.xml's data garbled
import re, struct, sys, zipfile, zlib

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/'
      'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
NUMBERING = (
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '</w:numbering>')
CN = '一二三四五六七八九'


def cn(n):
    """1–99 as Word's chineseCounting writes them."""
    t, u = divmod(n, 10)
    return (CN[t - 1] if t > 1 else '') + ('十' if t else '') + (CN[u - 1] if u else '')


def esc(s):
    s = re.sub('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]', '', s)
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def run(s):
    return f'<w:r><w:t xml:space="preserve">{esc(s)}</w:t></w:r>'


def para(s, num=None):
    ppr = ''
    if num is not None:
        ppr = (f'<w:pPr><w:numPr><w:ilvl w:val="{num}"/><w:numId w:val="1"/>'
               '</w:numPr></w:pPr>')
    return f'<w:p>{ppr}{run(s)}</w:p>'


def table(rows):
    out = ['<w:tbl><w:tblPr/>']
    for r in rows:
        cells = [c.strip().replace('\\|', '|') for c in
                 re.split(r'(?<!\\)\|', r.strip().strip('|'))]
        out.append('<w:tr>' + ''.join(f'<w:tc><w:p>{run(c)}</w:p></w:tc>' for c in cells)
                   + '</w:tr>')
    return ''.join(out) + '</w:tbl>'


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')


def package(path, parts):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CT)
        z.writestr('_rels/.rels', RELS)
        for name, data in parts.items():
            z.writestr(name, data)


def sample(txt, out, numbering):
    lines = [l.rstrip('\r') for l in open(txt, encoding='utf-8-sig').read().split('\n')]
    body, rows, numbered = [], [], 0
    count = [0, 0]
    for l in lines + ['']:
        if l.lstrip().startswith('|'):
            if not re.fullmatch(r'[\s|:\-]*--[\s|:\-]*', l):
                rows.append(l)
            continue
        if rows:
            body.append(table(rows))
            rows = []
        if not l.strip():
            continue
        level = None
        if numbering:
            s = l.strip()
            m1 = re.match(r'([一二三四五六七八九十]+)、', s)
            m2 = re.match(r'[（(]([一二三四五六七八九十]+)[）)]', s)
            if m1 and m1.group(1) == cn(count[0] + 1):
                level, marker = 0, m1.group(0)
            elif m2 and m2.group(1) == cn(count[1] + 1):
                level, marker = 1, m2.group(0)
            if level is not None:
                count[level] += 1
                if level == 0:
                    count[1] = 0
                l = s[len(marker):]
                numbered += 1
        body.append(para(l, level))
    parts = {'word/document.xml': document(''.join(body))}
    if numbering:
        parts['word/numbering.xml'] = NUMBERING
    package(out, parts)
    print(numbered)


def features(out):
    styles = (f'<w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/>'
              '<w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr>'
              '</w:style></w:styles>')
    mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
    body = (
        '<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>稳增长</w:t></w:r></w:p>'
        '<w:p><w:r><w:t xml:space="preserve">甲</w:t><w:tab/><w:t>乙</w:t><w:br/>'
        '<w:t>丙</w:t><w:noBreakHyphen/><w:t>丁</w:t><w:br w:type="page"/></w:r>'
        '<w:del><w:r><w:delText>删去</w:delText></w:r></w:del>'
        '<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>'
        '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="0"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText></w:r>'
        '<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>促改革</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        '<w:r><w:t>主要任务</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>扩内需</w:t></w:r></w:p>'
        '<w:p></w:p><w:p><w:r><w:t xml:space="preserve">  </w:t></w:r></w:p>'
        f'<w:p><w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">'
        '<w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>'
        '<w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r></w:p>'
        '<w:tbl><w:tblPr/><w:tblGrid/>'
        '<w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>生产总值</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>1|2</w:t></w:r></w:p><w:p><w:r><w:t>亿元</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>5%</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
        '<w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        '<w:sdt><w:sdtContent><w:p><w:r><w:t>控件内容</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    core = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/"><dc:title> 政府工作报告 </dc:title>'
            '<dcterms:created>2024-01-15T08:00:00Z</dcterms:created></cp:coreProperties>')
    package(out, {'word/document.xml': document(body), 'word/styles.xml': styles,
                  'word/numbering.xml': NUMBERING, 'docProps/core.xml': core})


def local_header(name, crc, csize, usize, method):
    return struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 0, method, 0, 0, crc,
                       csize, usize, len(name), 0) + name


def central(name, crc, csize, usize, method, offset):
    return struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 0, method, 0, 0,
                       crc, csize, usize, len(name), 0, 0, 0, 0, 0, offset) + name


def bomb(out, gib):
    """A document.xml of gib GiB of zeros behind an XML start, deflated:
    one MiB of zeros compressed after a full flush gives the same bytes
    each time, so the stream is that piece repeated (the sizes claim 1 KB,
    as a bomb's would; the CRC is never reached)."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(b'<w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>')
    head += c.flush(zlib.Z_FULL_FLUSH)
    piece = c.compress(b'0' * (1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    data = head + piece * (gib << 10) + c.flush()
    name = b'word/document.xml'
    blob = local_header(name, 0, len(data), 1024, 8) + data
    cd = central(name, 0, len(data), 1024, 8, 0)
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 1, 1, len(cd), len(blob), 0)
    open(out, 'wb').write(blob + cd + end)


def entries(out, n):
    """n stored entries of no bytes, written by hand (zipfile is slow at
    this)."""
    blob, cd = [], []
    off = 0
    for i in range(n):
        name = b'word/document.xml' if i == 0 else b'f/%d' % i
        h = local_header(name, 0, 0, 0, 0)
        blob.append(h)
        cd.append(central(name, 0, 0, 0, 0, off))
        off += len(h)
    cdb = b''.join(cd)
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, n & 0xFFFF, n & 0xFFFF, len(cdb),
                      off, 0)
    if n > 0xFFFF:  # zip64 end record and locator for the real count
        z64 = struct.pack('<IQHHIIQQQQ', 0x06064b50, 44, 45, 45, 0, 0, n, n, len(cdb), off)
        loc = struct.pack('<IIQI', 0x07064b50, 0, off + len(cdb), 1)
        end = z64 + loc + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, 0xFFFF, 0xFFFF,
                                      0xFFFFFFFF, 0xFFFFFFFF, 0)
    open(out, 'wb').write(b''.join(blob) + cdb + end)


def damage(src, out):
    data = bytearray(open(src, 'rb').read())
    with zipfile.ZipFile(src) as z:
        info = z.getinfo('word/document.xml')
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size, 400) - 10):
        data[i] ^= 0x5A
    open(out, 'wb').write(bytes(data))


def main(a):
    if a[0] == 'sample':
        sample(a[1], a[2], '--numbering' in a[3:])
    elif a[0] == 'features':
        features(a[1])
    elif a[0] == 'bomb':
        bomb(a[1], int(a[2]))
    elif a[0] == 'entries':
        entries(a[1], int(a[2]))
    elif a[0] == 'malformed':
        package(a[1], {'word/document.xml': document('<w:p><w:r><w:t>未闭合</w:r></w:p>')})
    elif a[0] == 'truncate':
        data = open(a[1], 'rb').read()
        open(a[2], 'wb').write(data[:len(data) // 2])
    elif a[0] == 'damage':
        damage(a[1], a[2])
    else:
        sys.exit('docx_make.py: unknown command ' + a[0])


main(sys.argv[1:])
