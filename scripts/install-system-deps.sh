#!/usr/bin/env bash
# Debian packages the tests use: Chromium (browser tests, driven by Playwright) and
# redis-server (distributed crawling). Installed with apt-get only when missing.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing Debian packages: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a system-wide redis-server; the tests start their own on free ports.
$SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
