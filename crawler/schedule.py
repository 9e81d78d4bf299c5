"""`unionwatch schedule`: run the nightly command every day at a fixed time, for hosts without
cron or systemd timers. Each run is a child process, so every night gets a fresh crawler."""

from __future__ import annotations

import re
import subprocess
import time as clock
from collections.abc import Callable
from datetime import datetime, time, timedelta

from crawler.dates import VN_TZ

_AT = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


def parse_at(text: str) -> time:
    """'HH:MM' or 'HH:MM:SS' (24-hour clock, Vietnam time) -> time."""
    match = _AT.match(text.strip())
    if not match:
        raise ValueError(f"not a time of day (HH:MM or HH:MM:SS): {text!r}")
    hour, minute, second = match.groups()
    return time(int(hour), int(minute), int(second or 0))


def next_run(now: datetime, at: time) -> datetime:
    """The first moment strictly after ``now`` whose clock (in ``now``'s zone) reads ``at``."""
    today = now.replace(hour=at.hour, minute=at.minute, second=at.second, microsecond=0)
    return today if today > now else today + timedelta(days=1)


def run_daily(
    command: list[str],
    at: time,
    *,
    max_runs: int = 0,
    echo: Callable[[str], None] = print,
    now: Callable[[], datetime] = lambda: datetime.now(VN_TZ),
) -> int:
    """Run ``command`` every day at ``at`` until interrupted (or ``max_runs`` runs); returns the
    exit status of the last run. A failed or overlapping run is reported and the loop goes on."""
    runs, status = 0, 0
    while not max_runs or runs < max_runs:
        due = next_run(now(), at)
        echo(f"next nightly run at {due.isoformat()}")
        while (left := (due - now()).total_seconds()) > 0:
            clock.sleep(min(left, 60))  # short naps follow clock changes and suspends
        started = clock.monotonic()
        status = subprocess.run(command).returncode
        runs += 1
        echo(f"nightly run {runs} ended with status {status} after {clock.monotonic() - started:.0f} s")
    return status
