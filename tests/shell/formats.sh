#!/usr/bin/env bash
# formats.sh — detection by content (src/parse/format.c) in a folder walk:
# a .txt that is a web page read as HTML; a PDF and a .docx without an
# extension, and a .doc that is really a .docx, found by their bytes (the
# PDF, a header and junk, named once by the PDF reader as damaged; the .doc read by
# the Word reader; the unsuffixed .docx, which has no body, named by the
# Word reader's reason); old binary .doc
# and .wps (OLE2) and .ofd named once each as "format not supported", a
# zip that is no Word document too; a PNG (no report's extension) passed
# over in silence; a .shtml page and an .mhtml archive (its page
# quoted-printable, GB2312 declared in the part's header, GB18030 bytes)
# read; the text and CSV export beside them load as before, and list and
# check name each one's format.
. "$(dirname "$0")/lib.sh"
D="$T_TMP/mixed"
mkdir -p "$D"
python3 - "$D" "$DATA/000_5fb319a1fb0eca91.txt" <<'PY'
import quopri, sys, zipfile
d, sample = sys.argv[1], sys.argv[2]
text = open(sample, encoding='utf-8').read()
paras = ''.join('<p>%s</p>\n' % l.strip() for l in text.split('\n') if l.strip())
page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head>'
        '<body><div class="nav"><a>首页</a></div><div class="content">%s</div>'
        '<div id="footer">版权所有</div></body></html>' % paras)
open(d + '/page.txt', 'w', encoding='utf-8').write(page)
open(d + '/page.shtml', 'w', encoding='utf-8').write(page.replace('<!DOCTYPE html><html><head>', '<html><head>'))
body = quopri.encodestring(page.replace('charset="utf-8"', '').encode('gb18030')).decode('ascii')
open(d + '/page.mhtml', 'w', newline='').write(
    'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'
    '\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n'
    '------MultipartBoundary--abc\r\nContent-Type: text/html; charset="gb2312"\r\n'
    'Content-Transfer-Encoding: quoted-printable\r\nContent-Location: http://x/\r\n\r\n'
    + body.replace('\n', '\r\n') + '\r\n------MultipartBoundary--abc--\r\n')
open(d + '/report', 'wb').write(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n' + bytes(range(256)) * 40)
def docx(path, pad, body='<w:document/>'):
    with zipfile.ZipFile(path, 'w') as z:
        z.writestr('[Content_Types].xml', '<Types/>')
        if pad:  # the entry named only past the first 64 KB and in the central directory
            z.writestr('media/image1.bin', bytes(range(256)) * 400, zipfile.ZIP_STORED)
        z.writestr('word/document.xml', body)
docx(d + '/worddoc', True)
docx(d + '/really.doc', False,
     '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
     '<w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p><w:p><w:r>'
     '<w:t>全年地区生产总值增长5%。</w:t></w:r></w:p></w:body></w:document>')
with zipfile.ZipFile(d + '/invoice.ofd', 'w') as z:
    z.writestr('OFD.xml', '<ofd:OFD/>')
with zipfile.ZipFile(d + '/archive.docx', 'w') as z:
    z.writestr('readme.txt', 'not a word document')
ole2 = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(504) + bytes(range(256)) * 8
open(d + '/old.doc', 'wb').write(ole2)
open(d + '/old.wps', 'wb').write(ole2)
open(d + '/image.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 8)
open(d + '/rows.csv', 'w', encoding='utf-8').write('id,full_text\n1,"%s"\n' % text.replace('"', '""'))
PY
cp "$DATA/001_2cdd38cdf6c8a87a.txt" "$D/good.txt"
"$BAOGAO" list "$D" > "$T_TMP/list" 2> "$T_TMP/err"; rc=$?
[ $rc -eq 0 ]; t_check "list of the mixed folder exits 0 (got $rc)" $?
# The format column of list for file $1.
fmt_of() { awk -F'\t' -v f="$D/$1" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
                                    $1 == f { print $(c["format"]) }' "$T_TMP/list"; }
for want in page.txt:html page.shtml:html page.mhtml:mhtml good.txt:text rows.csv#1:csv \
            really.doc:docx; do
    f=${want%%:*} ft=${want#*:}
    [ "$(fmt_of "$f")" = "$ft" ]; t_check "list: $f is $ft (got '$(fmt_of "$f")')" $?
done
for want in "report: damaged or truncated PDF: no %%EOF at its end" \
            "worddoc: not a Word document: word/document.xml has no w:body" \
            "old.doc: old binary Word or WPS document (OLE2): format not supported" \
            "old.wps: old binary Word or WPS document (OLE2): format not supported" \
            "invoice.ofd: .ofd (OFD): format not supported" \
            "archive.docx: a zip archive, not a Word document: format not supported"; do
    n=$(grep -cF "$D/$want" "$T_TMP/err")
    [ "$n" -eq 1 ]; t_check "stderr names '$want' once (got $n)" $?
done
n=$(wc -l < "$T_TMP/err")
[ "$n" -eq 6 ]; t_check "six lines on stderr, one per file refused (got $n)" $?
! grep -q "image.png" "$T_TMP/err" "$T_TMP/list"
t_check "the PNG is passed over in silence" $?
n=$(($(wc -l < "$T_TMP/list") - 1))
[ "$n" -eq 6 ]; t_check "six documents listed (got $n)" $?
# The pages give the sample's text (the nav and footer dropped).
"$BAOGAO" cat "$DATA/000_5fb319a1fb0eca91.txt" | tr -d ' \t\n' > "$T_TMP/want"
for p in page.txt page.shtml page.mhtml; do
    "$BAOGAO" cat "$D/$p" | tr -d ' \t\n' > "$T_TMP/got"
    t_same "$p: cat is the sample's (white space aside)" "$T_TMP/want" "$T_TMP/got"
done
enc=$("$BAOGAO" check "$D/page.mhtml" | awk -F'\t' 'NR == 2 { print $2 "/" $4 }')
[ "$enc" = GB18030/mhtml ]; t_check "check: the archive's page is GB18030, format mhtml (got $enc)" $?
# Named on the command line, an unsuffixed PDF is detected too.
"$BAOGAO" check "$D/report" > /dev/null 2> "$T_TMP/err1"; rc=$?
[ $rc -ne 0 ] && grep -qxF "baogao: $D/report: damaged or truncated PDF: no %%EOF at its end" "$T_TMP/err1"
t_check "check of the PDF alone: one line, exit $rc" $?
t_done
