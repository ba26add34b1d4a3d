#!/usr/bin/env python3
"""Each PDF of the corpus gives the findings of its text version.

The CLI reads a PDF natively (poppler, into runs) and checks the runs text; the same report
as text (a seed, or pdftotext's -layout text of a real PDF) was checked and reviewed before
(tests/golden/expected). Their findings must agree: same rule, severity, certainty,
message, cell, expected and actual value, in the same order. Where in the text a finding
points may differ (the text rebuilt from the runs is laid out otherwise).

    pdf_findings.py --cli build/native/cli/gkcheck          # compare; lists every difference
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = [n[:-4] for n in sorted(os.listdir(os.path.join(ROOT, 'tests/corpus/seeds'))) if n.endswith('.txt')]
# (PDF, its text version), relative to tests/corpus.
PAIRS = [('real/hongze-district-2024.pdf', 'real/hongze-district-2024.pdf-layout.txt'),
         ('real/huaian-city-2024.pdf', 'real/huaian-city-2024.pdf-layout.txt')] + \
        [('generated/pdf/%s.pdf' % s, 'seeds/%s.txt' % s) for s in SEEDS] + \
        [('generated/pdf/owner-password.pdf', 'seeds/001_d37008fbb3c2afee.txt')]
# PDFs whose findings still differ from their text version's because the core's reading of
# runs (core/extract/pdf_*.cpp) does not yet rebuild their tables as the text has them; what
# differs and why is in tests/golden/expected/README.md. Their differences are listed but do
# not fail the test; one that comes to agree fails it, to be taken off this list.
KNOWN_DIFFERENCES = {}
# What is compared of a finding: all but where it points.
KEYS = ('rule', 'severity', 'certainty', 'message', 'cell', 'expected', 'actual')


def findings(cli, rel):
    p = subprocess.run([cli, '--json', rel], cwd=os.path.join(ROOT, 'tests/corpus'), capture_output=True, timeout=300)
    if p.returncode not in (0, 1):
        raise SystemExit('%s: exit status %d\n%s' % (rel, p.returncode, p.stderr.decode('utf-8', 'replace')))
    report = json.loads(p.stdout)['reports'][0]
    return [{k: f.get(k) for k in KEYS} for f in report['findings']], report


def shown(f):
    cell = f['cell']
    where = '%s/%s/%s ' % (cell['table'], cell['row'], cell['column']) if cell else ''
    return '%s %s %s%s' % (f['rule'], f['severity'], where, f['message'])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', required=True)
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    failed = 0
    for pdf, text in PAIRS:
        got, report = findings(cli, pdf)
        want, _ = findings(cli, text)
        known = pdf in KNOWN_DIFFERENCES
        if got == want:
            print('ok   %s: %d findings, as %s (layout %s)' % (pdf, len(got), text, report.get('layout')))
            if known:
                failed += 1
                print('  it agrees now: take it off KNOWN_DIFFERENCES')
            continue
        failed += not known
        print('%s %s against %s:' % ('known difference:' if known else 'DIFF', pdf, text))
        for f in want:
            if f not in got:
                print('  only in the text: ' + shown(f))
        for f in got:
            if f not in want:
                print('  only in the PDF:  ' + shown(f))
        if sorted(map(shown, got)) == sorted(map(shown, want)):
            print('  (the same findings in another order)')
    if failed:
        print('%d of %d PDFs are not as expected' % (failed, len(PAIRS)))
        sys.exit(1)


if __name__ == '__main__':
    main()
