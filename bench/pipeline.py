"""The full pipeline against a bare Scrapy crawl of the same pages, measured in pairs.

A generated sample web (34 provincial portals x 100 articles by default, pages of about 50 KB
as the real portals' families render them) is served from its own process with every page
rendered in advance, then fetched once over HTTP before anything is timed, so that every crawl
meets the same warm server. Then, pair after pair, each command in a fresh process timed from
start to exit:

1. the bare Scrapy crawl (bench._bare): download and parse every listing and article page;
2. `unionwatch crawl --full` (bench._crawl) into a fresh store: the same pages, extracted,
   normalised, sanitised, stored with their versions, fetch log and WARC archive;
3. `unionwatch enrich`: resolution and unit tagging, targets, syndicated copies.

A pair's ratio is the pipeline's pages per second (crawl + enrich) over the bare crawl's, taken
minutes apart at most; the figure is the median of the pairs' ratios (target >= 0.6), as one
pair on a shared machine measures its load as much as the code. Both crawls run with zero
delay, no AutoThrottle, one request at a time per portal and the project's CONCURRENT_ITEMS.
Also printed: CPU time per page of each process (the bare crawl, the crawl process, its
extraction workers, the enrichment), peak memory (RSS) of the crawl (target < 500 MB) and of
the enrichment, database and archive size per 1,000 articles.
Sizes: BENCH_PIPELINE_PORTALS, BENCH_PIPELINE_ARTICLES, BENCH_PIPELINE_PAIRS (at least 1).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PORTALS = int(os.environ.get("BENCH_PIPELINE_PORTALS", "34"))
ARTICLES = int(os.environ.get("BENCH_PIPELINE_ARTICLES", "100"))
PAIRS = max(1, int(os.environ.get("BENCH_PIPELINE_PAIRS", "3")))
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


def warm(graph_path: Path) -> int:
    """Fetch every page the crawls read (and each portal's robots.txt) once over HTTP."""
    graph = json.loads(graph_path.read_text(encoding="utf-8"))
    urls = {f"{p.scheme}://{p.netloc}/robots.txt" for p in map(urlsplit, graph["starts"])}
    for page in graph["listings"]:
        urls.update([page["url"], *page.get("article_urls", [])])

    def fetch(url: str) -> None:
        try:
            with urllib.request.urlopen(url, timeout=30) as answer:
                answer.read()
        except OSError:  # a page the generated web answers with an error is warm as well
            pass

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(fetch, sorted(urls)))
    return len(urls)


def pair(folder: Path, number: int) -> dict[str, float]:
    """One bare crawl, then the pipeline into a fresh store: their figures."""
    bare = timed("-m", "bench._bare", str(folder / "graph.json"))
    bare_pages = json.loads(bare["last"])["pages"]
    store_dir = folder / f"pair-{number}"
    store_dir.mkdir()
    db = store_dir / "unionwatch.db"
    crawl = timed("-m", "bench._crawl", str(folder / "registry.toml"), str(db))
    crawled = json.loads(crawl["last"])
    enrich = timed("-m", "crawler.cli", "enrich", "--db", str(db))
    stored = _store_figures(db, crawled["run_id"])
    warc = sum(p.stat().st_size for p in (store_dir / "warc").glob("*")) if (store_dir / "warc").exists() else 0
    shutil.rmtree(store_dir)
    pages, articles = stored["pages"], max(stored["articles"], 1)
    pipeline_s = crawl["wall_s"] + enrich["wall_s"]
    f: dict[str, float] = {
        "bare_pages": bare_pages, "pipeline_pages": pages, "articles": stored["articles"],
        "bare_seconds": bare["wall_s"], "crawl_seconds": crawl["wall_s"], "enrich_seconds": enrich["wall_s"],
        "bare_pages_per_s": bare_pages / bare["wall_s"], "crawl_pages_per_s": pages / crawl["wall_s"],
        "pipeline_pages_per_s": pages / pipeline_s,
        "bare_cpu_s": bare["cpu_s"], "crawl_cpu_s": crawl["cpu_s"], "enrich_cpu_s": enrich["cpu_s"],
        "crawl_process_cpu_s": crawled.get("process_cpu_s", crawl["cpu_s"]),
        "crawl_workers_cpu_s": crawled.get("workers_cpu_s", 0.0),
        "crawl_peak_rss_mb": crawl["rss_mb"], "enrich_peak_rss_mb": enrich["rss_mb"],
        "bare_peak_rss_mb": bare["rss_mb"],
        "db_mb_per_1000_articles": stored["db_bytes"] / 1e6 / articles * 1000,
        "warc_mb_per_1000_articles": warc / 1e6 / articles * 1000,
    }
    f["ratio"] = f["pipeline_pages_per_s"] / f["bare_pages_per_s"]
    f["crawl_only_ratio"] = f["crawl_pages_per_s"] / f["bare_pages_per_s"]
    # The same comparison in CPU time per page: steadier than wall time on a shared machine.
    f["cpu_ratio"] = (bare["cpu_s"] / max(bare_pages, 1)) / ((crawl["cpu_s"] + enrich["cpu_s"]) / max(pages, 1))
    for name, cpu, count in (("bare", bare["cpu_s"], bare_pages), ("crawl_process", f["crawl_process_cpu_s"], pages),
                             ("crawl_workers", f["crawl_workers_cpu_s"], pages), ("enrich", enrich["cpu_s"], pages)):
        f[f"{name}_cpu_ms_per_page"] = cpu / max(count, 1) * 1000
    _line(f"pair {number}", f"bare {f['bare_pages_per_s']:.1f} pages/s ({bare['wall_s']:.1f} s), pipeline "
          f"{f['pipeline_pages_per_s']:.1f} pages/s (crawl {crawl['wall_s']:.1f} s + enrich {enrich['wall_s']:.1f} s): "
          f"ratio {f['ratio']:.2f} (crawl alone {f['crawl_only_ratio']:.2f}, CPU {f['cpu_ratio']:.2f})")
    return f


