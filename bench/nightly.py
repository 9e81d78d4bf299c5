"""Nightly operation at scale: 700 generated portals, a first night that fills the store, then an
unchanged night with the default politeness (1 request per second per host). Target: the
unchanged night stays at <= 2 requests per source and finishes in under 10 minutes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from crawler.sampleweb import generate

ROOT = Path(__file__).resolve().parent.parent
PORTALS = int(os.environ.get("BENCH_NIGHTLY_PORTALS", "700"))
ARTICLES = int(os.environ.get("BENCH_NIGHTLY_ARTICLES", "5"))
TARGET_SECONDS = 600


def _unionwatch(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "UNIONWATCH_DELAY": "1.0"},
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"unionwatch {args[0]} failed: {result.stderr.strip()[-500:]}")
    return time.perf_counter() - started, result


def _run_figures(db: Path, run_id: int) -> dict[str, float]:
    with sqlite3.connect(db) as conn:
        requests, new, changed, duration = conn.execute(
            "SELECT requests, new, changed, duration FROM crawl_runs WHERE id = ?", [run_id]
        ).fetchone()
        per_source = [n for (n,) in conn.execute(
            "SELECT count(*) FROM fetches WHERE run_id = ? GROUP BY source_id", [run_id]
        )]
        not_modified = conn.execute(
            "SELECT count(*) FROM fetches WHERE run_id = ? AND outcome = 'not_modified'", [run_id]
        ).fetchone()[0]
    return {
        "requests": requests, "new": new, "changed": changed, "crawl_seconds": round(duration, 1),
        "not_modified": not_modified, "sources_seen": len(per_source),
        "max_requests_per_source": max(per_source, default=0),
        "mean_requests_per_source": round(sum(per_source) / max(len(per_source), 1), 2),
    }


def run() -> dict[str, object]:
    web = generate(PORTALS, ARTICLES, seed=0, today=date(2025, 11, 1), slow_delay=0).start()
    try:
        with tempfile.TemporaryDirectory(prefix="uw-bench-nightly-") as tmp:
            registry, db = Path(tmp) / "registry.toml", Path(tmp) / "unionwatch.db"
            registry.write_text(web.registry_toml(), encoding="utf-8")
            first_wall, first = _unionwatch("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0")
            night_wall, night = _unionwatch("nightly", "--registry", str(registry), "--db", str(db))
            if night.returncode:
                raise RuntimeError(f"nightly failed: {night.stderr.strip()[-500:]}")
            figures = {
                "portals": PORTALS, "articles_per_portal": ARTICLES,
                "first_night": {"wall_seconds": round(first_wall, 1), **_run_figures(db, 1)},
                "unchanged_night": {"wall_seconds": round(night_wall, 1), **_run_figures(db, 2)},
            }
    finally:
        web.stop()
    quiet = figures["unchanged_night"]
    figures["target_seconds"] = TARGET_SECONDS
    figures["meets_target"] = quiet["wall_seconds"] < TARGET_SECONDS and quiet["max_requests_per_source"] <= 2
    print(f"{PORTALS} portals x {ARTICLES} articles on the generated sample web (127.0.0.1)")
    for name in ("first_night", "unchanged_night"):
        f = figures[name]
        print(
            f"  {name.replace('_', ' '):<16} {f['wall_seconds']:>7.1f} s wall ({f['crawl_seconds']:.1f} s crawl), "
            f"{f['requests']} requests, {f['new']} new, {f['changed']} changed, "
            f"{f['not_modified']} answered 304, requests per source max {f['max_requests_per_source']} "
            f"mean {f['mean_requests_per_source']}"
        )
    print(f"  unchanged night target: < {TARGET_SECONDS} s and <= 2 requests per source "
          f"(politeness 1 request/s per host): {'met' if figures['meets_target'] else 'NOT met'}")
    return figures
