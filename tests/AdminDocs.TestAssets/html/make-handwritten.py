#!/usr/bin/env python3
"""Writes the two hand-written fixtures from ../samples/bao-cao-mau-nd30.txt (see README.md):
word-filtered-mau-nd30.html  - the markup dialect of Word's "Web Page, Filtered" (windows-1252, references for
                               Vietnamese letters, MsoNormal classes, @page WordSection1, layout tables)
portal-table-layout.html     - a government portal page: site banner, <nav> menu, breadcrumb, the document in a
                               layout table with nested borderless header and footer tables, site footer."""
import html, os, re
here = os.path.dirname(os.path.abspath(__file__))
lines = [l.rstrip('\n') for l in open(os.path.join(here, '..', 'samples', 'bao-cao-mau-nd30.txt'), encoding='utf-8')]
def strip_md(s):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', s).replace('**', '')

body_start = lines.index('Kính gửi: Ủy ban nhân dân tỉnh Bình Định.') + 1
body_end = lines.index('Nơi nhận:')
body = [l for l in lines[body_start:body_end] if l.strip()]
recipients = [l for l in lines[body_end + 1:] if l.startswith('- ')]
sig_start = lines.index('**KT. GIÁM ĐỐC')
signature = [strip_md(l) for l in lines[sig_start:] if l.strip()]


def is_heading(s):
    return bool(re.match(r'^(I|II|III|IV|V)\. ', s))

# ---------------------------------------------------------------- Word "Web Page, Filtered" dialect
def w(s):  # Word writes characters outside windows-1252 as decimal references
    out = []
    for ch in html.escape(s, quote=False):
        try:
            ch.encode('cp1252'); out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)

def p(text, align=None, size=None, bold=False, italic=False, indent=False, extra=''):
    style = []
    if align: style.append('text-align:%s' % align)
    if indent: style.append('text-indent:1.0cm')
    if extra: style.append(extra)
    attrs = " align=%s" % align if align and align != 'justify' else ''
    st = " style='%s'" % ';'.join(style) if style else ''
    inner = w(text)
    if size: inner = "<span style='font-size:%.1fpt'>%s</span>" % (size, inner)
    if italic: inner = '<i>%s</i>' % inner
    if bold: inner = '<b>%s</b>' % inner
    return '<p class=MsoNormal%s%s>%s</p>' % (attrs, st, inner)

word = ["<html>", "", "<head>", "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">", "<style>", "<!--",
        " /* Font Definitions */", " @font-face", "\t{font-family:\"Cambria Math\";", "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
        " /* Style Definitions */", " p.MsoNormal, li.MsoNormal, div.MsoNormal",
        "\t{margin:0cm;", "\tfont-size:14.0pt;", "\tfont-family:\"Times New Roman\",serif;}",
        ".MsoChpDefault", "\t{font-family:\"Calibri\",sans-serif;}",
        " /* Page Definitions */", " @page WordSection1", "\t{size:595.3pt 841.9pt;", "\tmargin:2.0cm 1.5cm 2.0cm 3.0cm;}",
        "div.WordSection1", "\t{page:WordSection1;}", "-->", "</style>", "", "</head>", "",
        "<body lang=EN-US style='word-wrap:break-word'>", "", "<div class=WordSection1>", "",
        "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=624 style='width:467.8pt;border-collapse:collapse'>",
        " <tr>", "  <td width=246 valign=top style='width:184.3pt;padding:0cm 5.4pt 0cm 5.4pt'>",
        "  " + p('UBND TỈNH BÌNH ĐỊNH', 'center', 13),
        "  " + p('SỞ GIAO THÔNG VẬN TẢI', 'center', 13, bold=True),
        "  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'><img width=76 height=1 src=\"bao-cao_files/image001.png\"></span></p>",
        "  </td>", "  <td width=378 valign=top style='width:283.5pt;padding:0cm 5.4pt 0cm 5.4pt'>",
        "  " + p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', 12, bold=True),
        "  " + p('Độc lập - Tự do - Hạnh phúc', 'center', 13, bold=True),
        "  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'><img width=228 height=1 src=\"bao-cao_files/image002.png\"></span></p>",
        "  </td>", " </tr>", " <tr>", "  <td width=246 valign=top style='width:184.3pt;padding:0cm 5.4pt 0cm 5.4pt'>",
        "  " + p('Số: 215/BC-SGTVT', 'center', 13), "  </td>",
        "  <td width=378 valign=top style='width:283.5pt;padding:0cm 5.4pt 0cm 5.4pt'>",
        "  " + p('Bình Định, ngày 05 tháng 12 năm 2024', 'center', 14, italic=True), "  </td>", " </tr>", "</table>", "",
        "<p class=MsoNormal>&nbsp;</p>", "",
        p('BÁO CÁO', 'center', bold=True),
        p('Kết quả hoạt động thông tin đối ngoại năm 2024', 'center', bold=True),
        p('và kế hoạch thực hiện năm 2025', 'center', bold=True),
        "<p class=MsoNormal align=center style='text-align:center'><img width=151 height=1 src=\"bao-cao_files/image003.png\"></p>", "",
        p('Kính gửi: Ủy ban nhân dân tỉnh Bình Định.', 'center', extra='margin-top:6.0pt'), ""]
