"""A `unionwatch serve` process for the publication benchmark, timed over HTTP.

The server is the one the other benchmarks and the tests start (``bench.harness.Served``:
``python -m crawler.cli serve --db PATH --host 127.0.0.1 --port N``, a free port), in a process of
its own: what the benchmark's own
process did before (crawls, tagging, other servers) cannot weigh on its figures. Each request is
timed from the client (wall time) and by the server's CPU time: the sum over the server's
threads of the time the kernel ran them (``/proc/PID/task/*/schedstat``, nanoseconds), read
before and after each request. Requests are sequential, so the difference is that request's.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx

from bench import harness


def _task_cpu_ns(pid: int) -> int:
    """CPU time of every live thread of ``pid``, in nanoseconds."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", "rb") as f:
                total += int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):  # a thread that ended meanwhile
            continue
    return total


class Served(harness.Served):
    """`unionwatch serve --db path` (``bench.harness.Served``) with a client that times each GET by
    wall and server CPU, until ``close``; a context manager."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.path = path
        self.client = httpx.Client(base_url=self.base, timeout=30.0)

    def cpu_ms(self) -> float:
        """The server's CPU time so far (its live threads), in milliseconds."""
        return _task_cpu_ns(self.proc.pid) / 1e6

    def get(self, url: str, headers: dict[str, str] | None = None) -> tuple[float, float, httpx.Response]:
        """(wall ms seen by the client, server CPU ms, response) of one GET."""
        cpu = self.cpu_ms()
        started = time.perf_counter()
        response = self.client.get(url, headers=headers or {})
        wall = (time.perf_counter() - started) * 1000
        return wall, self.cpu_ms() - cpu, response

    def close(self) -> None:
        self.client.close()
        self.stop()

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