_ROUNDING = {"ratio": 2, "crawl_only_ratio": 2, "cpu_ratio": 2, "db_mb_per_1000_articles": 2,
             "warc_mb_per_1000_articles": 2, "bare_pages": 0, "pipeline_pages": 0, "articles": 0}


def _rounded(name: str, value: float) -> float:
    digits = _ROUNDING.get(name, 0 if name.endswith("_rss_mb") else 2 if "_ms_per_page" in name else 1)
    return round(value, digits) if digits else round(value)


def run() -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="uw-bench-pipeline-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        web = Web(folder)
        try:
            print(f"{PORTALS} portals x {ARTICLES} articles generated; {web.pages:,} pages rendered "
                  f"in advance in {time.perf_counter() - started:.0f} s", flush=True)
            started = time.perf_counter()
            fetched = warm(folder / "graph.json")
            print(f"{fetched:,} pages fetched once over HTTP in {time.perf_counter() - started:.0f} s; "
                  f"{PAIRS} pairs (bare Scrapy, then crawl + enrich into a fresh store):", flush=True)
            pairs = [pair(folder, number) for number in range(1, PAIRS + 1)]
        finally:
            web.stop()
    # Each figure is the median over the pairs; the ratios are the medians of the pairs' ratios.
    figures: dict[str, object] = {"portals": PORTALS, "articles_per_portal": ARTICLES, "pair_count": PAIRS}
    figures.update({name: _rounded(name, statistics.median(p[name] for p in pairs)) for name in pairs[0]})
    figures["pair_ratios"] = [round(p["ratio"], 2) for p in pairs]
    figures["pairs"] = [{name: _rounded(name, value) for name, value in p.items()} for p in pairs]
    f = figures
    _line("bare Scrapy (download + parse)", f"{f['bare_pages']:,} pages in {f['bare_seconds']} s: "
          f"{f['bare_pages_per_s']} pages/s, {f['bare_cpu_s']} CPU s, peak {f['bare_peak_rss_mb']} MB")
    _line("unionwatch crawl (extract + store)", f"{f['pipeline_pages']:,} pages in {f['crawl_seconds']} s: "
          f"{f['crawl_pages_per_s']} pages/s, {f['crawl_cpu_s']} CPU s, peak {f['crawl_peak_rss_mb']} MB")
    _line("unionwatch enrich (tag, targets, copies)", f"{f['articles']:,} articles in {f['enrich_seconds']} s, "
          f"{f['enrich_cpu_s']} CPU s, peak {f['enrich_peak_rss_mb']} MB")
    _line("full pipeline (crawl + enrich)", f"{f['pipeline_pages_per_s']} pages/s")
    _line("CPU ms per page", f"bare Scrapy {f['bare_cpu_ms_per_page']}; crawl process "
          f"{f['crawl_process_cpu_ms_per_page']} + its workers {f['crawl_workers_cpu_ms_per_page']} "
          f"+ enrich {f['enrich_cpu_ms_per_page']}")
    _line("pairs' ratios", ", ".join(f"{r:.2f}" for r in f["pair_ratios"]))  # type: ignore[attr-defined]
    _line("ratio to bare Scrapy (median of the pairs)", f"{f['ratio']} (crawl alone {f['crawl_only_ratio']}; in CPU "
          f"time per page {f['cpu_ratio']}); target >= {TARGET_RATIO}: "
          + ("met" if f["ratio"] >= TARGET_RATIO else "NOT met"))  # type: ignore[operator]
    _line("crawl peak memory", f"{f['crawl_peak_rss_mb']} MB; target < {TARGET_RSS_MB} MB: "
          + ("met" if f["crawl_peak_rss_mb"] < TARGET_RSS_MB else "NOT met"))  # type: ignore[operator]
    _line("database per 1,000 articles", f"{f['db_mb_per_1000_articles']} MB (+ WARC archive "
          f"{f['warc_mb_per_1000_articles']} MB)")
    if any(p["bare_pages"] != p["pipeline_pages"] for p in pairs):
        _line("note", "page counts differ: " + ", ".join(f"bare {p['bare_pages']}, pipeline {p['pipeline_pages']}"
                                                         for p in pairs))
    return figures


if __name__ == "__main__":
    run()
