"""`python -m bench` runs its groups end to end on tiny sizes (figures are not asserted: speed
targets belong to `make bench`, never to the tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pipeline_and_enrich_groups_run_on_a_tiny_size(tmp_path):
    results = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "UNIONWATCH_BENCH_RESULTS": str(results),
           "BENCH_PIPELINE_PORTALS": "2", "BENCH_PIPELINE_ARTICLES": "6", "BENCH_PIPELINE_PAIRS": "3",
           "UNIONWATCH_BENCH_ARTICLES": "300"}
    done = subprocess.run([sys.executable, "-m", "bench", "pipeline", "enrich"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(results.read_text(encoding="utf-8"))
    pipeline = figures["pipeline"]
    assert pipeline["bare_pages"] == pipeline["pipeline_pages"] > 12  # both crawls read every page
    assert pipeline["articles"] == 12 and pipeline["crawl_peak_rss_mb"] > 0 and pipeline["ratio"] > 0
    # bare, pipeline, bare, pipeline, bare, pipeline: the figure is the median of the pairs' ratios
    pairs = pipeline["pairs"]
    assert len(pairs) == 3 and all(p["bare_pages"] == p["pipeline_pages"] == pipeline["bare_pages"] for p in pairs)
    assert all(p["articles"] == 12 for p in pairs)  # every pair stores every article
    assert pipeline["pair_ratios"] == [p["ratio"] for p in pairs]
    assert pipeline["ratio"] == sorted(pipeline["pair_ratios"])[1]
    assert all(p["crawl_process_cpu_s"] > 0 and p["crawl_workers_cpu_s"] >= 0 for p in pairs)
    for process in ("bare", "crawl_process", "crawl_workers", "enrich"):
        assert f"{process}_cpu_ms_per_page" in pipeline
    assert "pairs' ratios" in done.stdout and "median of the pairs" in done.stdout
    assert figures["enrich"]["articles"] == 300 and figures["enrich"]["output"].startswith("enriched 300 articles")
    assert "== targets ==" in done.stdout and "pipeline / bare Scrapy" in done.stdout
    assert figures["targets"]["crawl peak memory (RSS)"]["value"] == pipeline["crawl_peak_rss_mb"]


def test_a_command_s_peak_memory_is_its_own_not_the_benchmark_s():
    from bench.pipeline import timed

    ballast = bytearray(400 * 1024 * 1024)  # the benchmark process holds generated data
    for i in range(0, len(ballast), 4096):
        ballast[i] = 1
    figures = timed("-c", "x = bytearray(50 * 1024 * 1024); x[::4096] = b'1' * len(x[::4096]); print('ok')")
    assert figures["last"] == "ok"
    assert 50 <= figures["rss_mb"] < 200
    del ballast
