#!/usr/bin/env python3
"""Writes the HTML, .docx and markdown renderings of the seeds, the real-world variants
(nested tables, blank rows, a GBK page, a very wide table, tracked changes and bookmarks,
headings numbered by Word) and refusal cases into tests/corpus/generated/ (committed: the
tests do not run this).

Each seed is read as gkcheck reads it (`gkcheck --document`: its paragraphs, and its table
rows cell by cell), then rendered as a real table: header rows with the official form's
merged cells, a label that a later row leaves blank spans down over it (rowspan / vMerge),
and a row shorter than the table spans its last cell across (colspan / gridSpan). Read
back, every row holds the seed's cells, so the findings must be the seed's.

    scripts/make-fixtures.py [--gkcheck build/native/cli/gkcheck]

Standard library only (zipfile and XML written as strings).
"""
import argparse
import html
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, 'tests', 'corpus', 'seeds')
OUT = os.path.join(ROOT, 'tests', 'corpus', 'generated')

NUMBER = re.compile(r'^[-+]?[0-9０-９][0-9０-９,，.]*$')


class Cell:
    def __init__(self, text, colspan=1, rowspan=1):
        self.text, self.colspan, self.rowspan = text, colspan, rowspan


def read_document(gkcheck, path):
    """Blocks as gkcheck reads them: ('p', text) and ('table', [[cell text, ...], ...])."""
    r = subprocess.run([gkcheck, '--document', path], capture_output=True, text=True)
    blocks = []
    for line in r.stderr.splitlines()[1:]:
        m = re.match(r'^(\d+)  (.*)$', line)
        if not m:
            break  # the findings follow the listing
        body = m.group(2)
        if body.startswith('|') and body.endswith('|'):
            cells = [c.strip() for c in body[1:-1].split(' | ')]
            if blocks and blocks[-1][0] == 'table':
                blocks[-1][1].append(cells)
            else:
                blocks.append(('table', [cells]))
        else:
            blocks.append(('p', body))
    return blocks


# The official form's header rows (2021, and the same shape in 2019) by the words in them.
APPLICATION_HEADER = ['申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织',
                      '法律服务机构', '其他']


def key(s):
    return re.sub(r'\s+', '', s)


def official_header(rows, width):
    """The header rows as the official form merges them, or None if they are not its."""
    texts = [c for r in rows for c in r if c]
    keys = [key(t) for t in texts]
    if '申请人情况' in keys and width >= 8:
        found = {}
        for want in APPLICATION_HEADER:
            hits = [i for i, k in enumerate(keys) if k == want and i not in found.values()]
            if not hits:
                return None
            found[want] = hits[0]
        note = [t for i, t in enumerate(texts) if i not in found.values()]
        depth = width - 7
        t = lambda w: texts[found[w]]
        return [
            [Cell(note[0] if note else '', depth, 3), Cell(t('申请人情况'), 7)],
            [Cell(t('自然人'), 1, 2), Cell(t('法人或其他组织'), 5), Cell(t('总计'), 1, 2)],
            [Cell(t(w)) for w in APPLICATION_HEADER[4:9]],
        ]
    if keys[:1] == ['行政复议'] and len(texts) == 19 and width == 15:
        return [
            [Cell(texts[0], 5), Cell(texts[1], 10)],
            [Cell(x, 1, 2) for x in texts[2:7]] + [Cell(texts[7], 5), Cell(texts[8], 5)],
            [Cell(x) for x in texts[9:19]],
        ]
    return None


def is_data(row):
    return any(NUMBER.match(c) for c in row)


def grid(rows):
    """Rows of Cells (None where a span covers the slot) for one table of the seed."""
    width = max(len(r) for r in rows)
    first_data = next((i for i, r in enumerate(rows) if is_data(r)), len(rows))
    header = official_header(rows[:first_data], width) if first_data else None
    out = []
    if header:
        rows = rows[first_data:]
        covered = set()
        for r, hr in enumerate(header):
            line, c = [], 0
            for cell in hr:
                while (r, c) in covered:
                    line.append(None)
                    c += 1
                line.append(cell)
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        if dr or dc:
                            covered.add((r + dr, c + dc))
                line += [None] * (cell.colspan - 1)
                c += cell.colspan
            while (r, c) in covered:
                line.append(None)
                c += 1
            out.append(line)
    base = len(out)
    owner = {}  # column -> the Cell above whose rowspan may grow over a blank
    for r, row in enumerate(rows):
        lead = next((i for i, c in enumerate(row) if c), len(row))
        line = []
        for c, text in enumerate(row):
            above = owner.get(c)
            if c < lead and not text and above is not None and above[1] == base + r - 1 and above[0].colspan == 1:
                above[0].rowspan += 1
                owner[c] = (above[0], base + r)
                line.append(None)
                continue
            cell = Cell(text)
            line.append(cell)
            owner[c] = (cell, base + r) if text and not NUMBER.match(text) else None
        # A short row spans its last label (rows of values) or its last cell across.
        if len(row) < width and row:
            extra = width - len(row)
            labels = [i for i in range(len(row)) if line[i] is not None and line[i].text and not NUMBER.match(line[i].text)]
            values = sum(1 for c in row if NUMBER.match(c))
            at = labels[-1] if labels and values >= 3 and labels[-1] < len(row) - 1 else len(row) - 1
            while line[at] is None:
                at -= 1
            line[at].colspan += extra
            line[at + 1:at + 1] = [None] * extra
            for c in list(owner):
                if c > at:
                    owner[c] = None
        out.append(line)
    return out