for l in body:
    t = strip_md(l)
    word.append(p(t, 'justify', bold=is_heading(t) or l.startswith('**'), indent=True, extra='margin-top:6.0pt;line-height:115%'))
word += ["", "<p class=MsoNormal>&nbsp;</p>", "",
         "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>", " <tr>",
         "  <td width=312 valign=top style='width:233.9pt;padding:0cm 5.4pt 0cm 5.4pt'>",
         "  <p class=MsoNormal><b><i><span style='font-size:12.0pt'>N&#417;i nh&#7853;n:</span></i></b></p>"]
for r in recipients:
    word.append("  " + p(r, size=11))
word += ["  </td>", "  <td width=312 valign=top style='width:233.9pt;padding:0cm 5.4pt 0cm 5.4pt'>",
         "  <p class=MsoNormal align=center style='text-align:center'><b>KT. GIÁM &#272;&#7888;C<br>PHÓ GIÁM &#272;&#7888;C</b></p>"]
for s in signature[2:]:
    word.append("  " + p(strip_md(s), 'center', italic=s.startswith('('), bold=not s.startswith('('),
                          extra='margin-top:60.0pt' if not s.startswith('(') else ''))
word += ["  </td>", " </tr>", "</table>", "", "</div>", "", "</body>", "", "</html>", ""]
with open(os.path.join(here, 'word-filtered-mau-nd30.html'), 'wb') as f:
    f.write('\r\n'.join(word).encode('cp1252'))

# ---------------------------------------------------------------- portal page
e = lambda s: html.escape(s, quote=False)
portal = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
          '<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">', '<head>',
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
          '<title>Báo cáo kết quả hoạt động thông tin đối ngoại năm 2024 - Sở Giao thông vận tải</title>',
          '<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" />',
          '<script type="text/javascript" src="/js/jquery.min.js"></script>',
          '<style type="text/css">', '.noidung p { text-align: justify; text-indent: 1cm; margin: 6pt 0 0 0; }',
          '.vanban { font-family: "Times New Roman", Times, serif; font-size: 14pt; }', '.tieude { font-weight: bold; text-align: center; }',
          '</style>', '</head>', '<body>',
          '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="banner">',
          '<tr><td><img src="/images/banner.jpg" alt="" width="1000" height="120" /></td></tr></table>',
          '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>',
          '<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="vanban">', '<tr>',
          '<td width="1000" valign="top">',
          '<table width="100%" border="0" cellspacing="0" cellpadding="0">', '<tr>',
          '<td width="40%" align="center" valign="top">' + e('UBND TỈNH BÌNH ĐỊNH') + '<br /><b>' + e('SỞ GIAO THÔNG VẬN TẢI') + '</b><hr width="30%" size="1" noshade="noshade" /></td>',
          '<td width="60%" align="center" valign="top"><b>' + e('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + '<br />' + e('Độc lập - Tự do - Hạnh phúc') + '</b><hr width="50%" size="1" noshade="noshade" /></td>',
          '</tr>', '<tr>', '<td align="center">' + e('Số: 215/BC-SGTVT') + '</td>',
          '<td align="center"><i>' + e('Bình Định, ngày 05 tháng 12 năm 2024') + '</i></td>', '</tr>', '</table>',
          '<p class="tieude">&nbsp;</p>',
          '<p class="tieude">' + e('BÁO CÁO') + '<br />' + e('Kết quả hoạt động thông tin đối ngoại năm 2024') + '<br />' + e('và kế hoạch thực hiện năm 2025') + '</p>',
          '<p align="center">' + e('Kính gửi: Ủy ban nhân dân tỉnh Bình Định.') + '</p>', '<div class="noidung">']
for l in body:
    t = strip_md(l)
    portal.append('<p>' + ('<strong>%s</strong>' % e(t) if is_heading(t) or l.startswith('**') else e(t)) + '</p>')
portal += ['</div>', '<br />', '<table width="100%" border="0" cellspacing="0" cellpadding="0">', '<tr>',
           '<td width="50%" valign="top"><b><i><font size="2">Nơi nhận:</font></i></b><br />' +
           '<br />'.join('<font size="1">%s</font>' % e(r) for r in recipients) + '</td>',
           '<td width="50%" align="center" valign="top"><b>' + '<br />'.join(e(s) for s in signature[:2]) + '</b><br /><i>' + e(signature[2]) +
           '</i><br /><br /><br /><b>' + e(strip_md(signature[-1])) + '</b></td>', '</tr>', '</table>',
           '</td>', '</tr>', '</table>',
           '<div class="footer" align="center">Bản quyền thuộc Sở Giao thông vận tải tỉnh Bình Định<br />Địa chỉ: 06 Lê Lợi, TP Quy Nhơn</div>',
           '<script type="text/javascript">document.write("<p>Lượt truy cập: 123456</p>");</script>', '</body>', '</html>', '']
with open(os.path.join(here, 'portal-table-layout.html'), 'w', encoding='utf-8', newline='\n') as f:
    f.write('\n'.join(portal))
