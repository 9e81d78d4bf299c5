"""Page extraction off the reactor: a small process pool the spider awaits.

Parsing and extracting a page costs several times what downloading it does, and the reactor
runs on one core. ``Offload(workers)`` sends the pure page jobs of spiders/page.py to
``workers`` forked processes; the results come back to the reactor, where the spider counts
them and the item pipelines (the single writer of the database) store them, so nothing is
stored by a worker and a crawl killed at any moment loses nothing already stored. With no
workers (``UNIONWATCH_EXTRACT_WORKERS = 0``), or once the pool is broken (a worker killed),
jobs run in the reactor's process as before: the outcome is the same either way.
"""

from __future__ import annotations

import asyncio
import ctypes
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


def _worker_init(parent: int) -> None:
    """A worker leaves signals to the crawl process and ends with it, even when it is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still ends it
        pass
    if os.getppid() != parent:  # the crawl died while this worker started
        os._exit(0)


class Offload:
    """Run page jobs in a process pool (or in process), awaited from the reactor."""

    def __init__(self, workers: int) -> None:
        self.workers = max(0, workers)
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Fork the workers now, while the crawl process is small and quiet."""
        if self.workers and self._pool is None:
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_worker_init, initargs=(os.getpid(),))
            self._pool.submit(int).result()  # a fork pool starts all its workers on first use

    async def run(self, job: Callable[..., T], *args: Any) -> T:
        """``job(*args)``, in a worker when there is a pool."""
        pool = self._pool
        if pool is None:
            return job(*args)
        try:
            future = pool.submit(job, *args)
        except (BrokenProcessPool, RuntimeError):  # broken, or shut down as the crawl ends
            return job(*args)
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            self._pool = None  # a worker died: the rest of the crawl extracts in process
            pool.shutdown(wait=False, cancel_futures=True)
            return job(*args)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
