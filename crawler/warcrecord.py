"""The response and request records of one exchange, written as bytes: the very bytes warcio's
``WARCWriter`` writes for them (``crawler.archive.exchange_records`` gives the definition in
warcio's terms, and tests/test_archive_records.py holds the two to each other).

warcio builds each record through header objects searched by name at every step, digests the
payload through 16 KB reads of a stream, and copies it to the output in the same reads: about
half the cost of an exchange's records besides their compression. Here each digest is one call
over the bytes and each record one join. The HTTP header block is still warcio's own
(``StatusAndHeaders.to_ascii_bytes``, which percent-encodes a non-ASCII header as warcio does).
An exchange whose extension fields are named like a header the writer sets itself, or that has
no URL, is left to warcio's writer (``plain``).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping

from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders

RESPONSE_TYPE = "application/http; msgtype=response"
REQUEST_TYPE = "application/http; msgtype=request"
# The WARC headers warcio sets or looks up on a record it builds: a field of the same name
# (in any case) changes what it writes, and such an exchange is left to warcio.
_SET_BY_WRITER = frozenset(name.lower() for name in (
    "WARC-Type", "WARC-Record-ID", "WARC-Target-URI", "WARC-Date", "WARC-Payload-Digest",
    "WARC-Block-Digest", "Content-Type", "Content-Length",
))


def _digest(data: bytes) -> str:
    """A WARC digest as warcio writes it: ``sha1:`` and the base32 of the SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


_EMPTY_DIGEST = _digest(b"")


def plain(url: str, fields: Mapping[str, str]) -> bool:
    """Whether an exchange must be written by warcio's writer (see the module's docstring)."""
    return not url or any(name.lower() in _SET_BY_WRITER for name in fields)


def _warc_head(headers: list[tuple[str, str]]) -> bytes:
    return ("WARC/1.1\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers) + "\r\n").encode("utf-8")


def exchange(
    url: str,
    date: str,
    response_http: StatusAndHeaders,
    body: bytes,
    request_http: StatusAndHeaders,
    fields: Mapping[str, str],
) -> tuple[bytes, bytes]:
    """The uncompressed response and request records of one exchange dated ``date``, with the
    (non-empty) ``fields`` as extension headers of the response record."""
    response_id = RecordBuilder._make_warc_id()
    http = response_http.to_ascii_bytes()
    response = [("WARC-Date", date), *fields.items(), ("WARC-Type", "response"),
                ("WARC-Record-ID", response_id), ("WARC-Target-URI", url),
                ("WARC-Payload-Digest", _digest(body)), ("WARC-Block-Digest", _digest(http + body)),
                ("Content-Type", RESPONSE_TYPE), ("Content-Length", str(len(http) + len(body)))]
    request_block = request_http.to_ascii_bytes()
    request = [("WARC-Date", date), ("WARC-Concurrent-To", response_id), ("WARC-Type", "request"),
               ("WARC-Record-ID", RecordBuilder._make_warc_id()), ("WARC-Target-URI", url),
               ("WARC-Payload-Digest", _EMPTY_DIGEST), ("WARC-Block-Digest", _digest(request_block)),
               ("Content-Type", REQUEST_TYPE), ("Content-Length", str(len(request_block)))]
    return (b"".join((_warc_head(response), http, body, b"\r\n\r\n")),
            b"".join((_warc_head(request), request_block, b"\r\n\r\n")))
