#!/usr/bin/env python3
"""The CLI over a folder tree: what `gkcheck FOLDER` promises a reviewer checking a province.

A tree is made in a temporary folder from the corpus: text, markdown, HTML, .docx and PDF
reports in nested folders, a damaged PDF, files of other kinds, and two years of one body
(a seed and a copy of it made last year's: its year one less and its 结转下年度 changed,
so that the checks across years have something to say). Then:
  - --format jsonl is read line by line: a "report" line per report in path order, the
    damaged file among them, then "across" lines; each line is JSON on its own;
  - every report's findings are those `gkcheck --json FILE` gives it alone, and the
    findings across years those `gkcheck --json` gives with every file in memory;
  - --summary is parsed back as CSV (UTF-8 with BOM): a row per report, its counts those of
    the JSON lines, the damaged file 无法读取;
  - the exit status is 2 (a file could not be read) and stderr names the damaged file;
  - the output is the same with one thread or several, in text and in jsonl;
  - --decisions (made from the JSON's keys, as the page exports it): the accepted findings,
    those across years among them, leave the summary's counts and its 待定, the confirmed
    ones leave only 待定.

    batch_test.py --cli build/native/cli/gkcheck
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "corpus")
SEED = "000_2a323641ce1d9cac"

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL", what)


def last_year_of(text):
    """The seed as its body's report of the year before: every year one less, and the first
    figure of 四、结转下年度继续办理 changed (this year's 上年结转 no longer equals it)."""
    text = re.sub(r"20(\d\d)", lambda m: "20%02d" % (int(m.group(1)) - 1), text)
    lines = text.split("\n")
    at = next(i for i, l in enumerate(lines) if "结转下年度继续办理" in l)
    lines[at + 1] = lines[at + 1].replace("0", "3")
    return "\n".join(lines)


def make_tree(top):
    def put(src, dst):
        os.makedirs(os.path.dirname(os.path.join(top, dst)), exist_ok=True)
        shutil.copyfile(os.path.join(CORPUS, src), os.path.join(top, dst))

    put("seeds/001_d37008fbb3c2afee.txt", "county/a/001.txt")
    put("seeds/002_df5be3e5b2d03ca8.txt", "county/a/002.txt")
    put("generated/003_a6cf102bc61e7d06.md", "county/b/003.md")
    put("generated/001_d37008fbb3c2afee.html", "county/b/deep/001.html")
    put("generated/002_df5be3e5b2d03ca8.docx", "county/b/deep/002.docx")
    put("generated/pdf/004_e326ba0ba3be1f76.pdf", "city/004.pdf")
    put("real/hongze-district-2024.pdf", "city/洪泽区.pdf")
    put("real/shuyang-fgj-2023.html", "city/沭阳县发改局.HTML")
    put("generated/pdf/refuse/truncated.pdf", "city/damaged.pdf")
    with open(os.path.join(CORPUS, "seeds", SEED + ".txt"), encoding="utf-8") as f:
        seed = f.read()
    os.makedirs(os.path.join(top, "years"))
    with open(os.path.join(top, "years", "2021.txt"), "w", encoding="utf-8") as f:
        f.write(seed)
    with open(os.path.join(top, "years", "2020.txt"), "w", encoding="utf-8") as f:
        f.write(last_year_of(seed))
    # Not reports: left out, counted in a note.
    for name in ["city/附件.xls", "county/.hidden.txt", "county/a/~$001.docx", "years/README"]:
        with open(os.path.join(top, name), "w") as f:
            f.write("x")
    reports = []
    for base, _, names in os.walk(top):
        for n in names:
            p = os.path.join(base, n)
            if not n.startswith((".", "~$")) and os.path.splitext(n)[1].lower() in (".txt", ".md", ".html", ".docx", ".pdf"):
                reports.append(p)
    return sorted(reports, key=lambda p: p.encode())


# Extra arguments for every run: under the sanitizers, one thread (see --sanitized).
EXTRA = []


def run(cli, args, cwd):
    p = subprocess.run([cli] + EXTRA + args, cwd=cwd, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def essence(f):
    return (f["rule"], f["severity"], f["message"], f["line"], f["column"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    # Under ASan the PDF reader's children (a 2 GiB cap, a time limit) carry the sanitizer's
    # shadow memory, and several at once are refused now and then: there every run uses one
    # thread, and the thread-count comparison is left to the plain build.
    ap.add_argument("--sanitized", action="store_true")
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    if args.sanitized:
        EXTRA.extend(["--jobs", "1"])
    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "province")
        reports = [os.path.relpath(p, tmp) for p in make_tree(tree)]
        summary = os.path.join(tmp, "summary.csv")

        status, out, err = run(cli, ["--format", "jsonl", "--summary", summary, "province"], tmp)
        check(status == 2, f"exit status 2 (a damaged file), got {status}")
        check("damaged.pdf: PDF not read" in err, "stderr names the damaged file: " + err)
        check("4 file(s) of other kinds left out" in err, "stderr counts the files left out: " + err)
        lines = [json.loads(l) for l in out.split("\n") if l]
        kinds = [l["kind"] for l in lines]
        n = len(reports)
        check(kinds == ["report"] * n + ["across"] * (len(kinds) - n), f"reports then across lines: {kinds}")
        got_reports = [l for l in lines if l["kind"] == "report"]
        check([l["file"] for l in got_reports] == reports, f"reports in path order: {[l['file'] for l in got_reports]}")
        across = {l["file"]: l for l in lines if l["kind"] == "across"}
        check(list(across) == ["province/years/2021.txt"], f"one report has last year's: {list(across)}")

        # Each report's findings: those of the file checked alone.
        for line in got_reports:
            s, alone, _ = run(cli, ["--json", line["file"]], tmp)
            want = json.loads(alone)["reports"][0]
            check([essence(f) for f in line["findings"]] == [essence(f) for f in want["findings"]],
                  f"{line['file']}: the findings of the file alone")
            check(line["body"] == want["body"] and line["year"] == want["year"], f"{line['file']}: body and year")

        # The findings across years: those the whole batch in memory gives.
        s, whole, _ = run(cli, ["--json", "province"], tmp)
        in_memory = {r["file"]: r for r in json.loads(whole)["reports"]}
        for name, line in across.items():
            want = [essence(f) for f in in_memory[name]["findings"] if f["rule"].startswith("cross.")]
            check([essence(f) for f in line["findings"]] == want, f"{name}: the findings across years")
            check(line.get("reuse") == in_memory[name].get("reuse"), f"{name}: the reuse measure")
        rules = sorted({f["rule"] for l in across.values() for f in l["findings"]})
        check(rules == ["cross.carry-over", "cross.text-reuse"], f"the pair gives carry-over and reuse: {rules}")

        # The summary, parsed back.
        with open(summary, "rb") as f:
            raw = f.read()
        check(raw.startswith(b"\xef\xbb\xbf"), "summary starts with a BOM")
        rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
        check(list(rows[0].keys()) == ["文件", "单位", "年度", "类型", "格式", "错误", "提醒", "提示", "结论", "待定"],
              f"summary headers: {list(rows[0].keys())}")
        check([r["文件"] for r in rows] == reports, "a summary row per report, in path order")
        for r, line in zip(rows, got_reports):
            found = line["findings"] + across.get(line["file"], {"findings": []})["findings"]
            count = lambda sev: str(sum(1 for f in found if f["severity"] == sev))
            check((r["错误"], r["提醒"], r["提示"]) == (count("error"), count("warning"), count("info")),
                  f"{r['文件']}: summary counts {r}")
            check(r["待定"] == str(len(found)), f"{r['文件']}: every finding open")
            check(r["年度"] == (str(line["year"]) if line["year"] else ""), f"{r['文件']}: year")
            want = "无法读取" if r["文件"].endswith("damaged.pdf") else "需修改" if r["错误"] != "0" else "可发布"
            check(r["结论"] == want, f"{r['文件']}: verdict {r['结论']}")
        check(next(r for r in rows if r["文件"].endswith("洪泽区.pdf"))["类型"] == "PDF", "the PDF's kind")

        # --format json gives the same summary.
        summary_json = os.path.join(tmp, "summary-json.csv")
        run(cli, ["--json", "--summary", summary_json, "province"], tmp)
        with open(summary_json, "rb") as f:
            check(f.read() == raw, "--json writes the same summary")

        # The same output whatever the number of threads.
        for fmt in ([] if args.sanitized else (["--format", "text"], ["--format", "jsonl"])):
            outs = {run(cli, fmt + ["--jobs", str(j), "province"], tmp)[1] for j in (1, 3, 8)}
            check(len(outs) == 1, f"{fmt[1]}: the same output with 1, 3 and 8 threads")
        _, text, _ = run(cli, ["province"], tmp)
        check(text.rstrip("\n").split("\n")[-1].startswith("province/years/2021.txt:")
              and "[cross." in text.rstrip("\n").split("\n")[-1], "text: the findings across years come last")

        # Decisions on the year pair's report: its first error confirmed, every other finding of
        # it accepted (the one across years too), keyed as the JSON keys them.
        name = "province/years/2021.txt"
        mine = in_memory[name]
        errors = [f for f in mine["findings"] if f["severity"] == "error"]
        check(len(errors) >= 1 and any(f["rule"].startswith("cross.") for f in mine["findings"]),
              f"{name}: an error and a finding across years to decide on")
        decided = {f["key"]: {"decision": "confirmed" if f is errors[0] else "accepted", "comment": "审核意见"}
                   for f in mine["findings"]}
        decisions = os.path.join(tmp, "decisions.json")
        with open(decisions, "w", encoding="utf-8") as f:
            json.dump({"gkcheck": "decisions", "version": 1,
                       "reports": {mine["key"]: {"title": name, "findings": decided}}}, f, ensure_ascii=False)
        decided_summary = os.path.join(tmp, "summary-decided.csv")
        _, out, _ = run(cli, ["--format", "jsonl", "--decisions", decisions, "--summary", decided_summary, "province"], tmp)
        lines = [json.loads(l) for l in out.split("\n") if l]
        got = [f for l in lines if l["file"] == name for f in l["findings"]]
        check(sorted(f["decision"] for f in got) == sorted(["confirmed"] + ["accepted"] * (len(got) - 1)),
              f"{name}: every finding decided in jsonl, the across-years ones too: {[f['decision'] for f in got]}")
        with open(decided_summary, "rb") as f:
            row = next(r for r in csv.DictReader(f.read().decode("utf-8-sig").splitlines()) if r["文件"] == name)
        check((row["错误"], row["提醒"], row["提示"], row["待定"], row["结论"]) == ("1", "0", "0", "0", "需修改"),
              f"{name}: the decided summary row {row}")

    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
