"""A command's process ends without the collector's last walks over its heap, and loses nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
sys.argv = ["unionwatch", *sys.argv[1:]]
from crawler.cli import main
main()
"""


def _unionwatch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_a_command_ends_with_its_heap_frozen_and_its_writes_kept(tmp_path):
    db = tmp_path / "unionwatch.db"
    done = _unionwatch("enrich", "--db", str(db), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["enriched 0 articles: 0 resolution tags, 0 unit tags, 0 discovered documents",
                                        "frozen at exit: True"]
    with sqlite3.connect(db) as conn:  # the catalogs it loaded are in the store
        assert conn.execute("SELECT count(*) FROM resolutions").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM units").fetchone()[0] > 0


def test_a_failed_command_ends_the_same_way(tmp_path):
    failed = _unionwatch("extract", str(tmp_path / "missing.html"), "--url", "http://example.org/")
    assert failed.returncode != 0
    assert failed.stdout.splitlines()[-1] == "frozen at exit: True"
