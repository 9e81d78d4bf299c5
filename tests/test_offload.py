"""Extraction in worker processes (spiders/offload.py) stores exactly what extraction in the
crawl process stores; a worker that dies loses nothing; a killed crawl leaves no worker behind."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from bench.harness import cli, env
from crawler.archive import read_archive
from spiders.offload import Offload
from tests.conftest import ROOT, run_cli

QUERIES = {
    "articles": "SELECT url, source_id, title, published, author, text, body_html, unit, unit_level,"
                " province, notes, content_hash, folded FROM articles ORDER BY url",
    "versions": "SELECT a.url, v.version, v.content_hash FROM article_versions v"
                " JOIN articles a ON a.id = v.article_id ORDER BY a.url, v.version",
    "listings": "SELECT url, source_id, content_hash, layout, links FROM listing_state ORDER BY url",
    "seen": "SELECT * FROM seen_urls ORDER BY 1, 2",
    "sources": "SELECT source_id, requests, succeeded, failed, listing_pages, listing_links, articles,"
               " not_articles, new_articles, new_no_date, new_no_author, fields_lost, selector_misses,"
               " new, changed FROM source_runs ORDER BY source_id",
    "outcomes": "SELECT url, kind, status, outcome, extraction FROM fetches ORDER BY url, kind, status",
}


def _crawl(registry: Path, db: Path, workers: int) -> dict[str, list[tuple]]:
    done = run_cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0",
                   env={"UNIONWATCH_EXTRACT_WORKERS": str(workers)})
    assert done.returncode in (0, 1), done.stderr  # 1: the sample web's broken portal
    with sqlite3.connect(db) as conn:
        found = {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
    (warc,) = (db.parent / "warc").glob("*.warc.gz")
    found["archive"] = sorted(
        (r.url, r.status, r.content_type, r.body, r.source_id, r.kind, r.listing_url, r.listing_date)
        for r in read_archive(warc)
    )
    return found


def test_worker_processes_store_what_the_crawl_process_stores(sample_registry, tmp_path):
    inline = _crawl(sample_registry, tmp_path / "inline" / "unionwatch.db", 0)
    pooled = _crawl(sample_registry, tmp_path / "pooled" / "unionwatch.db", 2)
    assert len(inline["articles"]) > 20 and len(inline["archive"]) > len(inline["articles"])
    for name in [*QUERIES, "archive"]:
        assert pooled[name] == inline[name], name


def _where(parent: int) -> str:
    return "worker" if os.getpid() != parent else "crawl process"


def _die_in_worker(parent: int) -> str:
    if os.getpid() != parent:
        os._exit(3)
    return "crawl process"


def test_jobs_run_in_a_worker_and_in_process_once_it_is_broken():
    offload = Offload(1)
    offload.start()
    try:
        async def scenario() -> list[str]:
            here = os.getpid()
            return [await offload.run(_where, here), await offload.run(_die_in_worker, here),
                    await offload.run(_where, here)]

        assert asyncio.run(scenario()) == ["worker", "crawl process", "crawl process"]
    finally:
        offload.close()
    assert asyncio.run(Offload(0).run(_where, os.getpid())) == "crawl process"


def _bytes_of(size: int, seed: int) -> bytes:
    start = seed % 256
    return (bytes(range(256)) * (size // 256 + 2))[start:start + size]


def test_answers_of_every_size_arrive_whole_and_in_order():
    """Answers smaller than one read (several in one), and larger than the read buffer (one
    over several reads), many in flight at once, each its own bytes."""
    sizes = [0, 1, 17, 4096, 40_000, (1 << 20) - 3, 1 << 20, 3 * (1 << 20) + 5, 12, 65_537, 5, 2 * (1 << 20)]
    offload = Offload(1)
    offload.start()
    try:
        async def scenario() -> list[bytes]:
            jobs = [offload.run(_bytes_of, size, n) for n, size in enumerate(sizes * 3)]
            return await asyncio.gather(*jobs)

        answers = asyncio.run(scenario())
    finally:
        offload.close()
    assert answers == [_bytes_of(size, n) for n, size in enumerate(sizes * 3)]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_crawl_leaves_no_worker_behind(sample_registry, tmp_path):
    proc = subprocess.Popen(
        cli("crawl", "--registry", str(sample_registry), "--db", str(tmp_path / "u.db"), "--delay", "0.5"),
        cwd=ROOT, env={**env(), "UNIONWATCH_EXTRACT_WORKERS": "2"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        workers: list[int] = []
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            workers = _children(proc.pid)
        assert len(workers) >= 2, "the crawl started no workers"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


ARTICLE = ("<html><head><title>Hội nghị công đoàn</title></head><body><h1>Liên đoàn Lao động tỉnh tổ chức"
           " hội nghị tổng kết</h1><p>Ngày 12/3/2025, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết công"
           " tác năm 2024 với sự tham dự của đông đảo đoàn viên công đoàn cơ sở.</p></body></html>").encode()


def _article_response(body: bytes = ARTICLE):
    import scrapy
    from scrapy.http import HtmlResponse

    request = scrapy.Request("http://p.example.vn/tin/1.html", meta={
        "source_id": "s", "kind": "article", "listing_date": "2025-03-12", "listing_url": "http://p.example.vn/tin"})
    return request, HtmlResponse(request.url, body=body, headers={"Content-Type": "text/html; charset=utf-8"},
                                 request=request)


class _NoTrip:
    async def run(self, job, *args):
        raise AssertionError("the page was read again")


def _records(data: bytes) -> list[tuple]:
    import io

    from warcio.archiveiterator import ArchiveIterator

    return [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(io.BytesIO(data))]


def test_a_page_read_on_its_archive_trip_is_used_as_it_is_and_only_for_that_response():
    from datetime import UTC, datetime

    from crawler.archive import READ, _exchange, _exchange_and_read
    from crawler.registry import Source
    from spiders.portal import PortalSpider

    source = Source(id="s", name="Liên đoàn Lao động tỉnh", unit_level="province", url="http://p.example.vn/",
                    listing_urls=("http://p.example.vn/tin",))
    spider = PortalSpider(sources=[source])
    request, response = _article_response()
    job, args = spider.page_job(request, response)
    exchange = (response.url, 200, [("Content-Type", "text/html")], response.body, [], {},
                datetime(2025, 3, 12, tzinfo=UTC).timestamp())
    records, ok, result = _exchange_and_read(exchange, job, args)
    assert _records(records) == _records(_exchange(*exchange)) and len(_records(records)) == 2
    assert ok and result[1] == job(*args)[1] and result[1].title

    request.meta[READ] = (response.url, response.body, True, result)
    spider.offload = _NoTrip()
    assert asyncio.run(spider._read(response)) is result
    request.meta[READ] = (response.url, response.body, False, ValueError("unreadable page"))
    with pytest.raises(ValueError, match="unreadable"):
        asyncio.run(spider._read(response))

    other_request, other = _article_response(ARTICLE.replace(b"2024", b"2023"))
    other_request.meta[READ] = (other.url, response.body, True, result)  # another body: read again
    spider.offload = Offload(0)
    assert "2023" in asyncio.run(spider._read(other))[1].text
    records, ok, failure = _exchange_and_read(exchange, int, ("not a number",))
    assert not ok and isinstance(failure, ValueError) and _records(records) == _records(_exchange(*exchange))
