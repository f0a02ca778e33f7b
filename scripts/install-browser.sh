#!/usr/bin/env bash
# Installs the headless browser the explorer's browser test drives: Debian's chromium package (from the
# distribution's own mirrors; nothing is downloaded by npm). Does nothing when a Chromium is already there.
set -euo pipefail

for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    echo "browser: $(command -v "$candidate") ($("$candidate" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No chromium and no apt-get: install Chromium with your system's package manager, or set CHROMIUM_PATH." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium
echo "browser: $(command -v chromium) ($(chromium --version 2>/dev/null || true))"
