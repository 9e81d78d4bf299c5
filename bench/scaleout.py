"""Scale-out: one distributed crawl of a generated sample web with 1, 2 and 3 `unionwatch crawl
--redis` workers on this machine, a real redis-server and one `unionwatch ingest`.

Two regimes: ``cpu`` (no politeness delay: the workers compete for this machine's cores with
the sample web, Redis and the writer) and ``polite`` (a delay per host, as on the real web: one
worker's 16 concurrent requests are the limit, and more workers take more hosts at once).
Crawl seconds are the crawl's own span on the Redis clock (seeded -> done), without process
start-up. Also printed: Redis memory per queued request, per fingerprint and per known URL,
the inputs of the arithmetic in docs/scale-out.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import redis
import scrapy

from crawler import store
from crawler.distributed import serial
from crawler.distributed.ingest import Ingest
from crawler.distributed.keys import Keys
from crawler.distributed.local import LocalRedis
from crawler.sampleweb import generate

ROOT = Path(__file__).resolve().parent.parent
PORTALS = int(os.environ.get("BENCH_SCALEOUT_PORTALS", "40"))
ARTICLES = int(os.environ.get("BENCH_SCALEOUT_ARTICLES", "15"))
POLITE_DELAY = float(os.environ.get("BENCH_SCALEOUT_DELAY", "1.0"))
WORKERS = (1, 2, 3)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def _wait(process: subprocess.Popen, what: str) -> str:
    out, err = process.communicate(timeout=1800)
    if process.returncode:
        raise RuntimeError(f"{what} failed: {err.strip()[-500:]}")
    return out


def _workers(url: str, registry: Path, workers: int, delay: float) -> None:
    crawlers = [_cli("crawl", "--registry", str(registry), "--redis", url, "--delay", str(delay),
                     env={"UNIONWATCH_REDIS_WORKER": f"bench-{i}"}) for i in range(workers)]
    for i, process in enumerate(crawlers):
        _wait(process, f"worker {i}")


def _writer(url: str, registry: Path, db_path: Path) -> dict[str, float]:
    """The writer alone on a crawl's records (workers done first): writing, then tagging."""
    from enrich.run import enrich_store

    _workers(url, registry, 2, 0.0)
    server = redis.Redis.from_url(url)
    records = server.llen(Keys().items)
    articles = [r for r in server.lrange(Keys().items, 0, -1) if b'"kind": "article"' in r[:40]]
    db = store.open_db(db_path)
    started = time.perf_counter()
    Ingest(db, server, Keys(), batch=200).run()
    written = time.perf_counter()
    enrich_store(db)
    tagged = time.perf_counter()
    return {"records": records, "articles": db["articles"].count,
            "bytes_per_article_record": round(sum(map(len, articles)) / max(len(articles), 1)),
            "write_seconds": round(written - started, 2), "tag_seconds": round(tagged - written, 2),
            "records_per_s": round(records / (written - started), 1),
            "articles_tagged_per_s": round(db["articles"].count / (tagged - written), 1)}


def _crawl(url: str, registry: Path, db: Path, workers: int, delay: float) -> dict[str, float]:
    """One crawl, the writer running alongside the workers."""
    started = time.perf_counter()
    ingest = _cli("ingest", "--redis", url, "--db", str(db))
    _workers(url, registry, workers, delay)
    workers_done = time.perf_counter()
    _wait(ingest, "ingest")
    done = time.perf_counter()
    crawl = {k.decode(): v.decode() for k, v in redis.Redis.from_url(url).hgetall(Keys().crawl).items()}
    seconds = float(crawl["finished"]) - float(crawl["started"])
    conn = store.open_db(db)
    requests = conn.execute("SELECT count(*) FROM fetches").fetchone()[0]
    per_host = conn.execute(
        "SELECT max(n) FROM (SELECT count(*) AS n FROM fetches WHERE kind != 'robots' GROUP BY"
        " substr(url, 1, instr(substr(url, 8), '/') + 7))"
    ).fetchone()[0]
    articles = conn["articles"].count
    return {
        "workers": workers, "requests": requests, "articles": articles,
        "crawl_seconds": round(seconds, 2), "pages_per_s": round(requests / seconds, 1),
        "articles_per_s": round(articles / seconds, 1),
        "politeness_bound_s": round((per_host - 1) * delay, 1),
        "ingest_after_workers_s": round(done - workers_done, 1), "wall_seconds": round(done - started, 1),
    }


