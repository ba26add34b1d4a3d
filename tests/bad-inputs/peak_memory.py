#!/usr/bin/env python3
"""Peak memory of the CLI on a large generated input stays within a small multiple of it.

    peak_memory.py --cli build/native/cli/gkcheck --file DIR/headings-300000.txt --most 20

Runs the CLI in text and JSON mode, each in a child of its own, and reads the child's peak
resident set (getrusage): it must stay under --most times the input's size."""
import argparse
import os
import resource
import subprocess
import sys


def peak_kib(argv):
    # Run through a fresh Python child so RUSAGE_CHILDREN holds this one run alone.
    code = ('import resource,subprocess,sys;'
            'subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);'
            'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)')
    out = subprocess.run([sys.executable, '-c', code] + argv, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--cli', required=True)
    p.add_argument('--file', required=True)
    p.add_argument('--most', type=float, required=True, help='peak / input size at most')
    a = p.parse_args()
    size_kib = os.path.getsize(a.file) / 1024
    ok = True
    for mode in ([], ['--json']):
        peak = peak_kib([a.cli] + mode + [a.file])
        ratio = peak / size_kib
        print('%s %s: peak %.0f MB for %.0f MB of input (%.1f times)' %
              (os.path.basename(a.file), ' '.join(mode) or 'text', peak / 1024, size_kib / 1024, ratio))
        ok = ok and ratio <= a.most
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
