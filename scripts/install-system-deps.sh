#!/usr/bin/env bash
# Debian packages the tests use: Chromium (browser tests, driven by Playwright) and
# redis-server (distributed crawling). Installed with apt-get only when missing.
set -euo pipefail
missing=()
# The browser tests launch /usr/bin/chromium itself: a Chromium elsewhere on the PATH does not count.
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing Debian packages: ${missing[*]}" >&2
$SUDO apt-get -o Acquire::Retries=3 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a system-wide redis-server; the tests start their own on free ports.
$SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
