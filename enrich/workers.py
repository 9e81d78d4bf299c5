"""Work spread over processes: batches mapped in order, with a bounded number in flight.

The parent reads the batches (from SQLite, a page at a time) and alone writes the results;
the workers only compute. Each worker prepares itself once (``initializer``: the catalog and
the gazetteer loaded), not per batch. With one worker everything runs in the calling process,
the same functions in the same order, so both paths give the same rows.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.pool import Pool
from types import TracebackType
from typing import Any

AHEAD = 4  # batches in flight per worker

def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class WorkerPool:
    """``workers`` processes, started on the first batch that needs them (none for one), or
    earlier by ``start``."""

    def __init__(self, workers: int, initializer: Callable[[], None] | None = None) -> None:
        self.size = max(1, workers)
        self._initializer = initializer
        self._pool: Pool | None = None

    def start(self, initializer: Callable[[], None] | None = None) -> None:
        """Start the workers now (with more than one), each running ``initializer`` (else the
        pool's own) once, so that they prepare while the caller goes on with other work."""
        if self.size > 1 and self._pool is None:
            self._started(initializer or self._initializer)

    def _started(self, initializer: Callable[[], None] | None = None) -> Pool:
        if self._pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
            self._pool = context.Pool(self.size, initializer=initializer or self._initializer)
        return self._pool

    def map(self, fn: Callable[[Any], Any], batches: Iterable[Any]) -> Iterator[Any]:
        """``fn(batch)`` of every batch, in order. At most ``AHEAD`` batches per worker are
        read ahead of the one being returned, so memory stays bounded whatever the input's
        size, and the workers keep busy while the caller writes.
        A single batch is worked in this process: starting workers would cost more."""
        if self.size == 1:
            yield from map(fn, batches)
            return
        source = iter(batches)
        first = next(source, None)
        if first is None:
            return
        second = next(source, None)
        if second is None:
            yield fn(first)
            return
        pool = self._started()
        pending = deque([pool.apply_async(fn, (first,)), pool.apply_async(fn, (second,))])
        for batch in source:
            pending.append(pool.apply_async(fn, (batch,)))
            if len(pending) > AHEAD * self.size:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self, failed: bool = False) -> None:
        if self._pool is not None:
            if failed:
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close(failed=kind is not None)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (the last one shorter)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
