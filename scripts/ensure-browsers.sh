#!/usr/bin/env bash
# The browser tests need Debian's chromium and firefox-esr (no browser downloads work here).
# As root on Debian, install what is missing; elsewhere, stop and print the exact command.
set -euo pipefail

# Usage: ensure-browsers.sh [chromium] [firefox-esr]   (default: both)
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium firefox-esr)

missing=()
for pkg in "${wanted[@]}"; do
  command -v "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "The browser tests need: ${missing[*]}. Install them with:" >&2
if command -v apt-get >/dev/null 2>&1; then
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
else
  echo "  your system's package manager (Debian: sudo apt-get install -y ${missing[*]})" >&2
fi
exit 1