def owner_of(g, r, c):
    """The cell covering slot (r, c): its position."""
    for rr in range(r, -1, -1):
        for cc in range(c, -1, -1):
            cell = g[rr][cc] if cc < len(g[rr]) else None
            if cell is not None and rr + cell.rowspan > r and cc + cell.colspan > c:
                return rr, cc
    return None


# ---------------------------------------------------------------- HTML


def html_table(g, empty_rows=False):
    out = ['<table border="1" cellspacing="0">']
    reach = 0  # the last row a rowspan seen so far reaches
    width = max(len(line) for line in g)
    for r, line in enumerate(g):
        for cell in line:
            if cell is not None:
                reach = max(reach, r + cell.rowspan - 1)
        tds = []
        for cell in line:
            if cell is None:
                continue
            attrs = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else '') + \
                    (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else '')
            tds.append(f'<td{attrs}><p>{html.escape(cell.text)}</p></td>')
        out.append('<tr>' + ''.join(tds) + '</tr>')
        # Blank rows as pages have them, where no merged cell spans across.
        if empty_rows and reach == r and (r % 3 == 1 or r == len(g) - 1):
            out.append('<tr>' + '<td>&nbsp;</td>' * width + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def html_page(blocks, charset='utf-8', layout_table=False, empty_rows=False, title='年度报告'):
    body = []
    for kind, content in blocks:
        if kind == 'p':
            body.append(f'<p>{html.escape(content)}</p>')
        else:
            body.append(html_table(grid(content), empty_rows))
    text = '\n'.join(body)
    if layout_table:
        # A government site's page layout: navigation in one cell, the article in the next.
        text = ('<table width="100%"><tr><td width="20%"><ul><li>首页</li><li>政府信息公开</li></ul></td>'
                f'<td>\n{text}\n</td></tr></table>')
    return (f'<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>{title}</title>'
            '<style>td{border:1px solid #000}</style><script>var x = "<table><tr><td>1</td></tr></table>";</script>'
            f'</head>\n<body>\n<!-- 页面统计代码 -->\n{text}\n</body></html>\n')


# ---------------------------------------------------------------- docx

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def x(s):
    return html.escape(s, quote=False)


def run(text):
    return f'<w:r><w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def para(text, extra=''):
    return f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr>{extra}{run(text) if text else ""}</w:p>'


def docx_table(g, tracked=False):
    width = max(sum(c.colspan for c in line if c) + sum(1 for c in line if c is None) for line in g)
    width = max(len(line) for line in g)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' +
           '<w:gridCol w:w="800"/>' * width + '</w:tblGrid>']
    for r, line in enumerate(g):
        tcs = []
        c = 0
        while c < len(line):
            cell = line[c]
            if cell is None:
                pos = owner_of(g, r, c)
                own = g[pos[0]][pos[1]]
                if pos[0] < r and pos[1] == c:  # a vertical merge continues here
                    span = f'<w:gridSpan w:val="{own.colspan}"/>' if own.colspan > 1 else ''
                    tcs.append(f'<w:tc><w:tcPr>{span}<w:vMerge/></w:tcPr><w:p/></w:tc>')
                    c += own.colspan
                else:
                    c += 1
                continue
            pr = ''
            if cell.colspan > 1:
                pr += f'<w:gridSpan w:val="{cell.colspan}"/>'
            if cell.rowspan > 1:
                pr += '<w:vMerge w:val="restart"/>'
            content = run(cell.text) if cell.text else ''
            if tracked and cell.text and NUMBER.match(cell.text) and r % 5 == 2:
                # A number corrected with track changes on: the old value deleted, the new inserted.
                content = ('<w:del w:id="1" w:author="审核"><w:r><w:delText>999999</w:delText></w:r></w:del>'
                           f'<w:ins w:id="2" w:author="审核">{run(cell.text)}</w:ins>')
            tcs.append(f'<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{content}</w:p></w:tc>')
            c += cell.colspan
        out.append('<w:tr>' + ''.join(tcs) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


CHINESE = '〇一二三四五六七八九'


def chinese(n):
    return (CHINESE[n // 10] if n >= 20 else '') + ('十' if n >= 10 else '') + (CHINESE[n % 10] if n % 10 else '')


# Word's automatic numbering: "%1、" in Chinese counting, as the official form's headings.
NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:styleId="GkHeading"><w:name w:val="heading 1"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')


def numbered_heading(text, counter):
    """The heading's text without its number and the numPr that makes it, when its number is
    the next the list would give; else None."""
    m = re.match(r'^([一二三四五六七八九十]+)、(.*)$', text)
    if not m or m.group(1) != chinese(counter + 1):
        return None
    # Alternate: the number from the paragraph's own numPr, then from its style's.
    pr = ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if counter % 2 == 0
          else '<w:pStyle w:val="GkHeading"/>')
    return m.group(2), pr


def docx_bytes(blocks, tracked=False, layout_table=False, numbered=False):
    body = []
    counter = 0
    for i, (kind, content) in enumerate(blocks):
        if kind == 'p' and numbered and numbered_heading(content, counter):
            rest, pr = numbered_heading(content, counter)
            counter += 1
            body.append(f'<w:p><w:pPr>{pr}</w:pPr>{run(rest)}</w:p>')
        elif kind == 'p':
            extra = ''
            if tracked and i % 4 == 1:
                extra = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'
            body.append(para(content, extra))
            if tracked and i % 9 == 2:
                body.append('<w:p><w:del w:id="3" w:author="审核"><w:r><w:delText>（此段已删除）一、总体情况</w:delText></w:r></w:del></w:p>')
        else:
            body.append(docx_table(grid(content), tracked))
    inner = ''.join(body)
    if layout_table:
        inner = ('<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc>' + inner +
                 '<w:p/></w:tc></w:tr></w:tbl><w:p/>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
                f'<w:body>{inner}<w:sectPr/></w:body></w:document>')
    return zip_docx(document, {'word/numbering.xml': NUMBERING, 'word/styles.xml': STYLES} if numbered else {})


def zip_docx(document_xml, parts=None):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('[Content_Types].xml', (2021, 1, 1, 0, 0, 0)),
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
                   zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo('_rels/.rels', (2021, 1, 1, 0, 0, 0)),
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
                   zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo('word/document.xml', (2021, 1, 1, 0, 0, 0)), document_xml, zipfile.ZIP_DEFLATED)
        for name, xml in sorted((parts or {}).items()):
            z.writestr(zipfile.ZipInfo(name, (2021, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# ---------------------------------------------------------------- markdown


def markdown(blocks):
    out = []
    for kind, content in blocks:
        if kind == 'p':
            out.append(content)
            continue
        width = max(len(r) for r in content)
        for i, row in enumerate(content):
            cells = [c.replace('|', '\\|') for c in row] + [''] * (width - len(row))
            out.append('| ' + ' | '.join(cells) + ' |')
            if i == 0:
                out.append('|' + '---|' * width)
        out.append('')
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- refusals


def ole_with(stream_name):
    """A minimal OLE compound-file header followed by a directory entry naming stream_name."""
    header = bytes.fromhex('D0CF11E0A1B11AE1') + bytes(504)
    entry = stream_name.encode('utf-16-le').ljust(64, b'\0') + bytes(64)
    return header + entry + bytes(384)


def write(name, data):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gkcheck', default=os.path.join(ROOT, 'build', 'native', 'cli', 'gkcheck'))
    args = ap.parse_args()
    for name in sorted(os.listdir(SEEDS)):
        if not name.endswith('.txt'):
            continue
        stem = name[:-4]
        blocks = read_document(args.gkcheck, os.path.join(SEEDS, name))
        write(f'{stem}.html', html_page(blocks))
        write(f'{stem}.docx', docx_bytes(blocks))
        write(f'{stem}.md', markdown(blocks))

    seed = os.path.join(SEEDS, '001_d37008fbb3c2afee.txt')
    blocks = read_document(args.gkcheck, seed)
    write('variants/001-layout-table.html', html_page(blocks, layout_table=True))
    write('variants/001-layout-table.docx', docx_bytes(blocks, layout_table=True))
    write('variants/001-empty-rows.html', html_page(blocks, empty_rows=True))
    write('variants/001-gbk.html', html_page(blocks, charset='gbk').encode('gbk'))
    write('variants/001-tracked-changes.docx', docx_bytes(blocks, tracked=True))
    write('variants/001-numbered-headings.docx', docx_bytes(blocks, numbered=True))
    wide = [['项目'] + [f'第{i}列' for i in range(1, 301)], ['数量'] + [str(i % 10) for i in range(300)]]
    write('variants/001-wide-table.html', html_page(blocks + [('table', wide)]))

    write('refuse/not-docx.zip', _plain_zip())
    write('refuse/encrypted.docx', ole_with('EncryptionInfo'))
    write('refuse/word97.doc', ole_with('WordDocument'))
    good = docx_bytes(blocks)
    write('refuse/truncated.docx', good[:len(good) // 2])
    write('refuse/broken-xml.docx', zip_docx('<?xml version="1.0" encoding="UTF-8"?>'
                                             f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r>'
                                             '</w:body></w:document>'))
    write('refuse/report.pdf', b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n')
    write('refuse/scan.png', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(17))


def _plain_zip():
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        z.writestr(zipfile.ZipInfo('报告.txt', (2021, 1, 1, 0, 0, 0)), '一、总体情况')
    return buf.getvalue()


if __name__ == '__main__':
    sys.exit(main())
