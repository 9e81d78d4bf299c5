"""Misbehaviour on the wire: answers a portal writes on the raw socket instead of a normal response.

Each function returns a writer for ``Response.writer``: it gets the request handler and writes
(or withholds) the whole answer itself. Writers stop quietly when the client goes away.
"""

from __future__ import annotations

import select
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

Writer = Callable[[Any], None]
CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError)


def head(status: int, headers: dict[str, str]) -> bytes:
    """Status line and headers of an HTTP/1.1 answer that closes the connection."""
    reason = HTTPStatus(status).phrase
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers.items()), "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def client_gone(conn: socket.socket, wait: float) -> bool:
    """Wait up to ``wait`` seconds; True as soon as the client has closed the connection."""
    readable, _, _ = select.select([conn], [], [], wait)
    if not readable:
        return False
    try:
        return conn.recv(4096, socket.MSG_PEEK) == b""
    except OSError:
        return True


def hang(limit: float) -> Writer:
    """Accept the request and never answer (until the client gives up, or ``limit`` seconds)."""

    def write(handler: Any) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if client_gone(handler.connection, min(0.2, max(0.0, deadline - time.monotonic()))):
                return

    return write


def drip(headers: dict[str, str], body: bytes, chunk: int, pause: float, limit: float) -> Writer:
    """Send ``body`` ``chunk`` bytes at a time with ``pause`` seconds between; give up after
    ``limit`` seconds (an endless drip is a long body with a long limit)."""

    def write(handler: Any) -> None:
        deadline = time.monotonic() + limit
        try:
            handler.wfile.write(head(200, {**headers, "Content-Length": str(len(body))}))
            for start in range(0, len(body), chunk):
                handler.wfile.write(body[start : start + chunk])
                handler.wfile.flush()
                if time.monotonic() > deadline or client_gone(handler.connection, pause):
                    return
        except CLIENT_GONE:
            return

    return write


def reset(headers: dict[str, str], body: bytes, keep: float = 0.5) -> Writer:
    """Promise the whole body, send a part of it, then reset the connection (TCP RST)."""

    def write(handler: Any) -> None:
        conn = handler.connection
        try:
            handler.wfile.write(head(200, {**headers, "Content-Length": str(len(body))}))
            handler.wfile.write(body[: int(len(body) * keep)])
            handler.wfile.flush()
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        except CLIENT_GONE:
            return

    return write


def stream(headers: dict[str, str], prefix: bytes, filler: bytes, total: int) -> Writer:
    """A close-delimited body (no Content-Length) of ``total`` bytes: ``prefix``, then ``filler``
    repeated. The client only learns the size by reading it."""

    def write(handler: Any) -> None:
        sent = 0
        try:
            handler.wfile.write(head(200, headers) + prefix)
            sent = len(prefix)
            while sent < total:
                handler.wfile.write(filler)
                sent += len(filler)
        except CLIENT_GONE:
            return

    return write


_BOMBS: dict[int, bytes] = {}
_BOMB_LOCK = threading.Lock()


def gzip_bomb(mebibytes: int = 1024) -> bytes:
    """A gzip member that inflates to ``mebibytes`` MiB of zeros from about 1 KiB per MiB.

    One MiB of zeros is deflated once, flushed to a byte boundary with a reset dictionary, and
    the block repeated; the trailer carries the true CRC-32 and length, so it is a valid file.
    """
    with _BOMB_LOCK:
        if mebibytes not in _BOMBS:
            zeros = bytes(1 << 20)
            deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
            block = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
            end = deflate.flush(zlib.Z_FINISH)
            crc = 0
            for _ in range(mebibytes):
                crc = zlib.crc32(zeros, crc)
            trailer = struct.pack("<II", crc, (mebibytes << 20) & 0xFFFFFFFF)
            header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
            _BOMBS[mebibytes] = header + block * mebibytes + end + trailer
        return _BOMBS[mebibytes]
