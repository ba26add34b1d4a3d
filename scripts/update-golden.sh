#!/usr/bin/env bash
# Rewrites tests/golden/expected/*.findings from the current CLI. Review the diff against
# the defects in tests/golden/expected/README.md before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
cli="$(pwd)/build/native/cli/gkcheck"
for f in tests/corpus/seeds/*.txt tests/corpus/real/*.txt; do
  (cd "$(dirname "$f")" && "$cli" "$(basename "$f")" > "$OLDPWD/tests/golden/expected/$(basename "$f" .txt).findings") || true
done
# PDFs (read by poppler): <name>.pdf.findings, beside their text versions' findings.
for f in tests/corpus/real/*.pdf tests/corpus/generated/pdf/*.pdf; do
  (cd "$(dirname "$f")" && "$cli" "$(basename "$f")" > "$OLDPWD/tests/golden/expected/$(basename "$f").findings") || true
done
git diff --stat tests/golden/expected
