#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET SDK: Debian's Chromium, which the browser
# tests drive through Playwright (no browser download: Playwright is pointed at /usr/bin/chromium).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
