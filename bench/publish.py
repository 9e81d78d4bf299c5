"""Publication figures on a generated store: search, facets, feed export, one live feed.

Targets (issues 7 and 8), on 200,000 articles: full-text query p50 < 50 ms and p95 < 200 ms,
facet page < 500 ms, all feeds built < 10 s, one live feed < 100 ms. Requests go over HTTP to a
real `unionwatch serve` process on 127.0.0.1 (``bench/_served.py``), so the figures include SQL,
plugin functions, rendering and the server's own handling, and nothing this process did before.
Set UNIONWATCH_BENCH_ARTICLES for another store size.

Searches and pages are measured on the store as the product leaves it: a copy of the generated
store with the nightly upkeep run on it (its full-text index merged into one segment,
``bench/_maintained.py``; the copy is kept for later runs). The searches are then measured again
on the store as generated, in the same run, under ``as generated``. Each line gives the p50 of
the server process's CPU time per request too (all its threads), steadier than wall time on a
busy machine.

The feed export is timed with the store in memory: the store file is read through first, and
the share of it the kernel already held is printed (after a long group such as ``pipeline`` a
machine may have dropped it, and the export then timed the disk; bench/_pagecache.py).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench._maintained import describe, maintained
from bench._pagecache import in_memory, read_through
from bench._served import Served
from bench.synthetic import build
from crawler import store
from crawler.textnorm import fold
from feeds.export import export

QUERIES = [
    "nghị quyết 02", "nghi quyet 02", "liên đoàn lao động", "lien doan lao dong", "mái ấm công đoàn",
    "mai am cong doan", "Tháng Công nhân", "thang cong nhan", "đối thoại", "doi thoai",
    "an toàn vệ sinh lao động", "an toan ve sinh lao dong", "02-NQ/TW", "Chỉ thị 05", "chi thi 05",
    "tập huấn", "tap huan", "đoàn viên", "doan vien", "Bình Dương", "binh duong", "thỏa ước",
    "thoa uoc lao dong tap the", "Sóc Trăng", "soc trang", "công nhân lao động có hoàn cảnh khó khăn",
]


def _facet_pages(name: str) -> list[tuple[str, str]]:
    """(label, URL) of the three facet pages timed, for the database ``name``."""
    return [
        ("facet page: articles, 8 facets (HTML)", f"/{name}/articles"),
        ("facet page: search + 8 facets (HTML)", f"/{name}/articles?_search=lien+doan"),
        ("facet page: province filter (HTML)", f"/{name}/articles?province_new=C%E1%BA%A7n+Th%C6%A1"),
    ]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _measure(path: Path, searches_only: bool = False, suffix: str = "") -> dict[str, object]:
    figures: dict[str, object] = {}

    def report(label: str, times: list[float], cpu: list[float], statuses: list[int]) -> None:
        bad = [s for s in statuses if s not in (200, 304)]
        p50, p95, cpu50 = statistics.median(times), _percentile(times, 0.95), statistics.median(cpu)
        figures[label] = {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "cpu_p50_ms": round(cpu50, 1),
                          "n": len(times), "errors": len(bad)}
        print(f"{label + suffix:<44} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   cpu p50 {cpu50:6.1f} ms   "
              f"n={len(times)}" + (f"   {len(bad)} errors" if bad else ""), flush=True)

    def time_urls(server: Served, label: str, urls: list[str], headers: dict[str, str] | None = None) -> None:
        """Time ``urls`` one after another on ``server`` and report them under ``label``."""
        times, cpu, statuses = [], [], []
        for url in urls:
            ms, cpu_ms, response = server.get(url, headers)
            times.append(ms)
            cpu.append(cpu_ms)
            statuses.append(response.status_code)
        report(label, times, cpu, statuses)

    name = path.stem
    with Served(path) as server:
        server.get(f"/{name}/articles.json?_size=1")  # open connections, warm the schema cache
        for label, template in (
            ("ranked search with snippets (search.json)", f"/{name}/search.json?q={{q}}&_shape=array"),
            ("table search, folded (articles.json?_search)",
             f"/{name}/articles.json?_search={{q}}&_size=50&_facet_size=0&_nofacet=1"),
        ):
            time_urls(server, label, [template.format(q=query.replace(" ", "+")) for query in QUERIES])
        # The server remembers counts, match sets and ranked answers while the store is unchanged,
        # and the accented and unaccented spellings of a query share them. Here a second server process, warmed with
        # other searches, is sent each query once in its first spelling only: every search timed is
        # new to it.
        with Served(path) as fresh:
            for warm in ("xyz", "hội nghị"):
                fresh.get(f"/{name}/articles.json?_search={warm.replace(' ', '+')}&_size=1")
            firsts = list({fold(query): query for query in reversed(QUERIES)}.values())[::-1]
            time_urls(fresh, "table search, each search new to the server",
                      [f"/{name}/articles.json?_search={q.replace(' ', '+')}&_size=50&_facet_size=0&_nofacet=1"
                       for q in firsts])
            # The server remembers a ranked search's answer while the store is unchanged (both
            # spellings share it): here each is asked once, in its first spelling.
            time_urls(fresh, "ranked search, each search new to the server",
                      [f"/{name}/search.json?q={q.replace(' ', '+')}&_shape=array" for q in firsts])
            if not searches_only:
                # A researcher's first facet pages: each asked once of a server that has served
                # searches but no facet page yet (the lines below repeat each page 5 times).
                time_urls(fresh, "facet pages, each new to the server", [url for _, url in _facet_pages(name)])
        if searches_only:
            return figures
        for label, url in _facet_pages(name):
            time_urls(server, label, [url] * 5)
        for label, url in (
            ("live feed: resolution 02-NQ-TW (RSS)", "/feeds/resolution/02-NQ-TW.rss"),
            ("live feed: all articles (Atom)", "/feeds/all/all.atom"),
            ("live feed: combined filters (RSS)", "/feeds/all/all.rss?resolution=02-NQ/TW&province=can-tho"),
            ("live feed: a province (RSS)", "/feeds/province/ha-noi.rss"),
        ):
            time_urls(server, label, [url] * 10)
        first = server.get("/feeds/resolution/02-NQ-TW.rss")[2]
        time_urls(server, "live feed: conditional GET answered 304", ["/feeds/resolution/02-NQ-TW.rss"] * 10,
                  {"if-none-match": first.headers.get("etag", "")})
    return figures


def _read_first(path: Path, before: str, key: str) -> dict[str, object]:
    """Read ``path`` into memory before a timing; say how much of it the machine still held."""
    held, size = in_memory(path), path.stat().st_size
    read_s = read_through(path)
    print(f"store read into memory before {before}: {'unknown' if held is None else f'{held / size:.0%}'} "
          f"of it was held, read in {read_s:.1f} s", flush=True)
    return {f"store_held_before_{key}": None if held is None else round(held / size, 3),
            f"store_read_s_before_{key}": round(read_s, 2)}


def run() -> dict[str, object]:
    n = int(os.environ.get("UNIONWATCH_BENCH_ARTICLES", "200000"))
    path = build(n)
    db = store.open_db(path, migrate=False)
    counts = store.table_counts(db)
    print(f"store: {counts['articles']:,} articles, {counts['article_resolutions']:,} resolution tags, "
          f"{counts['sources']:,} sources, {path.stat().st_size / 1e6:.0f} MB", flush=True)
    # The export first, in a process that has served nothing yet, as `unionwatch feeds export`
    # runs in the nightly (not after two Datasette instances and their caches in this process).
    exported: dict[str, object] = {}
    # The store in memory first: after a group that ran for minutes without reading it, the
    # machine may have dropped its pages, and the export would then time the disk (one cold run
    # read 1.2 GB of the 1.6 GB file; bench/_pagecache.py). What was held, and the read, are said.
    exported.update(_read_first(path, "the export", "export"))
    out = Path(tempfile.mkdtemp(prefix="uw-feeds-"))
    try:
        for label, key in (("all feeds exported, cold (RSS + Atom + OPML)", "export_all_feeds_cold"),
                           ("all feeds exported again, nothing changed", "export_all_feeds_warm")):
            started = time.perf_counter()
            done = export(db, out, "http://127.0.0.1:8001")
            seconds = time.perf_counter() - started
            print(f"{label:<44} {seconds:7.2f} s   {done.written} written, {done.unchanged} unchanged",
                  flush=True)
            exported[key] = {"seconds": round(seconds, 2), "written": done.written, "unchanged": done.unchanged}
    finally:
        shutil.rmtree(out, ignore_errors=True)
    served, merged = maintained(path)
    print(describe(served, merged), flush=True)
    # The same for the searches and facet pages: the served copy, and the store as generated,
    # may have been dropped while the export ran; a first page would then time the disk.
    read_served = _read_first(served, "the searches", "searches")
    figures = _measure(served)
    figures.update(read_served)
    if merged is not None:
        figures["upkeep"] = {"segments_before": merged.segments_before, "segments_after": merged.segments_after,
                             "seconds": round(merged.seconds, 1)}
    print(f"store as generated: {path.name}", flush=True)
    read_generated = _read_first(path, "the searches [as generated]", "searches")
    generated = _measure(path, searches_only=True, suffix=" [as generated]")
    generated.update(read_generated)
    figures["as generated"] = generated
    figures.update(exported)
    figures["articles"] = counts["articles"]
    return figures
