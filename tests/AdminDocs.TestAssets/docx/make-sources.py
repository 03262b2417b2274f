#!/usr/bin/env python3
# Writes the sources of the .docx fixtures (HTML, flat ODF, Markdown) from the two samples; make.sh then has
# LibreOffice and pandoc turn them into .docx. Run from anywhere: python3 make-sources.py && ./make.sh
import html, os, re
OUT = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(OUT, '..', '..', '..'))
os.makedirs(OUT, exist_ok=True)
S2019 = open(ROOT + '/samples/bao-cao-sgtvt-binh-dinh-2019.txt', encoding='utf-8').read()
SND30 = open(ROOT + '/samples/bao-cao-mau-nd30.txt', encoding='utf-8').read()
e = lambda s: html.escape(s, quote=False)

# ---------------------------------------------------------------- (a) 2019 report, HTML with tables
L = S2019.split('\n')
assert L[2] == 'Số: /SGTVT-VP' and L[4].startswith('Bình Định')
i_body = L.index('BÁO CÁO')
i_noi = L.index('Nơi nhận:')
body_lines = [l for l in L[i_body+4:i_noi] if l.strip()]
recips = [l for l in L[i_noi+1:] if l.startswith('- ')]
sig1 = L[L.index('**KT. GIÁM ĐỐC')]
assert L[-1] == 'Đỗ Nguyên Đức' or L[-1] == ''
name = [l for l in L if l.startswith('Đỗ')][0]
h = []
h.append('''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Báo cáo kết quả hoạt động thông tin đối ngoại năm 2019</title>
<style>
@page { size: 21cm 29.7cm; margin-top: 2cm; margin-bottom: 2cm; margin-left: 3cm; margin-right: 1.5cm }
body { font-family: "Times New Roman"; font-size: 14pt }
p { margin-top: 0; margin-bottom: 0; font-family: "Times New Roman"; font-size: 14pt }
td { vertical-align: top }
p.so { font-size: 13pt; text-align: center }
p.ngay { font-size: 14pt; font-style: italic; text-align: center }
p.ten-loai { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 12pt }
p.trich-yeu-cuoi { font-size: 14pt; font-weight: bold; text-align: center; margin-bottom: 12pt }
p.trich-yeu { font-size: 14pt; font-weight: bold; text-align: center }
p.noi-dung { font-size: 14pt; text-align: justify; text-indent: 1cm; margin-bottom: 6pt }
p.noi-nhan { font-size: 12pt; font-weight: bold; font-style: italic }
p.noi-nhan-muc { font-size: 11pt }
p.chuc-vu { font-size: 14pt; font-weight: bold; text-align: center; margin-bottom: 60pt }
p.ho-ten { font-size: 14pt; text-align: center }
</style>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<col width="38%"><col width="62%">
<tr>
<td valign="top"><p class="so">''' + e(L[2]) + '''</p></td>
<td valign="top"><p class="ngay">''' + e(L[4]) + '''</p></td>
</tr>
</table>
<p class="ten-loai">''' + e(L[i_body]) + '''</p>
<p class="trich-yeu">''' + e(L[i_body+1]) + '''</p>
<p class="trich-yeu-cuoi">''' + e(L[i_body+2]) + '''</p>
''')
for l in body_lines:
    h.append('<p class="noi-dung">' + e(l) + '</p>\n')
h.append('''<table width="100%" border="0" cellspacing="0" cellpadding="0">
<col width="45%"><col width="55%">
<tr>
<td valign="top">
<p class="noi-nhan">Nơi nhận:</p>
''')
for r in recips:
    h.append('<p class="noi-nhan-muc">' + e(r) + '</p>\n')
t1 = sig1.strip('*'); t2 = L[L.index(sig1)+1].strip('*')
h.append('''</td>
<td valign="top">
<p class="chuc-vu">''' + e(t1) + '<br>' + e(t2) + '''</p>
<p class="ho-ten">''' + e(name) + '''</p>
</td>
</tr>
</table>
</body>
</html>
''')
open(OUT + '/sgtvt-2019-office-tables.html', 'w', encoding='utf-8').write(''.join(h))

# ---------------------------------------------------------------- FODT documents from the correct sample
N = SND30.split('\n')
assert N[0] == 'UBND TỈNH BÌNH ĐỊNH' and N[6] == 'Số: 215/BC-SGTVT'
i_kg = [k for k, l in enumerate(N) if l.startswith('Kính gửi')][0]
i_nn = N.index('Nơi nhận:')
nd_body = [l for l in N[i_kg+1:i_nn] if l.strip()]
nd_recips = [l for l in N[i_nn+1:] if l.startswith('- ')]
nd_name = N[-1].strip('*') if N[-1] else N[-2].strip('*')
assert nd_name == 'Đỗ Nguyên Đức', nd_name

