#!/usr/bin/env bash
# Install what the checks need, once: node_modules (npm ci) and, unless --no-browser,
# Debian's Chromium and sqlite3 for the browser and file tests. Safe to run again: it
# does nothing when all are there. Never downloads a browser build of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -d node_modules ]; then
  echo "ensure-test-deps: node_modules is missing; running npm ci"
  npm ci --no-audit --no-fund
fi

# Debian packages the browser and file tests use: Chromium, and the sqlite3 command that
# reads exported DNA databases back as a second, independent SQLite client.
packages=()
if [ "${1:-}" != "--no-browser" ]; then
  [ -x "$chromium" ] || packages+=(chromium)
  command -v sqlite3 >/dev/null 2>&1 || packages+=(sqlite3)
fi

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-test-deps: missing ${packages[*]} and this is not root." >&2
    echo "  Install Debian's packages (sudo apt-get install -y ${packages[*]}), or set CHROMIUM_PATH." >&2
    exit 1
  fi
  echo "ensure-test-deps: installing Debian's ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${packages[@]}"
  if [ ! -x "$chromium" ]; then
    echo "ensure-test-deps: chromium installed but $chromium is still missing" >&2
    exit 1
  fi
fi
