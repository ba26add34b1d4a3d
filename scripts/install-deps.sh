#!/usr/bin/env bash
# Installs the system packages gkcheck builds and tests with (Debian bookworm).
# Idempotent: does nothing when every package is already there.
set -euo pipefail

packages=(cmake g++ clang make pkg-config emscripten catch2 nlohmann-json3-dev
          libicu-dev icu-devtools chromium chromium-driver dpkg-dev python3 xz-utils
          libexpat1-dev zlib1g-dev libminizip-dev libpoppler-cpp-dev
          fonts-noto-cjk poppler-utils pigz
          valgrind libclang-rt-14-dev libbenchmark-dev)
# libpoppler-cpp-dev: the CLI reads PDFs natively (cli/pdf_runs_reader.cpp; the page reads
# them with pdf.js, so neither the core nor the wasm build needs poppler).
# fonts-noto-cjk: Chinese in the page's screenshots and PDFs; poppler-utils: pdftotext reads
# the printed report back in the browser tests; pigz: packs the page's wasm (zopfli, -11).
# valgrind: the linearity tests (callgrind); libclang-rt-14-dev: clang's libFuzzer and
# sanitizer runtimes (scripts/fuzz.sh); libbenchmark-dev: the benchmarks (scripts/bench.sh).
# The machine's Node.js ships its own npm; Debian's npm would conflict with it.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "[deps] installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "[deps] system packages present"
fi
