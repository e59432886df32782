#!/usr/bin/env bash
# Every check, in order, stopping at the first failure with a line saying which:
# dependencies, typecheck, lint, unit + component tests, build, browser tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

steps=(
  "dependencies|bash scripts/ensure-test-deps.sh"
  "typecheck|npx tsc --noEmit -p tsconfig.json"
  "lint|npm run --silent lint"
  "unit and component tests|npx vitest run"
  "build (into test-results/dist, for the browser tests)|npx vite build --outDir test-results/dist --emptyOutDir"
  "browser tests|npx vitest run --config tests/browser/vitest.config.ts"
)

total=${#steps[@]}
n=0
started=$SECONDS
for step in "${steps[@]}"; do
  n=$((n + 1))
  name="${step%%|*}"
  command="${step#*|}"
  echo
  echo "==> [$n/$total] $name: $command"
  step_started=$SECONDS
  if ! bash -c "$command"; then
    echo
    echo "✗ npm test FAILED at step $n/$total ($name) after $((SECONDS - started)) s."
    echo "  Re-run it alone with: $command"
    exit 1
  fi
  echo "✓ $name ($((SECONDS - step_started)) s)"
done
echo
echo "✓ npm test passed: all $total steps in $((SECONDS - started)) s."
