"""Chaos harness: real crawls in subprocesses, killed with SIGKILL, a Datasette polled meanwhile,
and the store checked after each (used by ``make chaos`` and by tests/test_crash*.py)."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Short time-outs and backoff for a local web: the same code paths, in seconds instead of minutes.
ENV = {
    "UNIONWATCH_DOWNLOAD_TIMEOUT": "3",
    "UNIONWATCH_RETRY_BACKOFF": "0.2",
    "UNIONWATCH_LOG_LEVEL": "ERROR",
    "PYTHONPATH": str(ROOT),
}


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", *args]


def env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, **ENV, **(extra or {})}


def crawl(registry: Path, db: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """One complete `unionwatch crawl` (no delay between requests)."""
    return subprocess.run(
        cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0", *extra),
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env(),
    )


# -- the store after a crash -------------------------------------------------------------------
@dataclass
class StoreCheck:
    integrity: bool
    fts: bool
    urls: set[str]
    duplicates: int  # rows beyond one per (source, content)
    versions_ok: bool  # every article has its versions 1..n

    @property
    def ok(self) -> bool:
        return self.integrity and self.fts and self.versions_ok and not self.duplicates


def check_store(db_path: Path) -> StoreCheck:
    """What a crashed crawl left: PRAGMA integrity_check, the FTS index against its table,
    duplicates and version history. Opens the file directly, without migrating it."""
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "articles" not in tables:
            return StoreCheck(integrity, True, set(), 0, True)
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
            conn.rollback()
            fts = True
        except sqlite3.DatabaseError:
            fts = False
        urls = {r[0] for r in conn.execute("SELECT url FROM articles")}
        rows, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT source_id || ':' || content_hash) FROM articles"
        ).fetchone()
        bad_versions = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.version != (SELECT count(*) FROM article_versions v"
            " WHERE v.article_id = a.id) OR a.content_hash != (SELECT content_hash FROM article_versions v"
            " WHERE v.article_id = a.id AND v.version = a.version)"
        ).fetchone()[0]
        return StoreCheck(integrity, fts, urls, rows - distinct, bad_versions == 0)
    finally:
        conn.close()


# -- Datasette while the crawl writes ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    """`unionwatch serve` over a database, in a subprocess on a free port (its stderr kept in a file,
    so a long-running server never blocks on a full pipe)."""

    STARTUP_SECONDS = 60.0

    def __init__(self, db_path: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.name = db_path.stem
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            cli("serve", "--db", str(db_path), "--host", "127.0.0.1", "--port", str(self.port)),
            cwd=ROOT, env=env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
        )
        try:
            self._wait()
        except BaseException:
            self.stop()
            raise

    def _wait(self) -> None:
        deadline = time.monotonic() + self.STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._log.seek(0)
                raise RuntimeError(f"unionwatch serve exited with {self.proc.returncode}: "
                                   f"{self._log.read().decode(errors='replace').strip()[-500:]}")
            try:
                urllib.request.urlopen(self.base + "/-/versions.json", timeout=2).read()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"unionwatch serve did not answer on {self.base} within {self.STARTUP_SECONDS:.0f} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


@dataclass
class Poll:
    status: int
    locked: bool
    count: int | None


class Poller(threading.Thread):
    """Reads through Datasette as fast as it answers until stopped: a query and a table page."""

    def __init__(self, served: Served):
        super().__init__(daemon=True)
        self.served = served
        self.polls: list[Poll] = []
        self._halt = threading.Event()

    def urls(self) -> Iterable[str]:
        base, name = self.served.base, self.served.name
        while True:
            yield f"{base}/{name}.json?sql=select+count(*)+as+n+from+articles&_shape=array"
            yield f"{base}/{name}/articles.json?_size=5&_shape=array&_sort_desc=first_seen"

    def run(self) -> None:
        for url in self.urls():
            if self._halt.is_set():
                return
            try:
                with urllib.request.urlopen(url, timeout=20) as response:
                    status, body = response.status, response.read().decode("utf-8", "replace")
            except urllib.error.HTTPError as exc:
                status, body = exc.code, exc.read().decode("utf-8", "replace")
            except OSError as exc:
                status, body = 0, str(exc)
            count = None
            if status == 200 and "count(*)" in url:
                count = json.loads(body)[0]["n"]
            self.polls.append(Poll(status, "locked" in body.lower(), count))
            time.sleep(0.02)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=30)


# -- the kill loop -------------------------------------------------------------------------------
@dataclass
class Round:
    number: int
    full: bool
    after: float  # seconds after the run began (or after the process started, if early)
    early: bool  # killed while starting up (imports, migrations), before the run began
    storing: bool  # ``after`` counted from the first article this run stored, not from its start
    killed: bool  # False: the crawl had already finished
    check: StoreCheck
    lost: int  # articles stored before this round and missing after it


@dataclass
class KillReport:
    rounds: list[Round] = field(default_factory=list)
    final: StoreCheck | None = None
    final_returncode: int | None = None
    final_output: str = ""

    @property
    def kills(self) -> int:
        return sum(r.killed for r in self.rounds)

    @property
    def checks_passed(self) -> int:
        checks = [r.check for r in self.rounds] + ([self.final] if self.final else [])
        return sum(c.ok for c in checks)


def _newest(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return 0
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # no such table yet
        return 0
    finally:
        conn.close()


def last_run(db: Path) -> int:
    """The newest crawl_runs id (0 before the first), read without waiting for writers."""
    return _newest(db, "SELECT coalesce(max(id), 0) FROM crawl_runs")


def last_article(db: Path) -> int:
    """The newest articles rowid (0 before the first), read without waiting for writers."""
    return _newest(db, "SELECT coalesce(max(rowid), 0) FROM articles")


def _wait(newest, db: Path, before: int, proc: subprocess.Popen, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if newest(db) > before:
            return True
        time.sleep(0.02)
    return False


def wait_for_run(db: Path, before: int, proc: subprocess.Popen, limit: float = 60) -> bool:
    """Wait until the crawl has opened its run row; False if it ended or never did."""
    return _wait(last_run, db, before, proc, limit)


def wait_for_article(db: Path, before: int, proc: subprocess.Popen, limit: float = 120) -> bool:
    """Wait until the crawl has stored an article past rowid ``before``; False if it ended first."""
    return _wait(last_article, db, before, proc, limit)


def kill_loop(registry: Path, db: Path, kills: int = 20, seed: int = 2025, window: float = 8.0,
              delay: float = 0.0) -> KillReport:
    """Start `unionwatch crawl` (--full on a random half of the rounds, so that later rounds still
    write) and SIGKILL it, ``kills`` times: one round in five while the process starts up (a
    random 0.05..2 s after launch: imports, migrations), the others a random 0..``window``
    seconds after its run began (half that for an incremental run), or, about one round in three of
    these, after the first article the run stored: a loaded machine may take longer than the
    window to store its first article, and the kills must still cut runs in the middle of their
    writes. Check the store after each; then let one crawl finish.
    ``delay``: the crawls' politeness delay, which gives a crawl a length of its own however
    fast the machine extracts (with none, a fast machine may finish a small web before most kills)."""
    rng = random.Random(seed)
    report = KillReport()
    before: set[str] = set()
    number = 0
    while report.kills < kills:
        number += 1
        full = rng.random() < 0.5
        early = rng.random() < 0.2
        # An incremental run after the first ones is short: kill it within half the window.
        after = rng.uniform(0.05, 2.0) if early else rng.uniform(0.0, window if full else window / 2)
        storing = not early and rng.random() < 0.3
        runs_before, articles_before = last_run(db), last_article(db)
        proc = subprocess.Popen(
            cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", str(delay),
                *(["--full"] if full else [])),
            cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if not early:
            wait_for_run(db, runs_before, proc)
        if storing:  # a run with nothing new to store ends before: not killed
            wait_for_article(db, articles_before, proc)
        try:
            proc.wait(timeout=after)
            killed = False
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            killed = True
        check = check_store(db)
        report.rounds.append(Round(number, full, after, early, storing, killed, check, len(before - check.urls)))
        before |= check.urls
    done = crawl(registry, db)
    report.final_returncode, report.final_output = done.returncode, done.stdout + done.stderr
    report.final = check_store(db)
    return report
