"""The archive's cost per page: the WARC records of an exchange built and compressed as the crawl
does (`crawler.archive.exchange_records`, ISA-L) against warcio's own gzip (zlib level 9).

Pages: every listing and article page of a generated sample web (8 portals x 25 articles, one
per layout family, fetched over HTTP from 127.0.0.1) and the saved real-page fixtures. CPU
milliseconds per page (best of three rounds, one process) and compressed bytes per page.
"""

from __future__ import annotations

import io
import time
import urllib.request
from datetime import UTC, date, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import archive
from crawler.sampleweb import generate

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Server", "nginx")]
WHEN = datetime(2025, 11, 25, 8, 30, tzinfo=UTC)
ROUNDS = 3


def warcio_records(url: str, body: bytes) -> bytes:
    """The same two records written by warcio with its own gzip (zlib level 9)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    http = StatusAndHeaders("200 OK", [*HEADERS, ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                         http_headers=http, warc_headers_dict={"WARC-Date": "2025-11-25T08:30:00Z"})
    request = writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), length=0,
        http_headers=StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True),
        warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    writer.write_record(response)
    writer.write_record(request)
    return out.getvalue()


def ours(url: str, body: bytes) -> bytes:
    return archive.exchange_records(url, 200, HEADERS, body, when=WHEN)


def generated_pages() -> list[bytes]:
    web = generate(8, 25, seed=0, slow_delay=0, today=date(2025, 11, 25), cache=True).start()
    try:
        urls = [page["url"] for page in (*web.expected_listings(), *web.expected_articles())]
        pages = []
        for url in urls:
            with urllib.request.urlopen(url, timeout=30) as answer:
                pages.append(answer.read())
        return pages
    finally:
        web.stop()


def _measure(build, pages: list[bytes]) -> tuple[float, float]:
    best, size = float("inf"), 0
    for _ in range(ROUNDS):
        started = time.process_time()
        size = sum(len(build("http://127.0.0.1:8000/a.html", body)) for body in pages)
        best = min(best, time.process_time() - started)
    return best / len(pages) * 1000, size / len(pages) / 1024


def run() -> dict[str, object]:
    sets = {"generated": generated_pages(),
            "fixtures": [p.read_bytes() for p in sorted(FIXTURES.rglob("*.html"))]}
    figures: dict[str, object] = {}
    for name, pages in sets.items():
        raw_kb = sum(map(len, pages)) / len(pages) / 1024
        zlib_ms, zlib_kb = _measure(warcio_records, pages)
        isal_ms, isal_kb = _measure(ours, pages)
        print(f"  {name}: {len(pages)} pages of {raw_kb:.1f} KB; warcio (zlib 9) {zlib_ms:.3f} ms, "
              f"{zlib_kb:.1f} KB a page; ours (ISA-L {archive.GZIP_LEVEL}) {isal_ms:.3f} ms, {isal_kb:.1f} KB a page",
              flush=True)
        figures[name] = {"pages": len(pages), "page_kb": round(raw_kb, 1),
                         "warcio_zlib9_ms_per_page": round(zlib_ms, 3), "warcio_zlib9_kb_per_page": round(zlib_kb, 2),
                         "ours_ms_per_page": round(isal_ms, 3), "ours_kb_per_page": round(isal_kb, 2)}
    return figures


if __name__ == "__main__":
    run()
