"""The provenance archive: WARC files per run, and `unionwatch reextract` with the web stopped."""

from __future__ import annotations

import gzip
import re
import sqlite3

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.archive import ArchiveWriter, read_archive
from crawler.sampleweb import SampleWeb
from crawler.urls import canonicalize
from tests.conftest import run_cli

SOURCES = ("tld", "ldld-nghe-an", "ldld-soc-trang")
# A body selector that keeps only paragraphs the old way: the "bad extractor" of the history.
DEGRADED = 'selectors = { body = "article p:first-of-type" }\n'


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_writer_round_trip_gzip_members_and_a_cut_tail(tmp_path):
    path = tmp_path / "7.warc.gz"
    writer = ArchiveWriter(path)
    body = "<html><p>Liên đoàn Lao động tỉnh Sóc Trăng</p></html>".encode()
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
               ("Content-Length", "12")]
    writer.write("http://127.0.0.1/a.html", 200, headers, body,
                 fields={"UnionWatch-Source": "ldld-soc-trang", "UnionWatch-Kind": "article",
                         "UnionWatch-Listing-Date": "2022-02-24"})
    writer.write("http://127.0.0.1/list.html", 200, headers, b"<html>list</html>",
                 fields={"UnionWatch-Source": "ldld-soc-trang", "UnionWatch-Kind": "listing"})
    writer.close()
    assert writer.records == 2
    raw = path.read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    assert gzip.decompress(raw).startswith(b"WARC/1.1")
    with open(path, "rb") as fh:
        types = [r.rec_type for r in ArchiveIterator(fh)]
    assert types == ["warcinfo", "response", "request", "response", "request"]
    pages = list(read_archive(path))
    assert [p.kind for p in pages] == ["article", "listing"]
    first = pages[0]
    assert first.body == body and first.status == 200 and first.source_id == "ldld-soc-trang"
    assert first.listing_date == "2022-02-24" and first.content_type.startswith("text/html")
    assert first.fetched_at.endswith("+07:00")
    with open(path, "rb") as fh:
        stored = [r for r in ArchiveIterator(fh) if r.rec_type == "response"][0]
        assert stored.http_headers.get_header("Content-Encoding") is None
        assert stored.http_headers.get_header("Content-Length") == str(len(body))
    # A crawl killed in the middle of a record: the whole records before the cut still read.
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        offsets = [records.get_record_offset() for r in records if r.rec_type == "response"]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(raw[: offsets[1] + 60])
    assert [p.url for p in read_archive(cut)] == ["http://127.0.0.1/a.html"]


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    """A crawl of three sample portals with a degraded body selector, then the web stopped."""
    folder = tmp_path_factory.mktemp("archive")
    web = SampleWeb(slow_delay=0.1).start()
    try:
        good = web.registry_toml()
        bad = re.sub(r'(?m)^(id = "ldld-nghe-an"\n)', lambda m: m.group(1) + DEGRADED, good)
        assert bad != good
        (folder / "good.toml").write_text(good, encoding="utf-8")
        (folder / "bad.toml").write_text(bad, encoding="utf-8")
        db = folder / "unionwatch.db"
        selected = [arg for s in SOURCES for arg in ("--source", s)]
        crawl = run_cli("crawl", "--registry", str(folder / "bad.toml"), "--db", str(db),
                        "--delay", "0", *selected)
        assert crawl.returncode == 0, crawl.stderr
        expected = [e for e in web.expected_articles() if e["source_id"] in SOURCES]
    finally:
        web.stop()
    return folder, db, expected


def test_every_listing_and_article_response_is_in_the_run_archive(archived):
    folder, db, expected = archived
    [(run_id, warc, records)] = rows(db, "SELECT id, warc, warc_records FROM crawl_runs")
    assert warc == f"warc/{run_id}.warc.gz"
    path = folder / warc
    fetched = rows(db, "SELECT url, kind FROM fetches WHERE kind IN ('listing', 'article') AND status = 200")
    pages = list(read_archive(path))
    assert records == len(pages) == len(fetched)
    assert sorted((p.url, p.kind) for p in pages) == sorted(fetched)
    assert {p.source_id for p in pages} == set(SOURCES)
    stored = {r[0] for r in rows(db, "SELECT url FROM articles")}
    assert stored <= {canonicalize(p.url) for p in pages if p.kind == "article"}
    assert len(stored) == len(expected)
    listed = [p for p in pages if p.kind == "article" and p.source_id == "ldld-soc-trang"]
    assert listed and all(p.listing_url and p.listing_date for p in listed)


