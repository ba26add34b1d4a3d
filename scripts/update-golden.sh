#!/usr/bin/env bash
# Rewrites tests/golden/expected/*.findings from the current CLI. Review the diff against
# the defects in tests/golden/expected/README.md before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$(pwd)/build/native/cli/gkcheck"
for f in tests/corpus/seeds/*.txt tests/corpus/real/*.txt; do
  (cd "$(dirname "$f")" && "$cli" "$(basename "$f")" > "$OLDPWD/tests/golden/expected/$(basename "$f" .txt).findings") || true
done
git diff --stat tests/golden/expected
