#!/usr/bin/env python3
"""Writes the bad-input corpus of tests/bad-inputs from the seed reports, deterministically.

    make_bad_inputs.py --small DIR   the small files (committed in tests/bad-inputs/files)
    make_bad_inputs.py --large DIR   the large ones (50 MB, a 1 MB line, 10,000 columns, ...),
                                     written at test time by ctest, never committed

What each file is and what gkcheck must say about it is in manifest.json next to this script;
tests/bad-inputs/bad_inputs_test.cpp checks every entry.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, '..', 'corpus', 'seeds')


def seed(name):
    with open(os.path.join(SEEDS, name), encoding='utf-8') as f:
        return f.read()


S001 = seed('001_d37008fbb3c2afee.txt')  # cell per line; two sum errors at （七）总计
S004 = seed('004_e326ba0ba3be1f76.txt')  # tab-separated, all zeros
S000 = seed('000_2a323641ce1d9cac.txt')


def lines(text):
    return text.split('\n')


def set_row(text, label, values):
    """Seed 004 with the values of the applications-table row whose line starts with `label`."""
    out = []
    done = False
    for line in lines(text):
        if not done and line.startswith(label) and '\t' in line:
            cells = line.split('\t')
            idx = [i for i, c in enumerate(cells) if c.strip().isdigit()]
            for i, v in zip(idx, values):
                cells[i] = v
            line = '\t'.join(cells)
            done = True
        out.append(line)
    assert done, label
    return '\n'.join(out)


def consistent_004(natural, total):
    """Seed 004 where 自然人 and 总计 hold the given texts in 新收, 予以公开, (七)总计."""
    t = S004
    for label in ('一、本年新收', '三、本年度办理结果'):
        t = set_row(t, label, [natural, '0', '0', '0', '0', '0', total])
    return set_row(t, '(七) 总计', [natural, '0', '0', '0', '0', '0', total])


def without_headings(text):
    keep = []
    for line in lines(text):
        s = line.strip()
        heading = s[:2] in ('一、', '二、', '三、', '四、', '五、', '六、') or s.startswith('6、')
        if heading and not line.startswith('\t'):  # table labels (一、本年新收…) stay
            continue
        keep.append(line)
    return '\n'.join(keep)


def without_tables(text):
    return '\n'.join(l for l in lines(text) if not l.startswith('\t') and not l.strip().isdigit())


def pdf(objects):
    """A PDF of the given objects (numbered from 1; the first is the catalogue), with a
    correct cross-reference table."""
    out = b'%PDF-1.4\n'
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return out


def stream(data):
    return b'<< /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'


def pdf_pages(count, kids, contents):
    """A catalogue, a page tree that says it holds `count` pages, a font, and one page per
    content stream (its page tree entry in `kids` unless kids is given)."""
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>', None,
               b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    refs = []
    for c in contents:
        refs.append(b'%d 0 R' % (len(objects) + 1))
        objects.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 3 0 R >> >> '
                       b'/Contents %d 0 R >>' % (len(objects) + 2))
        objects.append(stream(c))
    objects[1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (kids if kids is not None else b' '.join(refs), count)
    return pdf(objects)


HELLO = b'BT /F1 20 Tf 100 700 Td (Hello) Tj ET'


def small():
    f = {}
    f['empty.txt'] = b''
    f['whitespace-only.txt'] = ' \t\n\r\n\u3000 \n\n   '.encode('utf-8')
    f['bom-only.txt'] = b'\xef\xbb\xbf'
    f['utf16-bom-only.txt'] = b'\xff\xfe'
    f['newlines-only.txt'] = b'\n' * 5000
    u = S001.encode('utf-8')
    # Cut in the middle of the last multi-byte character.
    last = max(i for i in range(len(u)) if u[i] >= 0xE0)
    f['truncated-utf8.txt'] = u[:last + 2]
    f['utf16le-no-bom.txt'] = S001.encode('utf-16-le')
    f['utf16be-no-bom.txt'] = S001.encode('utf-16-be')
    f['utf16le-odd-length.txt'] = b'\xff\xfe' + S001.encode('utf-16-le') + b'\x41'
    f['utf16le-lone-surrogate.txt'] = b'\xff\xfe' + S001.encode('utf-16-le').replace('总体情况'.encode('utf-16-le'), '总体\ud800情况'.encode('utf-16-le', 'surrogatepass'), 1)
    f['gbk.txt'] = S001.encode('gbk')
    f['gb18030-four-byte.txt'] = S001.replace('总体情况\n', '总体情况\n𠀀€ 四字节字符\n', 1).encode('gb18030')
    # A GBK paragraph inside UTF-8.
    para = '本段是从另一文件复制的GBK编码文字。'
    at = u.index('二、'.encode('utf-8'))
    f['mixed-gbk-utf8.txt'] = u[:at] + para.encode('gbk') + b'\n' + u[at:]
    f['overlong-utf8.txt'] = u.replace('总体情况'.encode('utf-8'), b'\xc0\xaf\xe0\x80\xaf' + '总体情况'.encode('utf-8'), 1)
    f['surrogate-in-utf8.txt'] = u.replace('总体情况'.encode('utf-8'), '总体'.encode('utf-8') + b'\xed\xa0\x80' + '情况'.encode('utf-8'), 1)
    # A NUL in the middle: in a sentence, and in place of a digit in a value cell.
    s = S004.replace('（二）依申请公开方面。', '（二）依申请\x00公开方面。', 1)
    f['nul-in-middle.txt'] = set_row(s, '一、本年新收', ['0', '0', '0', '0', '0', '0', '0\x000']).encode('utf-8')
    f['control-characters.txt'] = S001.replace('一、总体情况\n', '一、总体情况\n\x01\x02\x07\x08\x0b\x1b 控制字符\n', 1).encode('utf-8')
    f['crlf-and-cr.txt'] = '\r\n'.join(lines(S001)[:200]).encode('utf-8') + b'\r' + '\r'.join(lines(S001)[200:]).encode('utf-8')
    f['utf8-bom.txt'] = b'\xef\xbb\xbf' + u
    f['zero-width-in-labels.txt'] = S004.replace('一、本年新收', '一、本\u200b年新\ufeff收', 1).replace('(七) 总计', '(七)\u200b总计', 1).encode('utf-8')
    # Numbers.
    forty = '1234567890123456789012345678901234567890'
    f['digits-40-in-cell.txt'] = set_row(S004, '一、本年新收', [forty, '0', '0', '0', '0', '0', forty]).encode('utf-8')
    f['digits-40-in-text.txt'] = S004.replace('没有收到群众提交的政府信息公开申请', '收到群众提交的政府信息公开申请' + forty + '件', 1).replace(
        '一、总体情况', forty + '、总体情况\n' + forty + '年' + forty + '月' + forty + '日', 1).encode('utf-8')
    f['negative-count.txt'] = set_row(S004, '一、本年新收', ['-3', '0', '0', '0', '0', '0', '-3']).encode('utf-8')
    f['fractional-count.txt'] = set_row(S004, '一、本年新收', ['2.5', '0', '0', '0', '0', '0', '2.5']).encode('utf-8')
    # 12 + 3 = 16 written in Arabic-Indic, extended Arabic-Indic and full-width digits: read as
    # numbers, so the row total is found wrong.
    for name, digits in (('arabic-indic', '٠١٢٣٤٥٦٧٨٩'), ('extended-arabic-indic', '۰۱۲۳۴۵۶۷۸۹'), ('fullwidth', '０１２３４５６７８９')):
        tr = str.maketrans('0123456789', digits)
        f['digits-%s.txt' % name] = set_row(S004, '一、本年新收', ['12'.translate(tr), '3'.translate(tr), '0', '0', '0', '0', '16'.translate(tr)]).encode('utf-8')
    f['thousands-comma.txt'] = consistent_004('1,234', '1,235').encode('utf-8')
    f['thousands-space.txt'] = consistent_004('1 234', '1 235').encode('utf-8')
    f['thousands-bad-grouping.txt'] = set_row(S004, '一、本年新收', ['12,34', '0', '0', '0', '0', '0', '1 0']).encode('utf-8')
    f['placeholder-cells.txt'] = set_row(S004, '一、本年新收', ['/', '—', '无', '', '-', '0', '0']).encode('utf-8')
    f['text-in-cells.txt'] = set_row(S004, '一、本年新收', ['若干', '0', '0', '0', '0', '0', '约10件']).encode('utf-8')
    # Structure.
    f['report-twice.txt'] = (S001 + '\n' + S001).encode('utf-8')
    f['two-different-reports.txt'] = (S001 + '\n' + S000).encode('utf-8')
    f['report-thrice.txt'] = (S004 + '\n' + S004 + '\n' + S004).encode('utf-8')
    f['tables-without-sections.txt'] = without_headings(S001).encode('utf-8')
    f['sections-without-tables.txt'] = without_tables(S001).encode('utf-8')
    f['headings-only.txt'] = '\n'.join(['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
                                        '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
                                        '六、其他需要报告的事项']).encode('utf-8')
    f['sections-reversed.txt'] = S004.replace('五、存在的主要问题及改进情况', '五、存在的问题', 1).replace(
        '二、主动公开政府信息情况', '七、主动公开政府信息情况', 1).encode('utf-8')
    f['only-numbers.txt'] = '\n'.join('\t'.join(str((i * 7 + j) % 10) for j in range(8)) for i in range(300)).encode('utf-8')
    f['markdown-headings-only.txt'] = '\n'.join('#' * (1 + i % 9) + ' 标题' for i in range(500)).encode('utf-8')
    # Not text at all.
    f['pdf-file.pdf'] = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' + bytes(range(256)) * 4
    # PDFs poppler cannot read, or reads to nothing like a report (the CLI reads PDFs).
    rng = random.Random(5)
    f['pdf-garbage-after-header.pdf'] = b'%PDF-1.7\n' + bytes(rng.randrange(256) for _ in range(4096))
    f['pdf-zero-pages.pdf'] = pdf_pages(0, b'', [])
    f['pdf-huge-page-count.pdf'] = pdf_pages(100000000, None, [HELLO])
    f['pdf-page-tree-loop.pdf'] = pdf_pages(3, b'2 0 R 4 0 R', [HELLO])
    f['pdf-no-text.pdf'] = pdf_pages(2, None, [b'0 0 1 rg 100 100 200 300 re f', b''])
    one_page = pdf_pages(1, None, [HELLO * 50])
    f['pdf-cut-in-content.pdf'] = one_page[:one_page.index(b'stream') + 300]
    f['pdf-form-draws-itself.pdf'] = pdf([
        b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>',
        stream(b'/X1 Do'),
        b'<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /XObject << /X1 5 0 R >> >> /Length 6 >>\nstream\n/X1 Do\nendstream'])
    # A PDF's runs texts (core/extract/pdf_runs.h), as the page and the CLI hand them over.
    head = '%gkcheck-pdf-runs 1\nP\t595\t842\n'
    f['runs-damaged.txt'] = (head + 'X\tdamaged\tInvalid XRef stream\n').encode('utf-8')
    f['runs-no-text.txt'] = (head + 'P\t595\t842\n').encode('utf-8')
    f['runs-absurd-numbers.txt'] = (head + ''.join(
        'R\t0\t%s\t%s\t%s\t%s\t%s\t第%d行\n' % (x, y, w, h, s, k) for k, (x, y, w, h, s) in enumerate([
            ('1e308', '1e308', '1e308', '1e308', '1e308'), ('-1e308', '-1e308', '-5', '-5', '-1e308'),
            ('0', '0', '0', '0', '0'), ('1e-300', '3', '1e300', '1e-300', '1e300'), ('5', '1e20', '2', '2', '2')]))
        + 'R\t7\t0\t0\t1\t1\t1\tno such page\nR\t0\tx\t0\t1\t1\t1\tnot a number\nR\t0\t1\n'
        + 'R\t0\t100\t100\t10\t11\t10\t正\t文\n').encode('utf-8')
    rng = random.Random(3)
    f['png-image.png'] = b'\x89PNG\r\n\x1a\n' + bytes(rng.randrange(256) for _ in range(2000))
    f['zip-not-docx.zip'] = b'PK\x03\x04' + bytes(rng.randrange(256) for _ in range(2000))
    f['word97.doc'] = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + bytes(2000)
    f['random-bytes.bin'] = bytes(rng.randrange(256) for _ in range(65536))
    # Random bytes that avoid control characters (so they are not refused as binary) and
    # random printable ASCII: text, but no report.
    f['random-high-bytes.bin'] = bytes(rng.randrange(0x80, 0x100) for _ in range(65536))
    f['random-ascii.txt'] = bytes(rng.choice(b'abcdefghijklmnopqrstuvwxyz0123456789 ,.\n\t') for _ in range(65536))
    return f


def large():
    f = {}
    rng = random.Random(4)
    # 50 MB: the seeds one after another, again and again.
    parts = []
    size = 0
    seeds = [S001, S004, S000]
    while size < 50 * 1024 * 1024:
        t = seeds[len(parts) % 3] + '\n'
        parts.append(t)
        size += len(t.encode('utf-8'))
    f['large-50mb.txt'] = ''.join(parts).encode('utf-8')
    # A line of 1 MB in 一、总体情况, ending in a template placeholder.
    sentence = '本机关认真贯彻落实政府信息公开条例，持续加强政务公开工作。'
    long_line = sentence * (1024 * 1024 // len(sentence.encode('utf-8'))) + '全年共收到申请XX件。'
    f['line-1mb.txt'] = S001.replace('一、总体情况\n', '一、总体情况\n' + long_line + '\n', 1).encode('utf-8')
    # A row of 10,000 value columns in the applications table.
    f['columns-10000.txt'] = set_row(S004, '一、本年新收', ['0'] * 7).replace(
        '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t',
        '一、本年新收政府信息公开申请数量\t\t' + '\t'.join(['1'] * 10000) + '\t', 1).encode('utf-8')
    # A row of 10,000 text cells.
    f['columns-10000-text.txt'] = S004.replace('(七) 总计\t', '(七) 总计\t' + '\t'.join(['文字'] * 10000) + '\t', 1).encode('utf-8')
    f['random-bytes-4mb.bin'] = bytes(rng.randrange(256) for _ in range(4 * 1024 * 1024))
    f['many-tiny-lines.txt'] = S004.encode('utf-8') + b'1\n' * (2 * 1024 * 1024)
    # A PDF of 5,000 pages with a line of text each: read in a second or two, not refused.
    f['pdf-5000-pages.pdf'] = pdf_pages(5000, None, [b'BT /F1 12 Tf 72 700 Td (Page %d of a long report) Tj ET' % i
                                                    for i in range(5000)])
    # 21 MB of two headings, again and again: a finding per repeat unless each rule's are summarised.
    f['headings-300000.txt'] = ('一、总体情况\n三、收到和处理政府信息公开申请情况\n' * 300000).encode('utf-8')
    # A PDF's runs text with a million runs on one baseline (a digit a glyph, a word space apart).
    f['runs-million-on-one-line.txt'] = ('%gkcheck-pdf-runs 1\nP\t595\t842\n' + ''.join(
        'R\t0\t%d\t400\t5\t11\t10\t%d\n' % (k * 7, k % 10) for k in range(1000000))).encode('utf-8')
    return f


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ('--small', '--large'):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    files = small() if sys.argv[1] == '--small' else large()
    for name, data in sorted(files.items()):
        with open(os.path.join(out, name), 'wb') as fh:
            fh.write(data)
    print('%d files in %s' % (len(files), out))


if __name__ == '__main__':
    main()
