"""``exchange_records`` gives its payload's length to warcio, which then digests the payload in
place instead of copying it to temporary files, and compresses each record with ISA-L instead of
warcio's zlib: the records, once decompressed, are byte for byte those warcio writes without the
length (the plain definition below), one gzip member each as warcio writes them, and they read
back the same, by warcio and by the standard tools."""

from __future__ import annotations

import gzip
import io
import itertools
import subprocess
import sys
import zlib
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


def members(data: bytes) -> list[bytes]:
    """The decompressed gzip members of ``data``, in order (it must end on a member's end)."""
    found = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        found.append(member.decompress(data))
        assert member.eof, "a member is cut short"
        data = member.unused_data
    return found


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
        assert members(ours) == members(plain)
        response, request = members(ours)
        assert b"\r\nWARC-Type: response\r\n" in response and b"\r\nWARC-Type: request\r\n" in request


def test_the_archive_is_smaller_than_its_records_and_close_to_zlib_s(numbered_ids):
    numbered_ids()
    records = [archive.exchange_records("http://127.0.0.1:8000/a", 200, HEADERS, p.read_bytes(), when=WHEN)
               for p in PAGES]
    numbered_ids()
    plain = [plain_exchange_records("http://127.0.0.1:8000/a", 200, HEADERS, p.read_bytes(), when=WHEN)
             for p in PAGES]
    ours, theirs = sum(map(len, records)), sum(map(len, plain))
    raw = sum(len(m) for r in records for m in members(r))
    assert ours < raw / 2 and ours < theirs * 1.1


def test_a_written_file_reads_with_warcio_s_checks_and_the_gzip_tool(tmp_path):
    path = tmp_path / "3.warc.gz"
    writer = archive.ArchiveWriter(path)
    for page in PAGES[:8]:
        writer.write(f"http://127.0.0.1:8000/{page.name}", 200, HEADERS, page.read_bytes(),
                     fields={archive.SOURCE: "tld", archive.KIND: "article"})
    writer.close()
    with open(path, "rb") as fh:
        read = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(fh, check_digests="raise")]
    assert [t for t, _ in read] == ["warcinfo"] + ["response", "request"] * 8
    assert [b for t, b in read if t == "response"] == [p.read_bytes() for p in PAGES[:8]]
    assert len(members(path.read_bytes())) == 17  # one member per record
    assert gzip.decompress(path.read_bytes()).count(b"WARC/1.1\r\n") == 17
    tested = subprocess.run(["gzip", "--test", str(path)], capture_output=True, text=True)
    assert tested.returncode == 0, tested.stderr
    warcio_cli = [sys.executable, "-c", "import sys; from warcio.cli import main; sys.exit(main())"]
    checked = subprocess.run([*warcio_cli, "check", "-v", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0 and "digest pass" in checked.stdout, checked.stdout + checked.stderr
    indexed = subprocess.run([*warcio_cli, "index", str(path)], capture_output=True, text=True)
    assert indexed.returncode == 0 and indexed.stdout.count('"warc-type": "response"') == 8


def test_records_read_back_with_their_payload_and_digests(numbered_ids):
    numbered_ids()
    body = PAGES[0].read_bytes()
    read = [(r.rec_type, r.content_stream().read()) for r in ArchiveIterator(io.BytesIO(
        archive.exchange_records("http://127.0.0.1:8000/a", 200, HEADERS, body, when=WHEN)), check_digests="raise")]
    assert read == [("response", body), ("request", b"")]


def _both(numbered_ids, url, status, headers, body, **options):
    numbered_ids()
    ours = archive.exchange_records(url, status, headers, body, **options)
    numbered_ids()
    return members(ours), members(plain_exchange_records(url, status, headers, body, **options))


def test_records_are_written_without_warcio_s_writer_and_are_its_bytes(numbered_ids, monkeypatch):
    """The usual exchange is written by crawler.warcrecord, not by warcio's writer: the same
    bytes, header for header (non-ASCII headers percent-encoded as warcio does)."""
    def refused(*args, **kwargs):
        raise AssertionError("written by warcio's writer")

    monkeypatch.setattr(archive, "_warcio_exchange", refused)
    url = "http://127.0.0.1:8000/tin-tuc/bai-1.html?id=5&p=Li%C3%AAn"
    options = {"request_headers": [("User-Agent", "UnionWatch"), ("Referer", "http://x/Đoàn viên")],
               "fields": {archive.SOURCE: "ldld-hà-nam", archive.KIND: "article",
                          archive.LISTING_URL: "http://127.0.0.1:8000/trang-2", archive.LISTING_DATE: ""},
               "when": WHEN}
    for status in (200, 301, 999):
        for headers in (HEADERS, [], [("Content-Type", "text/html; charset=\"vi\"; x=Việt")],
                        [(b"Server", b"nginx\xe9")]):
            for body in BODIES:
                ours, plain = _both(numbered_ids, url, status, headers, body, **options)
                assert ours == plain


@pytest.mark.parametrize(("url", "fields"), [
    ("http://127.0.0.1:8000/a", {"WARC-Date": "2020-01-01T00:00:00Z"}),
    ("http://127.0.0.1:8000/a", {"content-type": "text/plain"}),
    ("http://127.0.0.1:8000/a", {"WARC-Target-URI": "http://elsewhere/"}),
    ("http://127.0.0.1:8000/a", {"Warc-Record-Id": "<urn:x>"}),
    ("http://127.0.0.1:8000/a", {"WARC-Block-Digest": "sha1:AAAA", archive.KIND: "article"}),
    ("", {archive.KIND: "article"}),
])
def test_fields_named_like_the_writer_s_own_headers_and_no_url_are_left_to_warcio(monkeypatch, url, fields):
    """What warcio's writer would make of those depends on its header look-ups: it writes them."""
    calls = []
    written = archive._warcio_exchange
    monkeypatch.setattr(archive, "_warcio_exchange", lambda *args: calls.append(args) or written(*args))
    records = archive.exchange_records(url, 200, HEADERS, b"<p>x</p>", fields=fields, when=WHEN)
    assert len(calls) == 1 and len(members(records)) == 2
    assert archive.warcrecord.plain(url, fields)
    assert not archive.warcrecord.plain("http://127.0.0.1:8000/a", {archive.KIND: "article", "WARC-Source": "x"})
