#!/usr/bin/env bash
# The CLI over a province: `gkcheck --format jsonl --summary` over N generated reports
# (bench/make_inputs.mjs --reports N: text reports, two years of each body, one in twenty a
# PDF or a .docx), for each N given (default 1,000 and 10,000), on every core. Prints one
# row per N: wall time, reports a second, CPU time (user and system, the PDF readers' too: on
# an idle machine the wall time is about this over the cores), peak resident memory (/usr/bin/time -v: the
# largest of gkcheck and the PDF readers it forks), output size, and the machine's load
# average before the run (the machine may be shared: a load above its cores slows it).
#   bash bench/batch_bench.sh [N...]      GKCHECK_CLI=path/to/gkcheck (default build/native)
# Results: build/bench/batch/table.txt (the inputs and outputs are left in build/bench/batch).
set -euo pipefail
cd "$(dirname "$0")/.."
cli="${GKCHECK_CLI:-build/native/cli/gkcheck}"
out=build/bench/batch
mkdir -p "$out"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
{
  printf '%8s  %8s  %9s  %8s  %8s  %10s  %6s  %s\n' reports seconds reports/s "CPU s" "peak MB" "jsonl MB" pairs \
    "load before (1 min), cores"
  for n in "${sizes[@]}"; do
    dir="$(node bench/make_inputs.mjs --reports "$n" "$out/inputs")"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    status=0
    /usr/bin/time -v "$cli" --format jsonl --summary "$out/summary-$n.csv" "$dir" > "$out/out-$n.jsonl" \
      2> "$out/time-$n.txt" || status=$?
    # 1: errors found, 2: some reports could not be read (the corpus's refused files): both expected.
    [ "$status" -le 2 ] || { tail -20 "$out/time-$n.txt"; exit 2; }
    wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time-$n.txt" |
      awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')"
    cpu="$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$out/time-$n.txt" | paste -sd+ | bc -l)"
    peak_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time-$n.txt")"
    bytes="$(stat -c %s "$out/out-$n.jsonl")"
    pairs="$(grep -c '^{"kind":"across"' "$out/out-$n.jsonl" || true)"
    printf '%8d  %8.1f  %9.0f  %8.1f  %8.1f  %10.0f  %6d  %s, %s\n' "$n" "$wall" "$(echo "$n / $wall" | bc -l)" \
      "$cpu" "$(echo "$peak_kb / 1024" | bc -l)" "$(echo "$bytes / 1048576" | bc -l)" "$pairs" "$load" "$(nproc)"
  done
} | tee "$out/table.txt"
