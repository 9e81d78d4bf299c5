"""Scheduling: the in-process daily loop, and the systemd and cron files in deploy/."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import subprocess
from datetime import datetime, time, timedelta

import pytest

from crawler import settings as project_settings
from crawler.dates import VN_TZ
from crawler.sampleweb.registry import portal_entry
from crawler.schedule import next_run, parse_at
from tests.conftest import ROOT, UNIONWATCH, run_cli

DEPLOY = ROOT / "deploy"


@pytest.mark.parametrize(("text", "expected"), [("02:00", time(2, 0)), ("2:05", time(2, 5)), ("23:59:30", time(23, 59, 30))])
def test_parse_at(text, expected):
    assert parse_at(text) == expected


@pytest.mark.parametrize("text", ["24:00", "2h", "02:60", "", "02:00:00:00"])
def test_parse_at_rejects(text):
    with pytest.raises(ValueError):
        parse_at(text)


def test_next_run_is_strictly_in_the_future():
    now = datetime(2025, 11, 20, 1, 30, tzinfo=VN_TZ)
    assert next_run(now, time(2, 0)) == datetime(2025, 11, 20, 2, 0, tzinfo=VN_TZ)
    assert next_run(now, time(1, 30)) == datetime(2025, 11, 21, 1, 30, tzinfo=VN_TZ)
    assert next_run(datetime(2025, 12, 31, 23, 59, 59, tzinfo=VN_TZ), time(0, 0)) == datetime(2026, 1, 1, tzinfo=VN_TZ)


def _schedule_soon(*args: str, lead: float = 3.0) -> tuple[str, int, str, str]:
    """`unionwatch schedule --at` a few seconds from now: (at, exit status, stdout, stderr).

    On a loaded machine the command may start up later than ``at``, and then rightly names
    tomorrow: such a run is stopped and started again with twice the lead."""
    while True:
        at = (datetime.now(VN_TZ) + timedelta(seconds=lead)).strftime("%H:%M:%S")
        proc = subprocess.Popen([*UNIONWATCH, "schedule", "--at", at, *args], cwd=ROOT, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)},
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            first = proc.stdout.readline()
            due = first.removeprefix("next nightly run at ").strip()
            if first.startswith("next nightly run at ") and lead < 100 and \
                    datetime.fromisoformat(due) - datetime.now(VN_TZ) > timedelta(hours=1):
                lead *= 2  # the time had passed when the command read the clock
                continue
            out, err = proc.communicate(timeout=300)
            return at, proc.returncode, first + out, err
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()


def test_schedule_runs_nightly_at_the_given_time(sampleweb, tmp_path):
    registry = tmp_path / "one.toml"
    registry.write_text(portal_entry(sampleweb.portal("ldld-nghe-an"), datetime.now().date()), encoding="utf-8")
    db = tmp_path / "s.db"
    at, status, stdout, stderr = _schedule_soon("--max-runs", "1", "--registry", str(registry),
                                                "--db", str(db), "--delay", "0")
    assert status == 0, stderr
    lines = stdout.splitlines()
    assert lines[0].startswith("next nightly run at ") and at in lines[0]
    assert lines[1].startswith("nightly run 1: ")
    assert re.match(r"nightly run 1 ended with status 0 after \d+ s", lines[-1])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT mode, status, new > 0 FROM crawl_runs").fetchall() == [("nightly", "ok", 1)]


def test_schedule_rejects_a_bad_time_in_one_line():
    result = run_cli("schedule", "--at", "25:00")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["unionwatch: not a time of day (HH:MM or HH:MM:SS): '25:00'"]


def _unit(path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            values[key] = value
    return values


def _nightly_options() -> set[str]:
    help_text = run_cli("nightly", "--help").stdout
    return set(re.findall(r"--[a-z-]+", help_text))


def _check_command(words: list[str]) -> None:
    assert words[0].endswith(".venv/bin/unionwatch") and words[1] == "nightly"
    options = [w for w in words[2:] if w.startswith("--")]
    assert options and set(options) <= _nightly_options()


def test_systemd_units_run_nightly_with_real_options():
    service = _unit(DEPLOY / "unionwatch-nightly.service")
    assert service["Type"] == "oneshot"
    _check_command(shlex.split(service["ExecStart"]))
    timer = _unit(DEPLOY / "unionwatch-nightly.timer")
    assert timer["Unit"] == "unionwatch-nightly.service" and timer["Persistent"] == "true"
    if shutil.which("systemd-analyze"):
        checked = subprocess.run(["systemd-analyze", "calendar", timer["OnCalendar"]], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        assert "Asia/Ho_Chi_Minh" in checked.stdout


def test_cron_line_runs_nightly_at_two_vietnam_time():
    lines = [ln for ln in (DEPLOY / "crontab").read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0] == "CRON_TZ=Asia/Ho_Chi_Minh"
    fields = lines[1].split(None, 5)
    assert fields[:5] == ["0", "2", "*", "*", "*"]
    command = fields[5].split(" && ")[-1].split(" >>")[0]
    _check_command(shlex.split(command))


def test_env_example_names_only_real_settings():
    names = [ln.split("=", 1)[0] for ln in (DEPLOY / "unionwatch.env.example").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    assert names and all(hasattr(project_settings, n) for n in names)
