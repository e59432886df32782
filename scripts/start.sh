#!/usr/bin/env bash
# Install (first time only), build and serve the app on http://127.0.0.1:4173/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
host="${HOST:-127.0.0.1}"
port="${PORT:-4173}"
bash scripts/ensure-test-deps.sh --no-browser
npx vite build
echo
echo "Stance Map is starting at http://$host:$port/  (the embedded dataset; Ctrl+C stops it)"
echo
exec npx vite preview --host "$host" --port "$port" --strictPort
