#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK: Debian's Chromium, which the browser
# tests drive through Playwright (no browser download: Playwright is pointed at /usr/bin/chromium),
# and the DejaVu fonts the charts are drawn with.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
