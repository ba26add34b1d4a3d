#!/usr/bin/env python3
"""The precision table (docs/precision.md): every finding the CLI gives on every real report of
the corpus (tests/corpus/seeds and tests/corpus/real), each marked by hand as one a reviewer
would keep (true) or a false alarm (false), with the reason, and per rule how many were true.

The marks are data (tests/golden/precision-marks.tsv: report, rule, line:column, true|false,
reason); this script joins them with what the CLI gives now.

    precision.py --cli build/native/cli/gkcheck --check   # every finding marked, every mark used
    precision.py --cli build/native/cli/gkcheck --write   # rewrites docs/precision.md
    precision.py --cli build/native/cli/gkcheck --unmarked  # the findings to mark, as TSV lines

--check fails when a rule's change gives a finding nobody has judged, or drops one that was
judged: the table cannot drift from what the checker says.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKS = os.path.join(ROOT, "tests", "golden", "precision-marks.tsv")
TABLE = os.path.join(ROOT, "docs", "precision.md")
CORPUS = ["tests/corpus/seeds", "tests/corpus/real"]


def reports():
    out = []
    for d in CORPUS:
        for n in sorted(os.listdir(os.path.join(ROOT, d))):
            out.append(os.path.join(d, n))
    return out


def findings(cli, report):
    run = subprocess.run([cli, "--json", report], cwd=ROOT, capture_output=True)
    doc = json.loads(run.stdout.decode("utf-8"))
    for r in doc["reports"]:
        for f in r["findings"]:
            yield (os.path.basename(report), f["rule"], f"{f['line']}:{f['column']}"), f


def read_marks():
    marks = OrderedDict()
    with open(MARKS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 5 or parts[3] not in ("true", "false"):
                sys.exit(f"{MARKS}:{n}: expected report<TAB>rule<TAB>line:column<TAB>true|false<TAB>reason")
            key = tuple(parts[:3])
            if key in marks:
                sys.exit(f"{MARKS}:{n}: {key} marked twice")
            marks[key] = (parts[3] == "true", parts[4])
    return marks


def rule_order(cli):
    out = subprocess.run([cli, "--rules"], capture_output=True, text=True).stdout
    return [line.split("`")[1] for line in out.splitlines() if line.startswith("| [`")]


def table_text(cli, given, marks):
    by_rule = OrderedDict((r, []) for r in rule_order(cli))
    for key, f in given.items():
        by_rule.setdefault(key[1], []).append((key, f))
    lines = [
        "# Precision: every finding on the corpus, judged by hand",
        "",
        "Every finding `gkcheck` gives on the real reports of the corpus (`tests/corpus/seeds`,",
        "`tests/corpus/real`), marked by hand as one a reviewer would keep (✓) or a false alarm (✗),",
        "with the reason. The marks are `tests/golden/precision-marks.tsv`; `scripts/precision.py",
        "--write` rebuilds this page from them and the CLI, and a test fails when a finding has no",
        "mark or a mark no finding. Rules with no finding on the corpus are listed with their count 0:",
        "their behaviour is held by their own tests.",
        "",
        "| rule | findings | kept | false alarms | precision |",
        "|---|---|---|---|---|",
    ]
    total = kept_all = 0
    for rule, items in by_rule.items():
        kept = sum(1 for key, _ in items if marks[key][0])
        total += len(items)
        kept_all += kept
        precision = f"{100 * kept / len(items):.0f}%" if items else "—"
        lines.append(f"| [`{rule}`](rules/{rule}.md) | {len(items)} | {kept} | {len(items) - kept} | {precision} |")
    lines.append(f"| **all** | {total} | {kept_all} | {total - kept_all} | "
                 f"{(100 * kept_all / total) if total else 0:.0f}% |")
    for rule, items in by_rule.items():
        if not items:
            continue
        lines += ["", f"## {rule}", "", "| report | place | severity, certainty | finding | judged | why |",
                  "|---|---|---|---|---|---|"]
        for key, f in items:
            ok, why = marks[key]
            msg = f["message"].replace("|", "\\|")
            lines.append(f"| {key[0]} | {key[2]} | {f['severity']}, {f['certainty']} | {msg} | "
                         f"{'✓' if ok else '✗'} | {why} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--write", action="store_true")
    g.add_argument("--unmarked", action="store_true")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    given = OrderedDict()
    for report in reports():
        for key, f in findings(cli, report):
            given[key] = f
    marks = read_marks() if os.path.exists(MARKS) else OrderedDict()
    if a.unmarked:
        for key, f in given.items():
            if key not in marks:
                print("\t".join(key) + "\t?\t" + f["message"])
        return
    unmarked = [k for k in given if k not in marks]
    unused = [k for k in marks if k not in given]
    for k in unmarked:
        print(f"not marked: {' '.join(k)}: {given[k]['message']}", file=sys.stderr)
    for k in unused:
        print(f"marked but not given: {' '.join(k)}", file=sys.stderr)
    if unmarked or unused:
        sys.exit(f"{len(unmarked)} findings not marked, {len(unused)} marks for no finding: "
                 f"mark them in {os.path.relpath(MARKS, ROOT)}, then run --write")
    text = table_text(cli, given, marks)
    if a.write:
        with open(TABLE, "w", encoding="utf-8") as fh:
            fh.write(text)
        return
    # --check: the page is what --write makes of the marks now.
    if not os.path.exists(TABLE) or open(TABLE, encoding="utf-8").read() != text:
        sys.exit(f"{os.path.relpath(TABLE, ROOT)} is not up to date: run scripts/precision.py --write")


if __name__ == "__main__":
    main()