class _Spider(scrapy.Spider):
    name = "portal"

    def parse_article(self, response):  # the callback names a queued request carries
        pass

    def failed(self, failure):
        pass


def _memory(url: str) -> dict[str, float]:
    """Bytes Redis spends per fingerprint (dupefilter), per known URL and per queued request."""
    server, keys = redis.Redis.from_url(url), Keys()
    per = {}
    for name, key in (("fingerprint", keys.dupefilter), ("known_url", keys.known)):
        n = server.scard(key)
        per[f"bytes_per_{name}"] = round(server.memory_usage(key, samples=0) / n, 1) if n else 0.0
    spider = _Spider()
    sample = scrapy.Request(
        "http://ldld.example.vn/tin-tuc/tin-hoat-dong/2025/11/ldld-tinh-to-chuc-hoi-nghi-1234.html",
        callback=spider.parse_article, errback=spider.failed,
        meta={"source_id": "ldld-tinh-example", "kind": "article", "download_slot": "ldld.example.vn",
              "listing_url": "http://ldld.example.vn/tin-tuc/tin-hoat-dong?page=3",
              "listing_date": "2025-11-20", "known": None, "probe_only": False,
              "key": "http://ldld.example.vn/tin-tuc/tin-hoat-dong/2025/11/ldld-tinh-to-chuc-hoi-nghi-1234.html"},
    )
    per["bytes_per_queued_request"] = len(serial.dumps(sample.to_dict(spider=spider)).encode()) + 24
    return per


def run() -> dict[str, object]:
    web = generate(PORTALS, ARTICLES, seed=3, today=date(2025, 11, 1), slow_delay=0).start()
    figures: dict[str, object] = {"portals": PORTALS, "articles_per_portal": ARTICLES,
                                  "cpus": os.cpu_count(), "polite_delay": POLITE_DELAY}
    try:
        with LocalRedis() as server, tempfile.TemporaryDirectory(prefix="uw-bench-scaleout-") as tmp:
            registry = Path(tmp) / "registry.toml"
            registry.write_text(web.registry_toml(), encoding="utf-8")
            db_index = 0
            for regime, delay in (("cpu", 0.0), ("polite", POLITE_DELAY)):
                rows = []
                for n in WORKERS:
                    db_index += 1
                    url = server.url(db_index)
                    rows.append(_crawl(url, registry, Path(tmp) / f"{regime}-{n}.db", n, delay))
                figures[regime] = rows
            figures["redis"] = _memory(server.url(db_index))
            figures["writer"] = _writer(server.url(db_index + 1), registry, Path(tmp) / "alone.db")
    finally:
        web.stop()
    print(f"{PORTALS} portals x {ARTICLES} articles, generated sample web on 127.0.0.1, "
          f"{os.cpu_count()} CPUs shared by the web, redis-server, the workers and the writer")
    for regime in ("cpu", "polite"):
        label = "no delay" if regime == "cpu" else f"{POLITE_DELAY} s per host"
        base = figures[regime][0]["pages_per_s"]
        for row in figures[regime]:
            print(f"  {regime:<6} ({label}) {row['workers']} worker(s): {row['requests']} requests in "
                  f"{row['crawl_seconds']:.1f} s = {row['pages_per_s']:.1f} pages/s "
                  f"(x{row['pages_per_s'] / base:.2f}; politeness bound {row['politeness_bound_s']:.1f} s), "
                  f"{row['articles']} articles stored, writer done "
                  f"{row['ingest_after_workers_s']:.1f} s after the workers")
    w = figures["writer"]
    print(f"  writer alone: {w['records']} records written in {w['write_seconds']:.1f} s = "
          f"{w['records_per_s']:.1f} records/s; tagging {w['articles']} articles {w['tag_seconds']:.1f} s = "
          f"{w['articles_tagged_per_s']:.1f} articles/s; {w['bytes_per_article_record']} B per article record")
    mem = figures["redis"]
    print(f"  Redis: {mem['bytes_per_queued_request']} B per queued request (JSON), "
          f"{mem['bytes_per_fingerprint']} B per fingerprint, {mem['bytes_per_known_url']} B per known URL")
    return figures
