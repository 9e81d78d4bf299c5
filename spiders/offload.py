"""Page extraction off the reactor: a few worker processes the spider awaits.

Parsing and extracting a page costs several times what downloading it does, and the reactor
runs on one core. ``Offload(workers)`` sends the pure page jobs of spiders/page.py to
``workers`` forked processes; the results come back to the reactor, where the spider counts
them and the item pipelines (the single writer of the database) store them, so nothing is
stored by a worker and a crawl killed at any moment loses nothing already stored. With no
workers (``UNIONWATCH_EXTRACT_WORKERS = 0``), or once a worker has died, jobs run in the
reactor's process as before: the outcome is the same either way.

Each worker is joined to the crawl process by a socket pair that the reactor's event loop
watches itself: a job is one length-prefixed pickle written without blocking, its answer one
read when the loop finds it ready. No thread runs beside the reactor (a process pool's feeder
and manager threads took the interpreter lock from it at every page), and a worker answers
its jobs in the order they were sent.
"""

from __future__ import annotations

import asyncio
import ctypes
import multiprocessing
import os
import pickle
import signal
import socket
import struct
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1
_HEADER = struct.Struct("!I")
_READ_SIZE = 1 << 20


class WorkerDied(Exception):
    """The worker a job was sent to ended before it answered."""


def _worker_init(parent: int) -> None:
    """A worker leaves signals to the crawl process and ends with it, even when it is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the closed socket still ends it
        pass
    if os.getppid() != parent:  # the crawl died while this worker started
        os._exit(0)


def _read_exactly(sock: socket.socket, size: int) -> bytes | None:
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if not n:
            return None
        got += n
    return bytes(buffer)


def _answer(job: Callable[..., Any], args: tuple) -> bytes:
    try:
        outcome: tuple[bool, Any] = (True, job(*args))
    except BaseException as exc:  # noqa: BLE001 - raised again in the crawl process
        outcome = (False, exc)
    try:
        return pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - an answer that cannot travel becomes an error
        return pickle.dumps((False, RuntimeError(f"unpicklable answer: {exc!r}")), pickle.HIGHEST_PROTOCOL)


def _serve(sock: socket.socket, inherited: list[socket.socket], parent: int) -> None:
    """A worker: answer jobs until the crawl process closes its end of the socket."""
    for other in inherited:  # the crawl's ends: only the crawl may hold them, or EOF never comes
        other.close()
    _worker_init(parent)
    while True:
        header = _read_exactly(sock, _HEADER.size)
        if header is None:
            return
        payload = _read_exactly(sock, _HEADER.unpack(header)[0])
        if payload is None:
            return
        job, args = pickle.loads(payload)
        answer = _answer(job, args)
        sock.sendall(_HEADER.pack(len(answer)) + answer)


class _Worker:
    """One worker process and the crawl's end of its socket, driven by the event loop."""

    def __init__(self, process: Any, sock: socket.socket) -> None:
        self.process = process
        self.sock = sock
        self.pending: deque[asyncio.Future] = deque()
        self.inbox = bytearray()
        self.outbox = bytearray()
        # Answers are read into this one buffer: a fresh 1 MB bytes object for every read cost
        # the reactor its allocation and release (about 40 µs) each time.
        self.buffer = memoryview(bytearray(_READ_SIZE))
        self.loop: asyncio.AbstractEventLoop | None = None
        self.dead = False

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        if self.loop is loop:
            return
        self.detach()
        self.loop = loop
        loop.add_reader(self.sock.fileno(), self._readable)
        if self.outbox:
            loop.add_writer(self.sock.fileno(), self._writable)

    def detach(self) -> None:
        loop, self.loop = self.loop, None
        if loop is not None and not loop.is_closed() and self.sock.fileno() >= 0:
            loop.remove_reader(self.sock.fileno())
            loop.remove_writer(self.sock.fileno())

    def send(self, job: Callable[..., Any], args: tuple) -> asyncio.Future:
        assert self.loop is not None
        payload = pickle.dumps((job, args), pickle.HIGHEST_PROTOCOL)
        future = self.loop.create_future()
        self.pending.append(future)
        frame = _HEADER.pack(len(payload)) + payload
        if self.outbox:
            self.outbox += frame
            return future
        try:
            sent = self.sock.send(frame)
        except BlockingIOError:
            sent = 0
        except OSError:
            self._died()
            return future
        if sent < len(frame):
            self.outbox += memoryview(frame)[sent:]
            self.loop.add_writer(self.sock.fileno(), self._writable)
        return future

    def _writable(self) -> None:
        try:
            sent = self.sock.send(self.outbox)
        except BlockingIOError:
            return
        except OSError:
            self._died()
            return
        del self.outbox[:sent]
        if not self.outbox and self.loop is not None:
            self.loop.remove_writer(self.sock.fileno())

    def _readable(self) -> None:
        try:
            got = self.sock.recv_into(self.buffer)
        except BlockingIOError:
            return
        except OSError:
            got = 0
        if not got:
            self._died()
            return
        self.inbox += self.buffer[:got]
        while len(self.inbox) >= _HEADER.size:
            size = _HEADER.unpack_from(self.inbox)[0]
            end = _HEADER.size + size
            if len(self.inbox) < end:
                break
            ok, value = pickle.loads(memoryview(self.inbox)[_HEADER.size:end])
            del self.inbox[:end]
            future = self.pending.popleft()
            if future.cancelled():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def _died(self) -> None:
        self.dead = True
        self.detach()
        while self.pending:
            future = self.pending.popleft()
            if not future.done():
                future.set_exception(WorkerDied())

    def close(self) -> None:
        self._died()  # jobs still awaited are worked out in the crawl process
        self.sock.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class Offload:
    """Run page jobs in worker processes (or in process), awaited from the reactor."""

    def __init__(self, workers: int) -> None:
        self.workers = max(0, workers)
        self._pool: list[_Worker] = []

    def start(self) -> None:
        """Fork the workers now, while the crawl process is small and quiet."""
        if not self.workers or self._pool:
            return
        context = multiprocessing.get_context("fork")
        ends: list[socket.socket] = []
        for _ in range(self.workers):
            mine, theirs = socket.socketpair()
            ends.append(mine)
            process = context.Process(target=_serve, args=(theirs, list(ends), os.getpid()), daemon=True)
            process.start()
            theirs.close()
            mine.setblocking(False)
            self._pool.append(_Worker(process, mine))

    async def run(self, job: Callable[..., T], *args: Any) -> T:
        """``job(*args)``, in the least busy worker when there is one alive."""
        alive = [w for w in self._pool if not w.dead]
        if not alive:
            return job(*args)
        worker = min(alive, key=lambda w: len(w.pending))
        worker.attach(asyncio.get_running_loop())
        try:
            return await worker.send(job, args)
        except WorkerDied:
            # a worker died: the rest of the crawl extracts in process
            for other in self._pool:
                other.dead = True
            return job(*args)

    def close(self) -> None:
        pool, self._pool = self._pool, []
        for worker in pool:
            worker.close()
