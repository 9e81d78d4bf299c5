"""The provenance archive: every fetched listing and article response kept as WARC records,
one compressed file per crawl run, and the reader that `unionwatch reextract` replays.

Each exchange is a ``request`` and a ``response`` record (WARC/1.1, gzip per record, so a file
cut short by a killed crawl still reads up to its last whole record). warcio builds the records;
each is compressed as its own gzip member by ISA-L (``isal``) at its highest level, about five
times quicker than the zlib level 9 warcio uses, for archives 1-5 % larger; any gzip reader
(warcio, ``unionwatch reextract``, ``gzip``, other WARC tools) reads them as before.

The body is stored as the spider saw it: after HTTP content decoding, with ``Content-Length``
set to that body and the transfer headers dropped, so a replay reads exactly what the extractor
read. Extension headers carry what the crawl knew besides the page: ``UnionWatch-Source``,
``UnionWatch-Kind``, ``UnionWatch-Listing-URL`` and ``UnionWatch-Listing-Date``.
"""

from __future__ import annotations

import io
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from isal import isal_zlib
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler import __version__, store_research, warcrecord
from crawler.pipelines import store_for

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

KINDS = ("listing", "article")
# Request meta key: (url, body, ok, result) of the spider's page job, worked out with the records.
READ = "_unionwatch_read"
SOURCE, KIND, LISTING_URL, LISTING_DATE = (
    "UnionWatch-Source", "UnionWatch-Kind", "UnionWatch-Listing-URL", "UnionWatch-Listing-Date",
)
# Hop-by-hop and encoding headers describe bytes that are not the stored body.
_DROPPED = {"content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"}
# ISA-L's highest level (3): on the crawled pages about 0.3 ms a page where warcio's zlib level 9
# took about 1.5 ms (and zlib's level 1 still 1.3 ms); bench/warc.py prints the figures.
GZIP_LEVEL = isal_zlib.ISAL_BEST_COMPRESSION
_GZIP_WBITS = 16 + isal_zlib.MAX_WBITS


def gzip_member(record: bytes) -> bytes:
    """One record as one gzip member."""
    return isal_zlib.compress(record, GZIP_LEVEL, _GZIP_WBITS)


def archive_dir(db_path: str | Path, configured: str = "") -> Path:
    """Where a database's WARC files go: ``configured``, or ``warc/`` beside the database."""
    return Path(configured) if configured else Path(db_path).resolve().parent / "warc"


def warc_name(run_id: int) -> str:
    return f"{run_id}.warc.gz"


def _warc_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _header_pairs(headers: Any) -> list[tuple[str, str]]:
    """Scrapy ``Headers`` (bytes keys, lists of bytes values) as (name, value) text pairs.

    A ``Headers`` is read as the dictionary it is: its ``items()`` looks every key up again
    through its case normalisation, which gives back the same stored list (a stored key is
    already title-cased, and title-casing it again changes nothing)."""
    items = dict.items(headers) if type(headers) is Headers else headers.items()
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, values in items for value in values]


def exchange_records(
    url: str,
    status: int,
    headers: list[tuple[str, str]],
    body: bytes,
    *,
    request_headers: list[tuple[str, str]] | None = None,
    fields: dict[str, str] | None = None,
    when: datetime | None = None,
) -> bytes:
    """One exchange as the bytes of its two compressed records (response, then request):
    pure, so that it may be built away from the reactor (spiders/offload.py); ``fields`` become
    extension headers of the response record."""
    date = _warc_date(when or datetime.now(UTC))
    kept = [(k, v) for k, v in headers if k.lower() not in _DROPPED]
    kept.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(f"{status} {_reason(status)}", kept, protocol="HTTP/1.1")
    extra = {k: v for k, v in (fields or {}).items() if v}
    request_http = StatusAndHeaders(
        f"GET {_path_of(url)} HTTP/1.1", request_headers or [], is_http_request=True
    )
    if not warcrecord.plain(url, extra):
        response, request = warcrecord.exchange(url, date, http, body, request_http, extra)
        return gzip_member(response) + gzip_member(request)
    return _warcio_exchange(url, date, http, body, request_http, extra)


def _warcio_exchange(url: str, date: str, http: StatusAndHeaders, body: bytes,
                     request_http: StatusAndHeaders, extra: dict[str, str]) -> bytes:
    """``exchange_records`` by warcio's writer: the definition ``crawler.warcrecord`` writes
    the same bytes as, and the writer of the exchanges that module leaves to it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="1.1")
    # The payload's length is given, so that warcio digests it where it is instead of copying it
    # to a temporary file first (twice); the records are the same bytes.
    response = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date, **extra},
    )
    request = writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), length=0, http_headers=request_http,
        warc_headers_dict={"WARC-Date": date,
                           "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID")},
    )
    writer.write_record(response)
    cut = out.tell()
    writer.write_record(request)
    raw = out.getbuffer()
    return gzip_member(raw[:cut]) + gzip_member(raw[cut:])


class ArchiveWriter:
    """A WARC file being written: a warcinfo record, then request/response pairs."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.records = 0
        self._fh: IO[bytes] = open(path, "wb")  # noqa: SIM115 - closed by close()
        raw = io.BytesIO()
        writer = WARCWriter(raw, gzip=False, warc_version="1.1")
        info = writer.create_warcinfo_record(
            path.name, {"software": f"UnionWatch/{__version__} (warcio)", "format": "WARC File Format 1.1"}
        )
        writer.write_record(info)
        self._fh.write(gzip_member(raw.getvalue()))

    def write(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes, **extra: Any) -> None:
        """Write one exchange (see ``exchange_records``)."""
        self.append(exchange_records(url, status, headers, body, **extra))

    def append(self, records: bytes) -> None:
        """Write one exchange built by ``exchange_records``."""
        self._fh.write(records)
        self._fh.flush()  # a killed crawl keeps every record written so far
        self.records += 1

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


