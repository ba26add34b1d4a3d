#!/usr/bin/env bash
# Builds everything, then serves the page on http://127.0.0.1:8080 with a sample report
# already checked, and names the stand-alone file that opens offline by double-click.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
port="${GKCHECK_PORT:-8080}"
printf '\n[gkcheck] page:             http://127.0.0.1:%s/\n' "$port"
printf '[gkcheck] stand-alone page: %s (open it by double-click, works offline)\n' "$(pwd)/build/web/gkcheck.html"
printf '[gkcheck] command line:     %s --help\n\n' "$(pwd)/build/native/cli/gkcheck"
exec node scripts/serve.mjs --dir build/web/site --port "$port"