def test_reextract_improves_history_without_the_network(archived):
    folder, db, expected = archived
    before = dict(rows(db, "SELECT url, text FROM articles"))
    fetches = rows(db, "SELECT count(*) FROM fetches")[0][0]
    degraded = [e for e in expected if e["source_id"] == "ldld-nghe-an"]
    truth = {canonicalize(e["url"]): e["text"] for e in expected}
    assert sum(before[url] != truth[url] for url in map(canonicalize, (e["url"] for e in degraded))) >= 5

    result = run_cli("reextract", "--registry", str(folder / "good.toml"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert re.search(r"reextracted \d+ archived pages from 1 files", result.stdout)
    after = dict(rows(db, "SELECT url, text FROM articles"))
    changed = {url for url in after if after[url] != before[url]}
    assert changed and changed <= {canonicalize(e["url"]) for e in degraded}
    assert all(after[url] == truth[url] for url in changed)
    for e in expected:  # the other sources' articles kept their single version
        if e["source_id"] != "ldld-nghe-an":
            assert after[canonicalize(e["url"])] == before[canonicalize(e["url"])]
    versions = rows(db, "SELECT article_id, version, via FROM article_versions WHERE via = 'reextract'")
    assert len(versions) == len(changed) and all(v == 2 for _, v, _ in versions)
    assert rows(db, "SELECT count(*) FROM fetches")[0][0] == fetches  # nothing was fetched
    tagged = rows(db, "SELECT count(*) FROM articles WHERE tagged_hash = content_hash")[0][0]
    assert tagged == len(after)

    again = run_cli("reextract", "--registry", str(folder / "good.toml"), "--db", str(db))
    assert again.returncode == 0 and " 0 changed" in again.stdout
    assert rows(db, "SELECT count(*) FROM article_versions")[0][0] == len(after) + len(changed)


def test_reextract_reports_one_line_errors(tmp_path, fresh_db):
    missing = run_cli("reextract", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "no database" in missing.stderr
    empty = run_cli("reextract", "--db", str(tmp_path / "unionwatch.db"))
    assert empty.returncode == 1 and "no archived crawl run" in empty.stderr
    assert empty.stderr.count("\n") == 1


def test_header_pairs_are_scrapys_reading_without_its_look_ups(monkeypatch):
    """The (name, value) pairs of a response's or a request's headers, in Scrapy's order and
    spelling, read from the stored lists (Headers.items() looked each key up again)."""
    from scrapy.http import Headers, Request, Response

    from crawler.archive import _header_pairs

    cases = [
        Headers(),
        Headers({"content-type": "text/html; charset=utf-8", b"SET-COOKIE": [b"a=1", "b=\xe9"],
                 "x-EMPTY": [], "x-int": 7, "Etag": b'"v1"'}),
        Response("http://a.test/", headers={"Last-Modified": "Mon, 01 Dec 2025 00:00:00 GMT",
                                            "vary": ["Accept", "Accept-Encoding"]}).headers,
        Request("http://a.test/", headers={"Accept-Language": "vi", "user-AGENT": "UnionWatch"}).headers,
    ]
    cases[1].appendlist("set-cookie", "c=3")
    cases[1]["x-later"] = "z"
    expected = [[(k.decode("latin-1"), v.decode("latin-1")) for k, vs in h.items() for v in vs] for h in cases]
    assert expected[1][:3] == [("Content-Type", "text/html; charset=utf-8"), ("Set-Cookie", "a=1"),
                               ("Set-Cookie", "b=\xc3\xa9")]

    def refused(*args, **kwargs):
        raise AssertionError("Headers looked up again")

    monkeypatch.setattr(Headers, "items", refused)
    monkeypatch.setattr(Headers, "getlist", refused)
    assert [_header_pairs(h) for h in cases] == expected
    assert _header_pairs({b"X-Plain": [b"1", b"2"]}) == [("X-Plain", "1"), ("X-Plain", "2")]


def _dated_records(data: bytes) -> list[tuple[str, str, str, bytes]]:
    import io

    return [(r.rec_type, r.rec_headers.get_header("WARC-Date"), r.rec_headers.get_header("WARC-Target-URI"),
             r.content_stream().read()) for r in ArchiveIterator(io.BytesIO(data))]


def test_an_exchange_sent_to_a_worker_is_dated_by_its_posix_time():
    """The exchange's time crosses to a worker as POSIX seconds: its records are those of the
    aware datetime of that instant, WARC-Date the UTC second it falls in."""
    import time
    from datetime import UTC, datetime

    from crawler.archive import _exchange, exchange_records

    body = "<p>Liên đoàn Lao động tỉnh</p>".encode()
    for when in (1_741_737_600.0, 1_741_737_600.999_999, 1_741_737_599.5, 1_767_225_599.999, time.time()):
        args = ("http://p.example.vn/a", 200, [("Content-Type", "text/html")], body, [("Accept", "*/*")],
                {"UnionWatch-Kind": "article"})
        records = _dated_records(_exchange(*args, when))
        expected = _dated_records(exchange_records(*args[:4], request_headers=args[4], fields=args[5],
                                                   when=datetime.fromtimestamp(when, UTC)))
        assert records == expected and len(records) == 2
        assert {r[1] for r in records} == {time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(when)))}


def test_the_archive_middleware_dates_a_response_when_it_arrives(tmp_path, monkeypatch):
    """The middleware reads the clock once per response and its records carry that second."""
    import asyncio
    from types import SimpleNamespace

    from scrapy.http import HtmlResponse, Request

    from crawler import archive, store

    db_path = tmp_path / "u.db"
    db = store.open_db(db_path)
    db.conn.execute("INSERT INTO crawl_runs (id, started, mode, status) VALUES (3, '2025-03-12T07:00:00+07:00', 'full', 'running')")
    db.conn.commit()
    settings = {"UNIONWATCH_RUN_ID": 3, "UNIONWATCH_DB": str(db_path)}
    crawler = SimpleNamespace(settings=SimpleNamespace(get=settings.get), spider=SimpleNamespace(), _unionwatch_db=db)
    middleware = archive.ArchiveMiddleware(crawler, tmp_path / "warc" / "3.warc.gz")
    monkeypatch.setattr(archive.time, "time", lambda: 1_741_737_659.75)  # 2025-03-12T00:00:59.75Z
    request = Request("http://p.example.vn/a", meta={"kind": "article", "source_id": "s"})
    response = HtmlResponse("http://p.example.vn/a", body="<p>Công đoàn</p>".encode(), encoding="utf-8",
                            request=request)
    assert asyncio.run(middleware.process_response(request, response)) is response
    middleware.writer.close()
    written = [r for r in _dated_records(gzip.open(tmp_path / "warc" / "3.warc.gz").read()) if r[0] != "warcinfo"]
    assert [(r[0], r[1]) for r in written] == [("response", "2025-03-12T00:00:59Z"), ("request", "2025-03-12T00:00:59Z")]
