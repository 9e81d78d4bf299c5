"""`make chaos` (python -m bench.chaos [--kills N] [--seed S]): faults, kills and hostile input.

Two phases against the real CLI, each printed as a row of one table:
- faults: the whole sample web plus every fault portal (crawler/sampleweb/faults.py), crawled once;
- kill -9: the bundled sample web crawled and SIGKILLed N times at seeded random points while
  Datasette is read, then crawled to the end.
"lost" counts expected articles missing at the end, and stored articles that a later kill made
disappear; "duplicates" rows beyond one per source and content; "integrity" the checks passed
(PRAGMA integrity_check, the FTS index, version history, no duplicates) out of those made.
Not part of `make bench` (no ``run()``): it measures survival, not speed.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Poller, Served, check_store, crawl, kill_loop
from crawler import store
from crawler.sampleweb import SampleWeb
from crawler.sampleweb.faults import FAULTS, FaultWeb
from crawler.urls import canonicalize

COLUMNS = ("phase", "faults injected", "requests made", "articles expected", "stored", "lost",
           "duplicates", "integrity checks passed", "seconds")


def fault_phase(workdir: Path) -> tuple[dict, list[str]]:
    """Crawl the sample web with every fault portal; the row and one line per fault."""
    started = time.monotonic()
    with FaultWeb(retry_after=1.0, hang=10.0, slow_delay=0.2) as web:
        registry = workdir / "faults.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        db = workdir / "faults.db"
        crawl(registry, db)
        report = web.report()
        expected = {canonicalize(a["url"]) for a in web.expected_articles()}
        check = check_store(db)
        with sqlite3.connect(db) as conn:
            outcomes = conn.execute("SELECT source_id, outcome, count(*) FROM fetches GROUP BY 1, 2").fetchall()
        lines = []
        for source_id, name in web.fault_of.items():
            fault = FAULTS[name]
            mine = {o: n for s, o, n in outcomes if s == source_id}
            stored = sum(1 for u in check.urls if u.startswith(web.portal(source_id).base_url))
            wanted = 0 if fault.expect == "none" else len(web.portal(source_id).articles) - fault.victims
            recorded = f"{fault.cause}: {mine.get(fault.cause, 0)}" if fault.cause else "-"
            lines.append(f"  {name:17} stored {stored}/{wanted}  recorded {recorded:17} {fault.what}")
        violations = report["violations"]
        lines.append(f"  server-side violations (early retries, robots, off-site, calendar, refetches): {violations or 0}")
    row = {
        "phase": "faults", "faults injected": report["faults_injected"], "requests made": report["requests"],
        "articles expected": len(expected), "stored": len(check.urls & expected),
        "lost": len(expected - check.urls), "duplicates": check.duplicates + len(check.urls - expected),
        "integrity checks passed": f"{int(check.ok)}/1", "seconds": round(time.monotonic() - started, 1),
    }
    return row, lines


def kill_phase(workdir: Path, kills: int, seed: int) -> tuple[dict, list[str]]:
    """Kill the crawl ``kills`` times while Datasette is polled; then let it finish."""
    started = time.monotonic()
    with SampleWeb(slow_delay=0.2) as web:
        registry = workdir / "sampleweb.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        db = workdir / "unionwatch.db"
        store.open_db(db).conn.close()
        served = Served(db)
        poller = Poller(served)
        poller.start()
        try:
            report = kill_loop(registry, db, kills=kills, seed=seed, window=10.0)
        finally:
            poller.stop()
            served.stop()
        expected = {canonicalize(a["url"]) for a in web.expected_articles()}
    with sqlite3.connect(db) as conn:
        requests = conn.execute("SELECT count(*) FROM fetches").fetchone()[0]
    final = report.final
    assert final is not None
    lost = len(expected - final.urls) + sum(r.lost for r in report.rounds)
    bad_polls = [p for p in poller.polls if p.status != 200 or p.locked]
    row = {
        "phase": f"kill -9 x{report.kills}", "faults injected": report.kills, "requests made": requests,
        "articles expected": len(expected), "stored": len(final.urls & expected), "lost": lost,
        "duplicates": final.duplicates + len(final.urls - expected),
        "integrity checks passed": f"{report.checks_passed}/{len(report.rounds) + 1}",
        "seconds": round(time.monotonic() - started, 1),
    }
    lines = [
        "  kills at (s): " + " ".join(f"{'S' if r.early else 'A' if r.storing else ''}{r.after:.1f}"
                                       f"{'F' if r.full else ''}" for r in report.rounds if r.killed)
        + "   (after the run began; S: after launch, while starting up; A: after the run's first"
        " stored article; F: a --full run)",
        f"  stored after each round: {' '.join(str(len(r.check.urls)) for r in report.rounds)}",
        f"  Datasette polled {len(poller.polls)} times during the kills: {len(bad_polls)} errors or 'database is locked'",
    ]
    return row, lines


def table(rows: list[dict]) -> str:
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in COLUMNS]
    out = ["  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(COLUMNS, widths, strict=True)))]
    for r in rows:
        out.append("  ".join(str(r[c]).rjust(w) if i else str(r[c]).ljust(w)
                             for i, (c, w) in enumerate(zip(COLUMNS, widths, strict=True))))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chaos", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs in the kill phase (default 20)")
    parser.add_argument("--seed", type=int, default=20251125, help="seed of the kill times")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="unionwatch-chaos-") as tmp:
        workdir = Path(tmp)
        print(f"UnionWatch chaos run: {len(FAULTS)} fault portals, {args.kills} kills, seed {args.seed}", flush=True)
        faults, fault_lines = fault_phase(workdir)
        print("\n".join(fault_lines), flush=True)
        kills, kill_lines = kill_phase(workdir, args.kills, args.seed)
        print("\n".join(kill_lines), flush=True)
    rows = [faults, kills]
    print()
    print(table(rows))
    failed = any(r["lost"] or r["duplicates"] for r in rows) or any(
        r["integrity checks passed"].split("/")[0] != r["integrity checks passed"].split("/")[1] for r in rows
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
