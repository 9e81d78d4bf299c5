"""``exchange_records`` gives its payload's length to warcio, which then digests the payload in
place instead of copying it to temporary files: the records are byte for byte those warcio
writes without the length (the plain definition below), and read back the same."""

from __future__ import annotations

import io
import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
import warcio.recordbuilder
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import archive

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))
WHEN = datetime(2025, 11, 25, 8, 30, 1, tzinfo=UTC)
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Server", "nginx"), ("Content-Length", "12"),
           ("Set-Cookie", "a=b"), ("X-Note", "Liên đoàn")]


def plain_exchange_records(url, status, headers, body, *, request_headers=None, fields=None, when=None):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    date = archive._warc_date(when or datetime.now(UTC))
    kept = [(k, v) for k, v in headers if k.lower() not in archive._DROPPED]
    kept.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(f"{status} {archive._reason(status)}", kept, protocol="HTTP/1.1")
    extra = {"WARC-Date": date, **{k: v for k, v in (fields or {}).items() if v}}
    response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                         warc_headers_dict=extra)
    request_http = StatusAndHeaders(f"GET {archive._path_of(url)} HTTP/1.1", request_headers or [],
                                    is_http_request=True)
    request = writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), http_headers=request_http,
        warc_headers_dict={"WARC-Date": date,
                           "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    writer.write_record(response)
    writer.write_record(request)
    return out.getvalue()


@pytest.fixture
def numbered_ids(monkeypatch):
    """Record ids are random: number them, the same way for both writers."""
    def restart() -> None:
        counter = itertools.count()
        monkeypatch.setattr(warcio.recordbuilder.RecordBuilder, "_make_warc_id",
                            classmethod(lambda cls: f"<urn:uuid:00000000-0000-0000-0000-{next(counter):012d}>"))
    return restart


BODIES = [b"", b"x", b"\r\n\r\n", "<p>Liên đoàn Lao động</p>".encode(), bytes(range(256)) * 300,
          *(p.read_bytes() for p in PAGES[:12])]


@pytest.mark.parametrize("status", [200, 404, 500])
def test_records_are_those_written_without_the_length(numbered_ids, status):
    for body in BODIES:
        args = ("http://127.0.0.1:8000/tin-tuc/bai-1.html?id=5", status, HEADERS, body)
        options = {"request_headers": [("User-Agent", "UnionWatch"), ("Accept", "text/html")],
                   "fields": {"WARC-Source-Id": "ldld-ha-nam", "WARC-Empty": ""}, "when": WHEN}
        numbered_ids()
        ours = archive.exchange_records(*args, **options)
        numbered_ids()
        plain = plain_exchange_records(*args, **options)
        assert ours == plain


def test_records_read_back_with_their_payload_and_digests(numbered_ids):
    numbered_ids()
    body = PAGES[0].read_bytes()
    read = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(io.BytesIO(
        archive.exchange_records("http://127.0.0.1:8000/a", 200, HEADERS, body, when=WHEN)), check_digests="raise")]
    assert read == [("response", body), ("request", b"")]
