#!/usr/bin/env bash
# Install what the checks need, once: node_modules (npm ci) and, unless --no-browser,
# Debian's Chromium for the browser tests. Safe to run again: it does nothing when both
# are there. Never downloads a browser build of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -d node_modules ]; then
  echo "ensure-test-deps: node_modules is missing; running npm ci"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" != "--no-browser" ] && [ ! -x "$chromium" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-test-deps: $chromium is missing and this is not root." >&2
    echo "  Install Debian's Chromium (sudo apt-get install -y chromium), or set CHROMIUM_PATH." >&2
    exit 1
  fi
  echo "ensure-test-deps: $chromium is missing; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
  if [ ! -x "$chromium" ]; then
    echo "ensure-test-deps: chromium installed but $chromium is still missing" >&2
    exit 1
  fi
fi
