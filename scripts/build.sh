#!/usr/bin/env bash
# Builds everything: the native CLI and tests, ICU and the HTML/.docx libraries for wasm
# (cached outside the checkout),
# the wasm module, and the web page. Installs what is missing first (system packages, and
# the npm packages of package-lock.json).
#   scripts/build.sh            # all
#   GKCHECK_SKIP_DEPS=1 ...     # skip the package check
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jobs="$(nproc)"
step() { printf '\n[gkcheck] %s\n' "$*"; }

if [ -z "${GKCHECK_SKIP_DEPS:-}" ]; then
  step "checking system packages"
  bash scripts/install-deps.sh
fi

step "native build (build/native)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON > build-native-configure.log 2>&1 \
  || { cat build-native-configure.log; exit 1; }
rm -f build-native-configure.log
cmake --build build/native -j"$jobs"

step "ICU for WebAssembly (cached in ${GKCHECK_CACHE:-\$HOME/.cache/gkcheck})"
icu_prefix="$(bash scripts/build-icu-wasm.sh | tail -n 1)"

step "zlib+minizip, expat for WebAssembly (cached there too)"
deps_prefix="$(bash scripts/build-deps-wasm.sh | tail -n 1)"

step "wasm build (build/wasm)"
export NODE_PATH=/usr/share/nodejs  # Debian's emcc finds acorn there
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DGKCHECK_ICU_WASM_PREFIX="$icu_prefix" \
  -DGKCHECK_DEPS_WASM_PREFIX="$deps_prefix" \
  > build-wasm-configure.log 2>&1 || { cat build-wasm-configure.log; exit 1; }
rm -f build-wasm-configure.log
cmake --build build/wasm -j"$jobs"

# The page build needs esbuild (and the tests playwright-core): installed from the lockfile
# on a fresh checkout and whenever the lockfile changed since.
step "node packages (npm ci)"
if [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

step "web page (build/web)"
node scripts/build-web.mjs --wasm build/wasm/wasm/gkcheck.js --out build/web

step "built: $root/build/native/cli/gkcheck, $root/build/web/gkcheck.html"
