"""HTTP machinery: one listening socket per portal, one acceptor thread, a small worker pool.

A single selector watches every portal's socket, so a web of 700 portals costs 700 file
descriptors but only ``1 + workers`` threads. Each connection serves one request and closes
(``Connection: close``), which keeps a worker from being held by an idle keep-alive client.
"""

from __future__ import annotations

import hashlib
import selectors
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Portal


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None
    delay: float = 0.0
    # Writes the whole answer itself on the handler's socket (faults: hangs, drips, resets).
    writer: Callable[[BaseHTTPRequestHandler], None] | None = None


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def not_modified(headers, etag: str, last_modified: datetime | None) -> bool:
    """RFC 9110 §13.1: If-None-Match wins over If-Modified-Since."""
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or etag in tags
    ims = headers.get("If-Modified-Since")
    if ims and last_modified is not None:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return last_modified.replace(microsecond=0) <= since
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-IIS/7.5"
    sys_version = ""
    timeout = 15

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)

    def version_string(self) -> str:
        return getattr(self, "_server_header", self.server_version)

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _serve(self, head: bool) -> None:
        self.close_connection = True
        try:
            resp = self.server.app(self.server.portal, self.path)
        except Exception as exc:  # a bug in a renderer must not kill the worker
            resp = Response(
                500, f"Internal Server Error: {exc!r}".encode(), {"Content-Type": "text/plain"}
            )
        if resp.delay:
            time.sleep(resp.delay)
        if resp.writer is not None:
            resp.writer(self)
            return
        headers = dict(resp.headers)
        self._server_header = headers.pop("Server", "Apache")
        status = resp.status
        body = resp.body
        if status == 200 and body:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            if resp.last_modified is not None:
                headers["Last-Modified"] = http_date(resp.last_modified)
            if not_modified(self.headers, etag, resp.last_modified):
                status, body = 304, b""
                headers.pop("Content-Type", None)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        # Headers and body in one write: two small writes would meet Nagle and delayed ACKs.
        self._headers_buffer.append(b"\r\n")
        payload = b"".join(self._headers_buffer)
        self._headers_buffer = []
        if not head and status != 304:
            payload += body
        self.wfile.write(payload)


class _Context:
    """What a handler sees as its `server`: the portal and the application callable."""

    def __init__(self, portal: Portal, app: Callable[[Portal, str], Response], verbose: bool):
        self.portal = portal
        self.app = app
        self.verbose = verbose


class PortalServer:
    """Listening sockets for many portals served by one acceptor thread and a worker pool."""

    def __init__(
        self, app: Callable[[Portal, str], Response], workers: int = 16, verbose: bool = False
    ):
        self.app = app
        self.verbose = verbose
        self.selector = selectors.DefaultSelector()
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sampleweb")
        self.sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def listen(self, portal: Portal, port: int) -> int:
        """Bind portal to port (0: a free one); returns the port."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((portal.host, port))
        sock.listen(128)
        sock.setblocking(False)
        self.sockets.append(sock)
        self.selector.register(sock, selectors.EVENT_READ, _Context(portal, self.app, self.verbose))
        return sock.getsockname()[1]

    @staticmethod
    def reserve(host: str, port: int) -> int:
        """A port number nobody listens on (for a portal whose host refuses connections)."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((host, port))
            return sock.getsockname()[1]

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="sampleweb-accept", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            for key, _ in self.selector.select(timeout=0.2):
                try:
                    conn, addr = key.fileobj.accept()  # type: ignore[union-attr]
                except (BlockingIOError, OSError):
                    continue
                conn.setblocking(True)
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self.pool.submit(self._handle, conn, addr, key.data)

    @staticmethod
    def _handle(conn: socket.socket, addr, ctx: _Context) -> None:
        try:
            _Handler(conn, addr, ctx)
        except (ConnectionError, TimeoutError, OSError):
            pass
        finally:
            try:
                conn.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for sock in self.sockets:
            try:
                self.selector.unregister(sock)
            except (KeyError, ValueError):
                pass
            sock.close()
        self.sockets.clear()
        self.selector.close()
        self.pool.shutdown(wait=True, cancel_futures=True)
