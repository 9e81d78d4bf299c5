"""The set-up installs the Chromium the browser tests launch, and retries a flaky mirror."""

from __future__ import annotations

import re

from tests.browser.test_chromium import CHROMIUM
from tests.conftest import ROOT

SCRIPT = (ROOT / "scripts" / "install-system-deps.sh").read_text(encoding="utf-8")


def test_chromium_is_looked_for_where_the_tests_launch_it():
    # a Chromium elsewhere on the PATH (a snap, /usr/local/bin) must not stop the install
    assert f"[ -x {CHROMIUM} ] || missing+=(chromium)" in SCRIPT
    assert "command -v chromium" not in SCRIPT


def test_every_apt_get_retries():
    calls = re.findall(r"(?m)^[^#\n]*\bapt-get [^\n]*", SCRIPT)
    assert calls and all("Acquire::Retries=" in call for call in calls)
