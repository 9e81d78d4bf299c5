#!/usr/bin/env bash
# Make sure `python3 -m venv` works: Debian's system Python needs the python3-venv package.
set -euo pipefail
PYTHON=${1:-python3}
if "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "python${version}-venv" || \
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
