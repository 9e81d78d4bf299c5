"""Datasette's SQL threads, each statement given to the first idle thread in a fixed order.

Datasette 0.65 runs its statements on a ``ThreadPoolExecutor`` of ``num_sql_threads`` threads,
each with its own SQLite connection. The pool's idle threads wait on one queue and take turns:
the statements of one page, awaited one after another, go round the connections. Each
connection has its own page cache and its own mapping of the file, so every connection reads and
maps the same index pages, and a page's match set (``feeds/match_sets.py``) is built by each
connection in turn: a researcher's first facet pages paid that three times.

Here a statement goes to the first idle thread in the order the threads were started, so
statements awaited one after another run on the first connection, and the other threads start,
and open their connections, only when statements run at the same time (a search's count beside
its page, concurrent requests). As many statements run at once as before; only which thread runs one
changes, and every connection is Datasette's own, prepared as before.
"""

from __future__ import annotations

import bisect
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future
from queue import SimpleQueue
from typing import Any

_Item = tuple[Future, Callable[..., Any], tuple, dict]


class FirstIdleExecutor(Executor):
    """At most ``max_workers`` threads; a task goes to the first idle thread in the order they were
    started, else to a new thread while there are fewer than ``max_workers``, else it waits for
    the first thread to finish."""

    def __init__(self, max_workers: int, thread_name_prefix: str = "sql") -> None:
        if max_workers < 1:
            raise ValueError("max_workers must be at least 1")
        self.max_workers = max_workers
        self._prefix = thread_name_prefix
        self._lock = threading.Lock()
        self._idle: list[int] = []  # the numbers of the idle threads, in order
        self._threads: list[threading.Thread] = []
        self._inboxes: list[SimpleQueue] = []
        self._waiting: deque[_Item] = deque()
        self._shutdown = False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        item = (future, fn, args, kwargs)
        with self._lock:
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._idle:
                self._inboxes[self._idle.pop(0)].put(item)
            elif len(self._threads) < self.max_workers:
                inbox: SimpleQueue = SimpleQueue()
                inbox.put(item)
                thread = threading.Thread(target=self._work, args=(len(self._threads), inbox), daemon=True,
                                          name=f"{self._prefix}_{len(self._threads)}")
                self._threads.append(thread)
                self._inboxes.append(inbox)
                thread.start()
            else:
                self._waiting.append(item)
        return future

    def _work(self, number: int, inbox: SimpleQueue) -> None:
        while True:
            item = inbox.get()
            if item is None:
                return
            future, fn, args, kwargs = item
            del item
            # A statement cancelled while it waited is not run, but the thread is idle again all
            # the same (else it would wait on its inbox for good, off the idle list).
            ran = future.set_running_or_notify_cancel()
            error: BaseException | None = None
            result = None
            if ran:
                try:
                    result = fn(*args, **kwargs)
                except BaseException as raised:  # noqa: BLE001 - handed to the future, as the pool does
                    error = raised
            # Idle again before the result is handed over: the statement its caller sends next
            # comes back to this thread.
            with self._lock:
                if self._waiting:
                    inbox.put(self._waiting.popleft())
                    stop = False
                else:
                    stop = self._shutdown
                    if not stop:
                        bisect.insort(self._idle, number)
            if ran and error is None:
                future.set_result(result)
            elif ran:
                future.set_exception(error)
            del future, fn, args, kwargs, result, error
            if stop:
                return

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._waiting:
                    self._waiting.popleft()[0].cancel()
            idle, self._idle = [self._inboxes[n] for n in self._idle], []
            threads = list(self._threads)
        for inbox in idle:
            inbox.put(None)
        if wait:
            for thread in threads:
                if thread is not threading.current_thread():
                    thread.join()
