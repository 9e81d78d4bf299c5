"""The full pipeline against a bare Scrapy crawl of the same pages, in one run.

A generated sample web (34 provincial portals x 300 articles by default, pages of about 50 KB
as the real portals' families render them) is served from its own process with every page
rendered in advance. Then, each in a fresh process and timed from start to exit:

1. the bare Scrapy crawl (bench._bare): download and parse every listing and article page;
2. `unionwatch crawl --full` (bench._crawl): the same pages, extracted, normalised, sanitised,
   stored with their versions, fetch log and WARC archive;
3. `unionwatch enrich`: resolution and unit tagging, targets, syndicated copies.

Both crawls run with zero delay, no AutoThrottle, one request at a time per portal and the
project's CONCURRENT_ITEMS. The crawl's CPU time includes its extraction workers'. Figures:
pages per second of each, their ratio (target >= 0.6), peak memory (RSS) of the crawl (target
< 500 MB) and of the enrichment, database size per 1,000 articles.
Sizes: BENCH_PIPELINE_PORTALS, BENCH_PIPELINE_ARTICLES.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORTALS = int(os.environ.get("BENCH_PIPELINE_PORTALS", "34"))
ARTICLES = int(os.environ.get("BENCH_PIPELINE_ARTICLES", "300"))
TARGET_RATIO, TARGET_RSS_MB = 0.6, 500


def timed(*args: str) -> dict[str, object]:
    """Run ``python args`` to the end: wall seconds, CPU seconds and peak RSS (MB) of that
    process alone (measured by bench._rusage), and its last line of output."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err, \
            tempfile.NamedTemporaryFile("r", suffix=".json") as usage:
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "bench._rusage", usage.name, sys.executable, *args],
                              cwd=ROOT, stdout=out, stderr=err, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        lines = [line for line in out.read().splitlines() if line.strip()]
        if proc.returncode:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {err.read().strip()[-800:]}")
        figures = json.loads(Path(usage.name).read_text(encoding="utf-8"))
    return {"wall_s": wall, "cpu_s": figures["cpu_s"], "rss_mb": figures["rss_mb"],
            "last": lines[-1] if lines else ""}


class Web:
    """The generated web in its own process (bench._web), until ``stop``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench._web", str(PORTALS), str(ARTICLES), str(folder)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("ready"):
            self.stop()
            raise RuntimeError("the generated sample web did not start")
        self.pages = int(line.split()[1])

    def stop(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _store_figures(db: Path, run_id: int) -> dict[str, float]:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute(
            "SELECT count(*) FROM fetches WHERE run_id = ? AND kind IN ('listing', 'article') AND outcome = 'ok'",
            [run_id],
        ).fetchone()[0]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"pages": pages, "articles": articles, "db_bytes": db.stat().st_size}


def _line(label: str, text: str) -> None:
    print(f"  {label:<46} {text}", flush=True)


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="uw-bench-pipeline-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        web = Web(folder)
        try:
            print(f"{PORTALS} portals x {ARTICLES} articles generated; {web.pages:,} pages rendered "
                  f"in advance in {time.perf_counter() - started:.0f} s", flush=True)
            bare = timed("-m", "bench._bare", str(folder / "graph.json"))
            bare_pages = json.loads(bare["last"])["pages"]
            db = folder / "unionwatch.db"
            crawl = timed("-m", "bench._crawl", str(folder / "registry.toml"), str(db))
            run_id = json.loads(crawl["last"])["run_id"]
            enrich = timed("-m", "crawler.cli", "enrich", "--db", str(db))
        finally:
            web.stop()
        stored = _store_figures(db, run_id)
        warc = sum(p.stat().st_size for p in (folder / "warc").glob("*")) if (folder / "warc").exists() else 0
    pipeline_s = crawl["wall_s"] + enrich["wall_s"]
    figures = {
        "portals": PORTALS, "articles_per_portal": ARTICLES,
        "bare_pages": bare_pages, "pipeline_pages": stored["pages"], "articles": stored["articles"],
        "bare_seconds": round(bare["wall_s"], 1), "crawl_seconds": round(crawl["wall_s"], 1),
        "enrich_seconds": round(enrich["wall_s"], 1),
        "bare_pages_per_s": round(bare_pages / bare["wall_s"], 1),
        "crawl_pages_per_s": round(stored["pages"] / crawl["wall_s"], 1),
        "pipeline_pages_per_s": round(stored["pages"] / pipeline_s, 1),
        "bare_cpu_s": round(bare["cpu_s"], 1), "crawl_cpu_s": round(crawl["cpu_s"], 1),
        "enrich_cpu_s": round(enrich["cpu_s"], 1),
        "crawl_peak_rss_mb": round(crawl["rss_mb"]), "enrich_peak_rss_mb": round(enrich["rss_mb"]),
        "bare_peak_rss_mb": round(bare["rss_mb"]),
        "db_mb_per_1000_articles": round(stored["db_bytes"] / 1e6 / max(stored["articles"], 1) * 1000, 2),
        "warc_mb_per_1000_articles": round(warc / 1e6 / max(stored["articles"], 1) * 1000, 2),
    }
    figures["ratio"] = round(figures["pipeline_pages_per_s"] / figures["bare_pages_per_s"], 2)
    figures["crawl_only_ratio"] = round(figures["crawl_pages_per_s"] / figures["bare_pages_per_s"], 2)
    # The same comparison in CPU time per page: steadier than wall time on a shared machine.
    figures["cpu_ratio"] = round((bare["cpu_s"] / max(bare_pages, 1))
                                 / ((crawl["cpu_s"] + enrich["cpu_s"]) / max(stored["pages"], 1)), 2)
    f = figures
    _line("bare Scrapy (download + parse)", f"{f['bare_pages']:,} pages in {f['bare_seconds']} s: "
          f"{f['bare_pages_per_s']} pages/s, {f['bare_cpu_s']} CPU s, peak {f['bare_peak_rss_mb']} MB")
    _line("unionwatch crawl (extract + store)", f"{f['pipeline_pages']:,} pages in {f['crawl_seconds']} s: "
          f"{f['crawl_pages_per_s']} pages/s, {f['crawl_cpu_s']} CPU s, peak {f['crawl_peak_rss_mb']} MB")
    _line("unionwatch enrich (tag, targets, copies)", f"{f['articles']:,} articles in {f['enrich_seconds']} s, "
          f"{f['enrich_cpu_s']} CPU s, peak {f['enrich_peak_rss_mb']} MB")
    _line("full pipeline (crawl + enrich)", f"{f['pipeline_pages_per_s']} pages/s")
    _line("ratio to bare Scrapy", f"{f['ratio']} (crawl alone {f['crawl_only_ratio']}; in CPU time per page "
          f"{f['cpu_ratio']}); target >= {TARGET_RATIO}: "
          + ("met" if f["ratio"] >= TARGET_RATIO else "NOT met"))
    _line("crawl peak memory", f"{f['crawl_peak_rss_mb']} MB; target < {TARGET_RSS_MB} MB: "
          + ("met" if f["crawl_peak_rss_mb"] < TARGET_RSS_MB else "NOT met"))
    _line("database per 1,000 articles", f"{f['db_mb_per_1000_articles']} MB (+ WARC archive "
          f"{f['warc_mb_per_1000_articles']} MB)")
    if f["bare_pages"] != f["pipeline_pages"]:
        _line("note", f"page counts differ: bare {f['bare_pages']}, pipeline {f['pipeline_pages']}")
    return figures


if __name__ == "__main__":
    run()
