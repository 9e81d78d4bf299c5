"""What `unionwatch crawl --redis` and `unionwatch ingest` do, for the command line to print.

The command line (the composition root) passes in the spider class and the enrichment step.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class CommandError(Exception):
    """A problem the user can fix, printed as one line."""


@dataclass
class Outcome:
    """Lines for stdout, warnings for stderr, and the exit status."""

    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    status: int = 0


def crawl_worker(redis_url: str, sources: list[Any], spider_cls: type, *, full: bool,
                 overrides: dict[str, Any]) -> Outcome:
    """Crawl as one worker of the shared crawl on ``redis_url`` until that crawl is over."""
    from crawler.distributed.member import MISMATCH
    from crawler.distributed.worker import RedisUnavailable, run_worker

    try:
        result = run_worker(redis_url, sources, spider_cls, full=full, overrides=overrides)
    except RedisUnavailable as exc:
        raise CommandError(str(exc)) from None
    if result.role == MISMATCH:
        raise CommandError(
            f"crawl {result.crawl_id} on {redis_url} runs other sources or options; start this "
            "worker with the same registry, --source, --full and --max-pages, or after it ends"
        )
    line = (f"worker {result.worker_id}: crawl {result.crawl_id} ({result.role}), "
            f"{result.requests} requests, {result.records} records pushed, {result.finish_reason}")
    return Outcome([line], status=0 if result.finish_reason == "finished" else 1)


def ingest(db_path: str, redis_url: str, *, follow: bool, batch: int, prefix: str,
           after_drain: Callable[[Any], Any] | None) -> Outcome:
    """Be the one writer: drain the workers' records into ``db_path``, holding its run lock."""
    from crawler import store
    from crawler.distributed.ingest import Ingest, IngestBusy
    from crawler.distributed.keys import Keys
    from crawler.distributed.worker import RedisUnavailable, connect
    from crawler.lock import AlreadyRunning, run_lock

    try:
        server = connect(redis_url)
        with run_lock(db_path):
            owner = f"{socket.gethostname()}:{Path(db_path).resolve()}"  # whose file lock is held
            writer = Ingest(store.open_db(db_path), server, Keys(prefix), batch=batch,
                            after_drain=after_drain, owner=owner)
            try:
                result = writer.run(follow=follow)
            except KeyboardInterrupt:
                result = writer.result
    except (RedisUnavailable, AlreadyRunning, IngestBusy) as exc:
        raise CommandError(str(exc)) from None
    a = result.articles
    runs = ", ".join(str(r) for r in result.finished_runs) or "none"
    outcome = Outcome([
        f"ingest: {result.records} records, {a['new']} new, {a['changed']} changed, "
        f"{a['unchanged']} unchanged articles, {result.kinds['fetch']} fetches; runs finished: {runs}"
    ])
    if result.rejected:
        outcome.warnings.append(f"{result.rejected} unreadable records skipped")
    return outcome