def _exchange(url: str, status: int, headers: list[tuple[str, str]], body: bytes,
              request_headers: list[tuple[str, str]], fields: dict[str, str], when: float) -> bytes:
    """``exchange_records`` of a response received at ``when`` (POSIX seconds): the arguments of
    a trip to an extraction worker, where a float is pickled for a fraction of what an aware
    datetime costs (about 10 µs each way, for its time zone)."""
    return exchange_records(url, status, headers, body, request_headers=request_headers, fields=fields,
                            when=datetime.fromtimestamp(when, UTC))


def _exchange_and_read(exchange: tuple, job: Any, args: tuple) -> tuple[bytes, bool, Any]:
    """The exchange's records and, in the same trip to a worker, the spider's reading of the
    page: (records, True, result), or (records, False, the exception the reading raised)."""
    records = _exchange(*exchange)
    try:
        return records, True, job(*args)
    except Exception as exc:  # noqa: BLE001 - raised again in the spider's callback
        return records, False, exc


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _path_of(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class ArchiveMiddleware:
    """Downloader middleware: every final listing and article response goes to the run's WARC.

    Off when ``UNIONWATCH_ARCHIVE`` is false or the crawl has no run id. The file is opened on
    the first response and its path recorded on the run (``crawl_runs.warc``); 304 answers carry
    no page and are not archived.
    """

    def __init__(self, crawler: Crawler, path: Path) -> None:
        self.crawler = crawler
        self.path = path
        self.run_id = crawler.settings.get("UNIONWATCH_RUN_ID")
        self.db_path = Path(crawler.settings.get("UNIONWATCH_DB"))
        self.writer: ArchiveWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        settings = crawler.settings
        run_id = settings.get("UNIONWATCH_RUN_ID")
        if not settings.getbool("UNIONWATCH_ARCHIVE", True) or run_id is None:
            raise NotConfigured("archive off")
        folder = archive_dir(settings.get("UNIONWATCH_DB"), settings.get("UNIONWATCH_WARC_DIR", ""))
        middleware = cls(crawler, folder / warc_name(int(run_id)))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    async def process_response(self, request: Request, response: Response) -> Response:
        kind = request.meta.get("kind")
        if kind not in KINDS or response.status == 304:
            return response
        if self.writer is None:
            self.writer = ArchiveWriter(self.path)
            store_research.set_run_archive(store_for(self.crawler), self.run_id, self._stored_path(), 0)
        fields = {
            SOURCE: request.meta.get("source_id") or "",
            KIND: kind,
            LISTING_URL: request.meta.get("listing_url") or "",
            LISTING_DATE: request.meta.get("listing_date") or "",
        }
        args = (response.url, response.status, _header_pairs(response.headers), response.body,
                _header_pairs(request.headers), fields, time.time())
        # Built (digests, compression) by the spider's extraction workers when it has them;
        # written here, before the response goes on to the fetch log that points at it. The
        # spider's own reading of the page (``page_job``) travels with it: one trip per page.
        spider = self.crawler.spider
        offload = getattr(spider, "offload", None)
        page_job = getattr(spider, "page_job", None)
        reading = page_job(request, response) if offload is not None and page_job is not None else None
        if reading is not None:
            records, ok, result = await offload.run(_exchange_and_read, args, *reading)
            request.meta[READ] = (response.url, response.body, ok, result)
        else:
            records = await offload.run(_exchange, *args) if offload is not None else _exchange(*args)
        self.writer.append(records)
        return response

    def _stored_path(self) -> str:
        """The path as recorded: relative to the database's folder when inside it."""
        base = self.db_path.resolve().parent
        try:
            return str(self.path.resolve().relative_to(base))
        except ValueError:
            return str(self.path.resolve())

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            store_research.set_run_archive(
                store_for(self.crawler), self.run_id, self._stored_path(), self.writer.records
            )


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArchivedResponse:
    """One archived response, with what the crawl knew about it."""

    url: str
    status: int
    content_type: str
    body: bytes
    source_id: str | None
    kind: str | None
    listing_url: str | None
    listing_date: str | None
    fetched_at: str
    offset: int


def _iso_vietnam(warc_date: str) -> str:
    from crawler.dates import VN_TZ

    when = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    return when.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def read_archive(path: str | Path, kinds: tuple[str, ...] = KINDS) -> Iterator[ArchivedResponse]:
    """The response records of one WARC file, in order (a truncated tail is ignored)."""
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                headers = record.rec_headers
                kind = headers.get_header(KIND)
                if kinds and kind not in kinds:
                    continue
                http = record.http_headers
                yield ArchivedResponse(
                    url=headers.get_header("WARC-Target-URI"),
                    status=int(http.get_statuscode() or 0),
                    content_type=http.get_header("Content-Type") or "",
                    body=record.content_stream().read(),
                    source_id=headers.get_header(SOURCE),
                    kind=kind,
                    listing_url=headers.get_header(LISTING_URL),
                    listing_date=headers.get_header(LISTING_DATE),
                    fetched_at=_iso_vietnam(headers.get_header("WARC-Date")),
                    offset=records.get_record_offset(),
                )
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error):
            # a file cut short by a killed crawl: keep every whole record before the cut
            return
