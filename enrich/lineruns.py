"""Runs of the lines a stream holds already: what `unionwatch tag` tags at a time.

A run is a line waited for, then the lines after it that can be read without waiting (up to ``size``): a file or
a fast pipe gives full runs, a pipe written a line at a time runs of one line, each answered before the next
arrives. A stream on a file descriptor (standard input) is read there, the bytes already come split at "\\n" (as
standard input splits them: no other line ending is translated) and each line decoded with the stream's own
encoding and error handler; the stream must not have been read from before. Any other stream (in memory) is read
through its own lines, ``size`` at a time.
"""

from __future__ import annotations

import os
import select
from collections.abc import Iterator
from itertools import islice
from typing import IO

CHUNK = 1 << 16  # bytes read from the descriptor at a time (a pipe's whole buffer)


def line_runs(stream: IO[str], size: int) -> Iterator[list[str]]:
    """The stream's lines (each with its "\\n" but the last), in runs of 1 to ``size``, in order. A line that cannot
    be decoded raises (as reading the stream would) after the lines before it are given."""
    fd = _descriptor(stream)
    if fd is None:
        while run := list(islice(stream, size)):
            yield run
        return
    encoding, errors = stream.encoding or "utf-8", stream.errors or "strict"
    pending, ended = b"", False
    lines: list[bytes] = []
    while lines or not ended:
        if not lines:  # nothing whole is held: wait for the next bytes
            pending, ended = _read(fd, pending, lines)
        while len(lines) < size and not ended and _ready(fd):
            pending, ended = _read(fd, pending, lines)
        if ended and pending:
            lines.append(pending)
            pending = b""
        run, lines = lines[:size], lines[size:]
        decoded: list[str] = []
        for line in run:
            try:
                decoded.append(line.decode(encoding, errors))
            except UnicodeDecodeError:
                if decoded:
                    yield decoded
                raise
        if decoded:
            yield decoded


def _descriptor(stream: IO[str]) -> int | None:
    """The file descriptor under a text stream read through a binary buffer (standard input), else None."""
    if getattr(stream, "buffer", None) is None:
        return None
    try:
        return stream.fileno()
    except (OSError, ValueError, AttributeError):
        return None


def _read(fd: int, pending: bytes, lines: list[bytes]) -> tuple[bytes, bool]:
    """One read (waiting for it): its whole lines added to ``lines``; the unfinished rest, and whether the stream
    ended."""
    chunk = os.read(fd, CHUNK)
    if not chunk:
        return pending, True
    parts = chunk.split(b"\n")
    if len(parts) == 1:
        return pending + chunk, False
    lines.append(pending + parts[0] + b"\n")
    lines.extend(part + b"\n" for part in parts[1:-1])
    return parts[-1], False


def _ready(fd: int) -> bool:
    """Whether a read of ``fd`` would return at once (bytes there, or the end)."""
    readable, _, _ = select.select([fd], [], [], 0)
    return bool(readable)
