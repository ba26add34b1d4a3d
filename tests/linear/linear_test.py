#!/usr/bin/env python3
"""Work stays linear: for an adversarial shape of input, checking twice as much of the
adversarial part must cost at most RATIO times the instructions it adds (valgrind
--tool=callgrind, total Ir of the CLI checking the file with --json, less the Ir of the same
report without the adversarial part). Linear work gives a ratio near 2, quadratic near 4.

    linear_test.py --cli build/native/cli/gkcheck --shape NAME [--size N] [--ratio 2.3]
    linear_test.py --list

Each shape builds a report around seed 001 or 004 (or PDF text) whose adversarial part grows
with N; the default N keeps each run to a few seconds under callgrind.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'corpus')


def read(rel):
    with open(os.path.join(CORPUS, rel), encoding='utf-8') as f:
        return f.read()


S001 = read('seeds/001_d37008fbb3c2afee.txt')
S004 = read('seeds/004_e326ba0ba3be1f76.txt')
PDF = read('real/huaian-city-2024.pdf-layout.txt')
RUNS = read('../pdf-runs/huaian-city-2024.runs')  # a PDF's runs text (core/extract/pdf_runs.h)


def insert_after(text, marker, block):
    i = text.index(marker) + len(marker)
    return text[:i] + block + text[i:]


def huge_line(n):
    # One paragraph line: prose with counts, a stated total and placeholders along it.
    piece = '本机关主动公开信息3条，其中规章1条、规范性文件2条，XX项工作有序开展；'
    return insert_after(S001, '一、总体情况\n', piece * n + '\n')


def tiny_lines(n):
    return S004 + '\n' + '1\n' * (20 * n)


def many_tables(n):
    lines = S004.split('\n')
    table = [l for l in lines if '\t' in l][:8]  # the section-二 tables
    block = '\n'.join(table) + '\n\n段落。\n\n'
    return insert_after(S004, '二、主动公开政府信息情况\n', '\n' + block * n)


def pdf_wrapped_label(n):
    # A -layout row whose label goes on wrapping, line after line, in its column.
    row = '   （二）部分公开（区分处理的，只计这          2          0          0          0          0          0          2'
    cont = '   一情形，不计其他情形）续写的文字'
    lines = PDF.split('\n')
    at = next(i for i, l in enumerate(lines) if re.search(r'部分公开', l))
    return '\n'.join(lines[:at] + [row] + [cont] * (4 * n) + lines[at + 1:])


def pdf_raw_fragments(n):
    # -raw text: label fragments without numbers, again and again, between rows.
    raw = read('real/huaian-city-2024.pdf-raw.txt')
    frag = '区分处理的\n只计这一情形\n'
    return insert_after(raw, '\n', frag * (4 * n))


def many_findings(n):
    # A table copy whose every identity fails, pasted many times: many findings, and their
    # positions on long lines.
    body = S004.replace('\t0\t0\t0\t0\t0\t0\t0', '\t1\t0\t0\t0\t0\t0\t5')
    placeholders = ('共收到申请XX件，答复X月X日，【填写单位名称】。' * 20 + '\n') * 2
    return insert_after(body, '一、总体情况\n', placeholders * n)


def many_text_cells(n):
    return S004.replace('(七) 总计\t', '(七) 总计\t' + '\t'.join(['文字'] * (60 * n)) + '\t', 1)


def many_value_cells(n):
    return S004.replace('一、本年新收政府信息公开申请数量\t\t0', '一、本年新收政府信息公开申请数量\t\t' + '\t'.join(['1'] * (200 * n)), 1)


def many_headings(n):
    heads = '二、主动公开政府信息情况\n（二）主动公开\n3、收到和处理政府信息公开申请情况\n'
    return S004 + '\n' + heads * (10 * n)


def many_copies(n):
    return '\n'.join([S004] * (1 + n // 4))


def long_sentence_counts(n):
    sentence = '收到申请' + '，'.join(['1件'] * (40 * n)) + '，共计' + str(40 * n + 1) + '件，其中' + '、'.join(['2件'] * (20 * n)) + '。\n'
    return insert_after(S004, '一、总体情况\n', sentence)


def many_enumerators(n):
    paras = ''.join('（%s）第%d项工作。\n' % ('一二三四五六七八九'[i % 9], i) for i in range(40 * n))
    return insert_after(S004, '一、总体情况\n', paras)


def runs_with_pages(runs, extra_pages):
    """The runs text with pages added at the end: [(width, height, [run line without page])]."""
    lines = runs.rstrip('\n').split('\n')
    pages = [l for l in lines if l.startswith('P\t')]
    rest = [l for l in lines[1:] if not l.startswith('P\t')]
    out = [lines[0]] + pages + ['P\t595\t842'] * len(extra_pages) + rest
    for k, runs_of_page in enumerate(extra_pages):
        out += ['R\t%d\t%s' % (len(pages) + k, r) for r in runs_of_page]
    return '\n'.join(out) + '\n'


def pdf_runs_table_pages(n):
    # The applications table's page of the real PDF again and again: a table continued over
    # many pages, its labels wrapped and set upright on each.
    page = [l.split('\t', 2)[2] for l in RUNS.split('\n') if l.startswith('R\t3\t')]
    return runs_with_pages(RUNS, [page] * n)


def pdf_runs_one_line(n):
    # One baseline holding many glyph runs: numbers a word space apart (cells), words between.
    runs = []
    x = 10.0
    for k in range(400 * n):
        text = str(k % 10) if k % 3 else '字'
        runs.append('%g\t400\t5\t11\t10\t%s' % (x, text))
        x += 5 + (3 if k % 3 == 2 else 0)
    return runs_with_pages(RUNS, [runs])


def pdf_runs_upright(n):
    # A column of glyphs set upright beside rows of values, page after page.
    runs = []
    for k in range(60 * n):
        y = 60 + (k % 60) * 12
        runs.append('20\t%g\t8\t9\t8\t字' % y)
        if k % 3 == 0:
            runs.append('60\t%g\t40\t9\t8\t%d.标签' % (y + 1, k % 9 + 1))
            runs += ['%d\t%g\t6\t9\t8\t%d' % (200 + 40 * c, y + 2, c) for c in range(7)]
    pages = [runs[i:i + 200] for i in range(0, len(runs), 200)]
    return runs_with_pages(RUNS, pages)


SHAPES = {
    'huge-line': (huge_line, 60),
    'tiny-lines': (tiny_lines, 400),
    'many-tables': (many_tables, 40),
    'pdf-wrapped-label': (pdf_wrapped_label, 400),
    'pdf-raw-fragments': (pdf_raw_fragments, 150),
    'many-findings': (many_findings, 12),
    'many-text-cells': (many_text_cells, 40),
    'many-value-cells': (many_value_cells, 40),
    'many-headings': (many_headings, 40),
    'many-copies': (many_copies, 40),
    'long-sentence-counts': (long_sentence_counts, 20),
    'many-enumerators': (many_enumerators, 30),
    'pdf-runs-table-pages': (pdf_runs_table_pages, 20),
    'pdf-runs-one-line': (pdf_runs_one_line, 40),
    'pdf-runs-upright': (pdf_runs_upright, 40),
}


def instructions(cli, path):
    r = subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=/dev/null', cli, '--json', path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r'Collected : (\d+)', r.stderr)
    if not m or r.returncode not in (0, 1):
        sys.exit('callgrind run failed (exit %d):\n%s' % (r.returncode, r.stderr[-2000:]))
    return int(m.group(1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli')
    ap.add_argument('--shape')
    ap.add_argument('--size', type=int)
    ap.add_argument('--ratio', type=float, default=2.3)
    ap.add_argument('--list', action='store_true')
    a = ap.parse_args()
    if a.list:
        print('\n'.join(SHAPES))
        return
    make, default = SHAPES[a.shape]
    n = a.size or default
    with tempfile.TemporaryDirectory() as tmp:
        counts = []
        for k in (0, n, 2 * n):
            path = os.path.join(tmp, '%s-%d.txt' % (a.shape, k))
            data = make(k).encode('utf-8')
            with open(path, 'wb') as f:
                f.write(data)
            counts.append((len(data), instructions(a.cli, path)))
    (b0, i0), (b1, i1), (b2, i2) = counts
    ratio = (i2 - i0) / max(1, i1 - i0)
    ok = ratio <= a.ratio
    print('%-22s base %8d B %12d Ir | +%8d B +%12d Ir | +%8d B +%12d Ir | ratio %.2f (limit %.2f) %s' %
          (a.shape, b0, i0, b1 - b0, i1 - i0, b2 - b0, i2 - i0, ratio, a.ratio, 'ok' if ok else 'NOT LINEAR'))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