def x(s):
    return html.escape(s, quote=False)

# TCVN3 (ABC, TCVN 5712:1993 VN3) encoding, as typed with the .VnTime font family
TCVN3 = dict(zip(
    'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
    [chr(c) for c in list(range(0xA1, 0xAF)) + [0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6,
     0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,
     0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9,
     0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9,
     0xFA, 0xFB, 0xFC, 0xFD, 0xFE]]))
assert len(TCVN3) == 74, len(TCVN3)

def tcvn3(s, caps):
    """Returns [(text, font)] runs: .VnTime for text, .VnTimeH (capitals font) for a capital the .VnTime
    font cannot type, or for a whole paragraph in capitals."""
    out = []
    for ch in s:
        if caps:
            c = TCVN3.get(ch.lower(), ch) if ch.lower() in TCVN3 and ch not in 'ĂÂÊÔƠƯĐ' else TCVN3.get(ch, ch)
            font = '.VnTimeH'
        elif ch in TCVN3:
            c, font = TCVN3[ch], '.VnTime'
        elif ch.lower() in TCVN3:
            c, font = TCVN3[ch.lower()], '.VnTimeH'
        else:
            c, font = ch, '.VnTime'
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + c, font)
        else:
            out.append((c, font))
    return out

PARA_STYLES = {
    # name: (paragraph props, text props)
    'Pcq':  ('fo:text-align="center"', 'fo:font-size="13pt"'),
    'Pcqb': ('fo:text-align="center"', 'fo:font-size="13pt" fo:font-weight="bold"'),
    'Pqh':  ('fo:text-align="center"', 'fo:font-size="13pt" fo:font-weight="bold"'),
    'Ptn':  ('fo:text-align="center"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Prule':('fo:text-align="center"', 'fo:font-size="13pt"'),
    'Pso':  ('fo:text-align="center" fo:margin-top="6pt"', 'fo:font-size="13pt"'),
    'Pngay':('fo:text-align="center" fo:margin-top="6pt"', 'fo:font-size="14pt" fo:font-style="italic"'),
    'Ptl':  ('fo:text-align="center" fo:margin-top="18pt"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Pty':  ('fo:text-align="center"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Pkg':  ('fo:text-align="center" fo:margin-top="12pt" fo:margin-bottom="12pt"', 'fo:font-size="14pt"'),
    'Pnd':  ('fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="6pt" fo:line-height="115%"', 'fo:font-size="14pt"'),
    'Pndb': ('fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="6pt" fo:line-height="115%"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Pnn':  ('fo:margin-top="12pt"', 'fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"'),
    'Pnnm': ('', 'fo:font-size="11pt"'),
    'Pcv':  ('fo:text-align="center" fo:margin-top="12pt"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Pcv2': ('fo:text-align="center"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Pky':  ('fo:text-align="center" fo:margin-top="12pt" fo:margin-bottom="48pt"', 'fo:font-size="14pt" fo:font-style="italic"'),
    'Pht':  ('fo:text-align="center"', 'fo:font-size="14pt" fo:font-weight="bold"'),
    'Ptab': ('', 'fo:font-size="13pt"'),
}

def classify(line):
    if re.match(r'^(I|II|III|IV|V)\. ', line):
        return 'Pndb', 1
    if re.match(r'^\d+\. ', line):
        return ('Pnd' if line.endswith('.') else 'Pndb'), 2
    if re.match(r'^[a-z]\) ', line):
        return 'Pnd', 3
    return 'Pnd', 0

def fodt(content, page_header=False, font_decls='', extra_styles='', tracked='', outline='', extra_auto=''):
    header = ''
    if page_header:
        header = ('<style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">1</text:page-number></text:p></style:header>'
                  '<style:header-first><text:p text:style-name="Header"/></style:header-first>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>{font_decls}
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN" fo:color="#000000"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>{extra_styles}{outline}
</office:styles>
<office:automatic-styles>
''' + ''.join(f''' <style:style style:name="{n}" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties {pp}/>
  <style:text-properties {tp}/>
 </style:style>
''' for n, (pp, tp) in PARA_STYLES.items()) + f''' <style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
 <style:style style:name="TblD" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0cm" fo:border="none" style:vertical-align="top"/></style:style>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties svg:stroke-width="0.018cm" svg:stroke-color="#000000" draw:stroke="solid" draw:fill="none" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>{extra_auto}
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="{'1cm' if page_header else '2cm'}" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4735cm" fo:margin-left="0cm" fo:margin-right="0cm" style:dynamic-spacing="false"/></style:header-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">{header}</style:master-page>
</office:master-styles>
<office:body>
<office:text>{tracked}
{content}
</office:text>
</office:body>
</office:document>
'''

def P(style, text, raw=False):
    return f'<text:p text:style-name="{style}">{text if raw else x(text)}</text:p>'

def cell(paras):
    return '<table:table-cell table:style-name="Cell" office:value-type="string">' + ''.join(paras) + '</table:table-cell>'

def table(rows, cols=('TblA', 'TblB'), name='Header'):
    return (f'<table:table table:name="{name}" table:style-name="Tbl">' + ''.join(f'<table:table-column table:style-name="{c}"/>' for c in cols)
            + ''.join('<table:table-row>' + cell(a) + cell(b) + '</table:table-row>' for a, b in rows) + '</table:table>')

def header_table_typed(P=P):
    return table([
        ([P('Pcq', N[0]), P('Pcqb', N[2]), P('Prule', N[4]), P('Pso', N[6])],
         [P('Pqh', N[1]), P('Ptn', N[3]), P('Prule', N[5]), P('Pngay', N[7])]),
    ])

def title_block(P=P, typed_rule=True):
    s = P('Ptl', N[9]) + P('Pty', N[10]) + P('Pty', N[11])
    if typed_rule:
        s += P('Prule', N[12])
    return s + P('Pkg', N[i_kg])

def end_table(P=P):
    return table([(
        [P('Pnn', 'Nơi nhận:')] + [P('Pnnm', r) for r in nd_recips],
        [P('Pcv', 'KT. GIÁM ĐỐC'), P('Pcv2', 'PHÓ GIÁM ĐỐC'), P('Pky', '(Đã ký)'), P('Pht', nd_name)],
    )], cols=('TblC', 'TblD'), name='End')

def typed_body(P=P):
    return ''.join(P(classify(l)[0], l) for l in nd_body)

def write(name, s):
    open(OUT + '/' + name, 'w', encoding='utf-8').write(s)

# ---------------------------------------------------------------- (b) the correct sample, Nghị định 30 layout
LINES = [0]
def line(x1, x2, y):
    LINES[0] += 1
    return (f'<draw:line draw:name="Line{LINES[0]}" draw:style-name="gr1" text:anchor-type="paragraph" draw:z-index="{LINES[0] - 1}" '
            f'svg:x1="{x1}cm" svg:y1="{y}cm" svg:x2="{x2}cm" svg:y2="{y}cm"/>')

hb = table([
    ([P('Pcq', N[0]), P('Pcqb', line(2.25, 4.25, 0.68) + x(N[2]), raw=True)],
     [P('Pqh', N[1]), P('Ptn', line(1.9, 8.1, 0.72) + x(N[3]), raw=True)]),
    ([P('Pso', N[6])], [P('Pngay', N[7])]),
])
tb = P('Ptl', N[9]) + P('Pty', N[10]) + P('Pty', line(6.75, 9.75, 0.74) + x(N[11]), raw=True) + P('Pkg', N[i_kg])
write('mau-nd30-layout.fodt', fodt(hb + '\n' + tb + '\n' + typed_body() + '\n' + end_table(), page_header=True))

# ---------------------------------------------------------------- (c) header aligned with tabs
tabs_style = '''
 <style:style style:name="HeaderTabs" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="3.25cm" style:type="center"/><style:tab-stop style:position="11.5cm" style:type="center"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties fo:font-size="13pt"/>
 </style:style>'''
def tabline(left, right, lb=False, rb=False, ri=False, rsize=None):
    def span(t, b, i=False):
        if b: return f'<text:span text:style-name="Tb">{x(t)}</text:span>'
        if i: return f'<text:span text:style-name="Ti">{x(t)}</text:span>'
        return x(t)
    return f'<text:p text:style-name="HeaderTabs"><text:tab/>{span(left, lb)}<text:tab/>{span(right, rb, ri)}</text:p>'
hc = (tabline(N[0], N[1], rb=True) + tabline(N[2], N[3], lb=True, rb=True) + tabline(N[4], N[5])
      + tabline(N[6], N[7], ri=True))
write('header-tabs.fodt', fodt(hc + '\n' + title_block() + '\n' + typed_body() + '\n' + end_table(), extra_styles=tabs_style))

# ---------------------------------------------------------------- (d) sections numbered by automatic lists
outline = '''
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="6pt" fo:margin-bottom="6pt" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
  <style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="6pt" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="I" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Diem">
  <text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="Khoan">
  <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="1cm" fo:margin-left="0cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>'''
d_auto = '''
 <style:style style:name="PList" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="0cm" fo:text-indent="1cm" fo:margin-bottom="6pt" fo:line-height="115%"/>
  <style:text-properties fo:font-size="14pt"/>
 </style:style>'''
def auto_body():
    out = []
    k = 0
    while k < len(nd_body):
        l = nd_body[k]
        style, level = classify(l)
        text = re.sub(r'^(\S+) ', '', l, count=1) if level else l
        if level == 1:
            out.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(text)}</text:h>')
        elif level == 2 and style == 'Pndb':
            out.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(text)}</text:h>')
        elif level in (2, 3):
            # a run of list items: one automatic list (a), b), c) or 1., 2., 3. under II)
            items = []
            while k < len(nd_body) and classify(nd_body[k])[1] == level and classify(nd_body[k])[0] == 'Pnd':
                items.append(re.sub(r'^(\S+) ', '', nd_body[k], count=1))
                k += 1
            lst = 'Diem' if level == 3 else 'Khoan'
            out.append(f'<text:list text:style-name="{lst}">' + ''.join(
                f'<text:list-item><text:p text:style-name="PList">{x(t)}</text:p></text:list-item>' for t in items) + '</text:list>')
            continue
        else:
            out.append(P('Pnd', l))
        k += 1
    return '\n'.join(out)
write('auto-numbered-sections.fodt', fodt(header_table_typed() + '\n' + title_block() + '\n' + auto_body() + '\n' + end_table(),
                                          outline=outline, extra_auto=d_auto))

# ---------------------------------------------------------------- (e) tracked changes (accepted = the sample)
def info(who, when):
    return f'<office:change-info><dc:creator>{who}</dc:creator><dc:date>{when}</dc:date></office:change-info>'
A, B = 'Nguyễn Văn An', 'Trần Thị Bình'
tracked = f'''
<text:tracked-changes text:track-changes="true">
 <text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>{info(B, '2024-12-04T09:10:00')}<text:p>214</text:p></text:deletion></text:changed-region>
 <text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>{info(B, '2024-12-04T09:10:00')}</text:insertion></text:changed-region>
 <text:changed-region xml:id="ct3" text:id="ct3"><text:deletion>{info(B, '2024-12-04T09:11:00')}<text:p>04</text:p></text:deletion></text:changed-region>
 <text:changed-region xml:id="ct4" text:id="ct4"><text:insertion>{info(B, '2024-12-04T09:11:00')}</text:insertion></text:changed-region>
 <text:changed-region xml:id="ct5" text:id="ct5"><text:insertion>{info(A, '2024-12-03T15:20:00')}</text:insertion></text:changed-region>
 <text:changed-region xml:id="ct6" text:id="ct6"><text:deletion>{info(B, '2024-12-04T09:15:00')}<text:p> Kinh phí bố trí cho công tác này còn ít.</text:p></text:deletion></text:changed-region>
 <text:changed-region xml:id="ct7" text:id="ct7"><text:deletion>{info(B, '2024-12-04T09:16:00')}<text:p/><text:p>4. Đề xuất, kiến nghị: không.</text:p></text:deletion></text:changed-region>
 <text:changed-region xml:id="ct8" text:id="ct8"><text:insertion>{info(B, '2024-12-04T09:18:00')}</text:insertion></text:changed-region>
</text:tracked-changes>'''
def ins(cid, t):
    return f'<text:change-start text:change-id="{cid}"/>{x(t)}<text:change-end text:change-id="{cid}"/>'
def dele(cid):
    return f'<text:change text:change-id="{cid}"/>'
he = table([
    ([P('Pcq', N[0]), P('Pcqb', N[2]), P('Prule', N[4]), P('Pso', 'Số: ' + dele('ct1') + ins('ct2', '215') + '/BC-SGTVT', raw=True)],
     [P('Pqh', N[1]), P('Ptn', N[3]), P('Prule', N[5]), P('Pngay', 'Bình Định, ngày ' + dele('ct3') + ins('ct4', '05') + ' tháng 12 năm 2024', raw=True)]),
])
assert N[6] == 'Số: 215/BC-SGTVT' and N[7] == 'Bình Định, ngày 05 tháng 12 năm 2024'
ebody = []
for l in nd_body:
    st = classify(l)[0]
    if l.startswith('a) Cập nhật thường xuyên'):
        ebody.append(P(st, x('a) Cập nhật ') + ins('ct5', 'thường xuyên ') + x(l[len('a) Cập nhật thường xuyên '):]), raw=True))
    elif l.startswith('Chức năng, nhiệm vụ chính'):
        ebody.append(P(st, x(l) + dele('ct6'), raw=True))
    elif l.startswith('II. '):
        # the deleted paragraph "4. Đề xuất, kiến nghị: không." sat before part II: its deletion starts at the end
        # of the previous paragraph (the paragraph mark) and takes the whole paragraph
        prev = ebody.pop()
        ebody.append(prev.replace('</text:p>', dele('ct7') + '</text:p>'))
        ebody.append(P(st, l))
    else:
        ebody.append(P(st, l))
recs = [P('Pnn', 'Nơi nhận:')]
for r in nd_recips:
    if r == '- Sở Thông tin và Truyền thông;':
        recs.append(P('Pnnm', ins('ct8', r), raw=True))
    else:
        recs.append(P('Pnnm', r))
ee = table([(recs, [P('Pcv', 'KT. GIÁM ĐỐC'), P('Pcv2', 'PHÓ GIÁM ĐỐC'), P('Pky', '(Đã ký)'), P('Pht', nd_name)])], cols=('TblC', 'TblD'), name='End')
write('tracked-changes.fodt', fodt(he + '\n' + title_block() + '\n' + '\n'.join(ebody) + '\n' + ee, tracked=tracked))

# ---------------------------------------------------------------- (f) legacy font: TCVN3 text in .VnTime / .VnTimeH
vn_decls = '''
 <style:font-face style:name=".VnTime" svg:font-family=".VnTime" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name=".VnTimeH" svg:font-family=".VnTimeH" style:font-family-generic="roman" style:font-pitch="variable"/>'''
vn_auto = '''
 <style:style style:name="Vn" style:family="text"><style:text-properties style:font-name=".VnTime"/></style:style>
 <style:style style:name="VnH" style:family="text"><style:text-properties style:font-name=".VnTimeH"/></style:style>'''
def PV(style, text, raw=False):
    assert not raw
    caps = text == text.upper() and any(c.isalpha() for c in text)
    runs = tcvn3(text, caps)
    return f'<text:p text:style-name="{style}">' + ''.join(
        f'<text:span text:style-name="{"Vn" if f == ".VnTime" else "VnH"}">{x(t)}</text:span>' for t, f in runs) + '</text:p>'
write('legacy-font-vntime.fodt', fodt(header_table_typed(PV) + '\n' + title_block(PV) + '\n' + typed_body(PV) + '\n' + end_table(PV),
                                      font_decls=vn_decls, extra_auto=vn_auto))

# ---------------------------------------------------------------- (g) pandoc from Markdown
def esc(l):
    # keep typed dashes and rules as text (not a bullet list or a horizontal rule)
    return '\\' + l if l.startswith('-') else l
def grid(rows, w1=36, w2=44):
    sep = '+' + '-' * (w1 + 2) + '+' + '-' * (w2 + 2) + '+'
    out = [sep]
    for left, right in rows:
        n = max(len(left), len(right))
        left = left + [''] * (n - len(left)); right = right + [''] * (n - len(right))
        for a, b in zip(left, right):
            out.append('| ' + a + ' ' * (w1 - len(a)) + ' | ' + b + ' ' * (w2 - len(b)) + ' |')
        out.append(sep)
    return '\n'.join(out)
md = [grid([
    ([N[0], '', '**' + N[2] + '**', '', esc(N[4]), '', N[6]],
     ['**' + N[1] + '**', '', '**' + N[3] + '**', '', esc(N[5]), '', '*' + N[7] + '*']),
]), '', '**' + N[9] + '**', '', '**' + N[10] + '\\', N[11] + '**', '', esc(N[12]), '', N[i_kg], '']
for l in nd_body:
    md += [l, '']
md += ['**Nơi nhận:**\\'] + [esc(r) + ('\\' if k < len(nd_recips) - 1 else '') for k, r in enumerate(nd_recips)] + ['']
md += ['**KT. GIÁM ĐỐC\\', 'PHÓ GIÁM ĐỐC**', '', '(Đã ký)', '', '**' + nd_name + '**', '']
write('pandoc-markdown.md', '\n'.join(md))
