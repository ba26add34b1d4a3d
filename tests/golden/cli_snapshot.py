#!/usr/bin/env python3
"""The CLI's whole output, byte for byte, over every input the project keeps.

A refactoring must not change what a user sees: for every corpus report, generated fixture
and bad input (the large bad inputs too, generated at test time), the CLI's text output, its
JSON, its --tables and --document listings and its exit status are compared with
tests/golden/cli_snapshot.json, which holds their SHA-256 digests. Runs over several files at
once (the checks across reports) are compared too.

    cli_snapshot.py --cli build/native/cli/gkcheck --large DIR            # compare
    cli_snapshot.py --cli build/native/cli/gkcheck --large DIR --update   # rewrite

When a change is meant to alter the output (a rule's finding, a message), run with --update
and say in the commit which outputs changed and why; --show ARGS prints one run's output so
that it can be diffed against the previous build's.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SNAPSHOT = os.path.join(ROOT, "tests", "golden", "cli_snapshot.json")
# Folders (relative to the repository) whose every file is an input.
INPUT_DIRS = ["tests/corpus", "tests/bad-inputs/files", "tests/browser/fixtures"]
# What is asked of each file: the text lines, the JSON, and the two listings on stderr.
MODES = [[], ["--json"], ["--tables"], ["--document"]]
# Runs of several reports at once (cross.carry-over reads consecutive years of one body).
GROUPS = [
    ["--json", "tests/corpus/seeds"],
    ["tests/corpus/seeds", "tests/corpus/real"],
]


def inputs(large_dir):
    files = []
    for d in INPUT_DIRS:
        for base, _, names in os.walk(os.path.join(ROOT, d)):
            for n in names:
                files.append(os.path.relpath(os.path.join(base, n), ROOT))
    files.sort()
    large = []
    if large_dir and os.path.isdir(large_dir):
        large = sorted(os.path.join(large_dir, n) for n in os.listdir(large_dir))
    return files, large


def expand(args):
    out = []
    for a in args:
        p = os.path.join(ROOT, a)
        if not a.startswith("-") and os.path.isdir(p):
            out += sorted(os.path.relpath(os.path.join(p, n), ROOT) for n in os.listdir(p)
                          if os.path.isfile(os.path.join(p, n)))
        else:
            out.append(a)
    return out


def run(cli, args, display_name=None):
    """Runs the CLI from the repository root; a large file is read from standard input under
    a fixed name, so that the digests do not depend on where the build folder is."""
    if display_name is not None:
        with open(args[-1], "rb") as f:
            p = subprocess.run([cli] + args[:-1] + ["-"], cwd=ROOT, stdin=f, capture_output=True, timeout=600)
    else:
        p = subprocess.run([cli] + args, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
    return p.returncode, p.stdout, p.stderr


def digest(b):
    return hashlib.sha256(b).hexdigest()


def runs(files, large):
    """(key, args, display name or None) for every run the snapshot holds."""
    for f in files:
        for m in MODES:
            yield " ".join(m + [f]), m + [f], None
    for f in large:
        name = "large/" + os.path.basename(f)
        for m in MODES[:2]:  # the listings of 50 MB inputs add nothing the text and JSON miss
            yield " ".join(m + [name]), m + [f], name
    for g in GROUPS:
        yield "group: " + " ".join(g), expand(g), None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--large", help="the folder make_bad_inputs.py --large wrote")
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--show", nargs=argparse.REMAINDER, help="print one run's stdout and stderr")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    if a.show:
        status, out, err = run(cli, a.show)
        sys.stdout.buffer.write(out)
        sys.stderr.buffer.write(err)
        return status

    files, large = inputs(a.large)
    got = {}
    for key, args, name in runs(files, large):
        status, out, err = run(cli, args, name)
        got[key] = {"status": status, "stdout": digest(out), "stderr": digest(err)}

    if a.update:
        with open(SNAPSHOT, "w", encoding="utf-8") as f:
            json.dump({"about": __doc__.strip().splitlines()[0], "runs": got}, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"wrote {len(got)} runs to {os.path.relpath(SNAPSHOT, ROOT)}")
        return 0

    with open(SNAPSHOT, encoding="utf-8") as f:
        want = json.load(f)["runs"]
    if not large:
        want = {k: v for k, v in want.items() if " large/" not in k and not k.startswith("large/")}
    failed = 0
    for key in sorted(set(want) | set(got)):
        if key not in got:
            print(f"MISSING  {key}: in the snapshot, not run (an input removed?)")
            failed += 1
        elif key not in want:
            print(f"NEW      {key}: not in the snapshot (run --update and commit it)")
            failed += 1
        elif got[key] != want[key]:
            what = [k for k in ("status", "stdout", "stderr") if got[key][k] != want[key][k]]
            print(f"CHANGED  {key}: {', '.join(what)} differ")
            failed += 1
    print(f"{len(got) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
