#!/usr/bin/env bash
# Runs every test: builds first (scripts/build.sh), then the Catch2 suite and CLI checks
# (ctest), then the Node tests of the wasm build and the Chromium tests of the page.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh

printf '\n[gkcheck] native tests (ctest)\n'
ctest --test-dir build/native --output-on-failure -j"$(nproc)"

printf '\n[gkcheck] node packages (npm ci)\n'
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

printf '\n[gkcheck] wasm and browser tests (node --test)\n'
node --test --test-concurrency=1 tests/node/ tests/browser/
