#!/usr/bin/env bash
# Runs every test: builds first (scripts/build.sh, which also installs the npm packages),
# then the Catch2 suite, CLI checks, the bad-input corpus and the linearity tests (ctest),
# then the Node tests of the wasm build and the Chromium tests of the page; then the native
# tests again under ASan and UBSan, and each libFuzzer target for a fixed number of runs
# (scripts/fuzz.sh --ci).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

printf '\n[gkcheck] native tests (ctest)\n'
ctest --test-dir build/native --output-on-failure -j"$(nproc)"

printf '\n[gkcheck] wasm and browser tests (node --test)\n'
node --test --test-concurrency=1 tests/node/ tests/browser/

printf '\n[gkcheck] native tests under AddressSanitizer and UBSan (build/asan)\n'
cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON -DGKCHECK_SANITIZE=ON \
  > build-asan-configure.log 2>&1 || { cat build-asan-configure.log; exit 1; }
rm -f build-asan-configure.log
cmake --build build/asan -j"$(nproc)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/asan --output-on-failure -j"$(nproc)"

printf '\n[gkcheck] fuzz targets, a fixed number of runs from a fixed seed (build/fuzz)\n'
bash scripts/fuzz.sh --ci
