"""`unionwatch enrich --all` on the generated 200,000-article store: time and peak memory.

The store is bench/synthetic.py's (the one the publication figures use), copied so the
re-tagging does not change it. The command runs in its own process, as an operator runs it
after a catalog change: every article tagged again by resolution and unit, then targets and
syndicated copies. Targets: < 5 minutes; memory is reported. Tagging alone is timed on one
core over the first 2,000 stored articles with the function the command calls.
Size: UNIONWATCH_BENCH_ARTICLES (default 200000).
"""

from __future__ import annotations

import os
import shutil
import time

from bench.pipeline import timed
from bench.synthetic import OUT, build
from crawler import store

TARGET_SECONDS = 300
SAMPLE = 2000


def tagging_rate(path) -> float:
    """Articles tagged per second of CPU (one core), as enrich_store tags them."""
    from enrich import tag
    from enrich.run import _source_context

    db = store.open_db(path, migrate=False)
    rows = []
    for row in store.articles_for_tagging(db, everything=True):
        rows.append(row)
        if len(rows) == SAMPLE:
            break
    tag(rows[0]["text"], title=rows[0]["title"])  # load the catalog and the gazetteer first
    started = time.process_time()
    for row in rows:
        tag(row["text"], title=row["title"], source=_source_context(row), published=row["published"])
    return len(rows) / (time.process_time() - started)


def run() -> dict[str, object]:
    n = int(os.environ.get("UNIONWATCH_BENCH_ARTICLES", "200000"))
    source = build(n)
    copy = OUT / f"enrich-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        path = OUT / f"enrich-{n}.db{suffix}"
        path.unlink(missing_ok=True)
    shutil.copyfile(source, copy)
    try:
        rate = tagging_rate(copy)
        print(f"  {'tagging alone, one core':<46} {rate:,.0f} articles/s (target >= 1,000: "
              f"{'met' if rate >= 1000 else 'NOT met'})", flush=True)
        done = timed("-m", "crawler.cli", "enrich", "--all", "--db", str(copy))
    finally:
        for suffix in ("", "-wal", "-shm"):
            (OUT / f"enrich-{n}.db{suffix}").unlink(missing_ok=True)
    figures = {
        "articles": n, "tagging_articles_per_s_one_core": round(rate, 1),
        "enrich_all_seconds": round(done["wall_s"], 1), "enrich_all_cpu_s": round(done["cpu_s"], 1),
        "enrich_all_articles_per_s": round(n / done["wall_s"], 1),
        "enrich_peak_rss_mb": round(done["rss_mb"]), "output": done["last"],
    }
    print(f"  {'unionwatch enrich --all':<46} {n:,} articles in {figures['enrich_all_seconds']} s "
          f"({figures['enrich_all_cpu_s']} CPU s, {figures['enrich_all_articles_per_s']:,} articles/s), peak "
          f"{figures['enrich_peak_rss_mb']} MB; target < {TARGET_SECONDS} s: "
          + ("met" if done["wall_s"] < TARGET_SECONDS else "NOT met"), flush=True)
    print(f"  {done['last']}")
    return figures


if __name__ == "__main__":
    run()
