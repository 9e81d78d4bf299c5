"""One run at a time: an exclusive lock file beside the database."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class AlreadyRunning(Exception):
    """Another run holds the lock."""


@contextmanager
def run_lock(db_path: str | Path) -> Iterator[Path]:
    """Hold ``<db>.lock`` for the duration; raise AlreadyRunning if another process holds it.

    The kernel drops the lock when the process dies, so a killed run never blocks the next.
    """
    path = Path(str(db_path) + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise AlreadyRunning(f"another run is in progress ({holder}); lock {path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield path
    finally:
        handle.close()
