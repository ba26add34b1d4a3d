#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang with ASan and UBSan, in build/fuzz) and runs them.
#   scripts/fuzz.sh                    each target 10 minutes, two at a time, corpora kept in
#                                      build/fuzz/corpus/ between runs
#   scripts/fuzz.sh --time 60 check    one target for a minute
#   scripts/fuzz.sh --ci               each target for a fixed number of runs from a fixed seed
#                                      on the seed corpus only: the same inputs every time
# Seeds: the corpus reports, the PDFs' runs texts, the browser and bad-input fixtures. Findings (crashes, leaks,
# timeouts, sanitizer reports) land in build/fuzz/findings/; the script exits 1 if any.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

seconds=600
ci=0
jobs="$(nproc)"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) seconds="$2"; shift 2 ;;
    --ci) ci=1; shift ;;
    --jobs) jobs="$2"; shift 2 ;;
    -*) echo "usage: scripts/fuzz.sh [--ci] [--time SECONDS] [--jobs N] [TARGET...]" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
# Runs per target in --ci mode (about 10-40 s each here), with a time cap as a safety net;
# GKCHECK_FUZZ_CI_RUNS overrides them all.
declare -A CI_RUNS=([decode]=20000 [read_cell_per_line]=10000 [read_tab_separated]=10000
                    [read_pdf_text]=10000 [check]=1000 [extract]=3000 [read_pdf_runs]=3000)
CI_MAX_SECONDS=120
MAX_LEN=32768

printf '[fuzz] building build/fuzz (clang, libFuzzer + ASan + UBSan)\n'
cmake -S . -B build/fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF -DGKCHECK_FUZZ=ON > build-fuzz-configure.log 2>&1 \
  || { cat build-fuzz-configure.log; exit 1; }
rm -f build-fuzz-configure.log
cmake --build build/fuzz -j"$jobs" > build-fuzz.log 2>&1 || { tail -40 build-fuzz.log; exit 1; }
rm -f build-fuzz.log

if [ ${#targets[@]} -eq 0 ]; then
  for f in build/fuzz/fuzz/fuzz_*; do [ -x "$f" ] && targets+=("$(basename "$f" | sed 's/^fuzz_//')"); done
fi

# Seed files: text fixtures for every target; the PDF-text and extract targets read a
# leading byte that picks the mode, so their seeds get one of each.
seed_files() {
  find tests/corpus tests/pdf-runs tests/browser/fixtures tests/bad-inputs -type f -size -${MAX_LEN}c 2>/dev/null | sort
}
make_seeds() {  # target dir
  local t="$1" dir="$2" i=0
  mkdir -p "$dir"
  while IFS= read -r f; do
    i=$((i + 1))
    case "$t" in
      read_pdf_text)
        { printf '\x00'; cat "$f"; } > "$dir/seed-$i-layout"
        { printf '\x01'; cat "$f"; } > "$dir/seed-$i-raw" ;;
      extract)
        case "$f" in
          *.docx) { printf '\x01'; cat "$f"; } > "$dir/seed-$i" ;;
          *) { printf '\x00'; cat "$f"; } > "$dir/seed-$i" ;;
        esac ;;
      *) cp "$f" "$dir/seed-$i" ;;
    esac
  done < <(seed_files)
}

ci_runs() { echo "${GKCHECK_FUZZ_CI_RUNS:-${CI_RUNS[$1]:-1000}}"; }

mkdir -p build/fuzz/findings build/fuzz/logs
status=0
run_one() {  # target
  local t="$1" bin="build/fuzz/fuzz/fuzz_$1" log="build/fuzz/logs/$1.log"
  local seeds corpus args
  args=(-dict=fuzz/report.dict -max_len=$MAX_LEN -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="build/fuzz/findings/$t-" -print_final_stats=1)
  if [ "$ci" = 1 ]; then
    seeds="$(mktemp -d)"
    make_seeds "$t" "$seeds"
    local rc=0
    "$bin" "${args[@]}" -seed=1 -runs="$(ci_runs "$t")" -max_total_time=$CI_MAX_SECONDS "$seeds" > "$log" 2>&1 || rc=$?
    rm -rf "$seeds"
    return $rc
  fi
  corpus="build/fuzz/corpus/$t"
  seeds="build/fuzz/seeds/$t"
  rm -rf "$seeds"
  make_seeds "$t" "$seeds"
  mkdir -p "$corpus"
  "$bin" "${args[@]}" -max_total_time="$seconds" "$corpus" "$seeds" > "$log" 2>&1
}

summary() {  # target rc
  local log="build/fuzz/logs/$1.log" runs execs
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  execs="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  if [ "$2" = 0 ]; then
    printf '[fuzz] %-20s ok      %10s runs  %6s/s\n' "$1" "$runs" "$execs"
  else
    printf '[fuzz] %-20s FAILED  %10s runs  (see %s)\n' "$1" "$runs" "$log"
    grep -m3 -E 'ERROR|invariant|runtime error|SUMMARY' "$log" | sed 's/^/         /' || true
  fi
}

start=$(date +%s)
pids=()
names=()
for t in "${targets[@]}"; do
  [ -x "build/fuzz/fuzz/fuzz_$t" ] || { echo "[fuzz] no target $t" >&2; exit 2; }
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
  printf '[fuzz] %s: %s\n' "$t" "$([ "$ci" = 1 ] && echo "$(ci_runs "$t") runs, seed 1" || echo "${seconds}s")"
  run_one "$t" &
  pids+=($!)
  names+=("$t")
done
for i in "${!pids[@]}"; do
  rc=0
  wait "${pids[$i]}" || rc=$?
  summary "${names[$i]}" "$rc"
  [ "$rc" = 0 ] || status=1
done
printf '[fuzz] %d targets in %ds: %s\n' "${#targets[@]}" "$(( $(date +%s) - start ))" "$([ $status = 0 ] && echo 'no findings' || echo 'FINDINGS')"
exit $status
