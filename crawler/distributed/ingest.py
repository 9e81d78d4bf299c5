"""The one writer: drain workers' records from Redis into SQLite (``unionwatch ingest``).

Records move from ``<prefix>:items`` to ``<prefix>:items:pending`` (one atomic LMOVE each), are
written to SQLite, and only then is the pending list cleared. A writer killed at any point
finds its pending records on restart and writes them again, which changes nothing: an article
already stored with the same content is ``unchanged``, a fetch row carries its record id (kept
once), extraction outcomes and remembered links are overwrites.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crawler import store, store_ops
from crawler.distributed.keys import Keys


class IngestBusy(Exception):
    """Another writer holds the ingest lock of these keys."""


@dataclass
class IngestResult:
    """What one ``ingest`` wrote."""

    records: int = 0
    articles: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    finished_runs: list[int] = field(default_factory=list)
    rejected: int = 0


def _text(value: Any) -> str | None:
    return value.decode() if isinstance(value, bytes) else value


class Ingest:
    """Write records into ``db`` (a sqlite-utils Database) from ``server`` under ``keys``.

    ``after_drain(db)`` runs whenever the list is drained after new articles (enrichment).
    """

    LOCK_MS = 60_000

    def __init__(self, db: Any, server: Any, keys: Keys, *, batch: int = 200,
                 after_drain: Callable[[Any], Any] | None = None, owner: str = "") -> None:
        self.db, self.server, self.keys, self.batch = db, server, keys, batch
        self.after_drain = after_drain
        self.owner = owner
        self.token = f"{owner}|{uuid.uuid4().hex}"
        self.result = IngestResult()
        self.runs: dict[str, int] = {}
        self.dirty = False

    # -- ownership ---------------------------------------------------------------------------------
    def acquire(self) -> None:
        """Become the writer. ``owner`` (host and database file, whose file lock the caller
        holds) lets a restarted writer take over at once from its own dead predecessor."""
        if self.server.set(self.keys.ingest_lock, self.token, nx=True, px=self.LOCK_MS):
            return
        holder = _text(self.server.get(self.keys.ingest_lock)) or ""
        if self.owner and holder.rsplit("|", 1)[0] == self.owner:
            self.server.set(self.keys.ingest_lock, self.token, px=self.LOCK_MS)
            return
        raise IngestBusy(f"another ingest is writing from {self.keys.items} ({holder.rsplit('|', 1)[0]})")

    def refresh(self) -> None:
        if _text(self.server.get(self.keys.ingest_lock)) != self.token:
            raise IngestBusy("the ingest lock was taken over (this writer stalled too long)")
        self.server.pexpire(self.keys.ingest_lock, self.LOCK_MS)

    def release(self) -> None:
        if _text(self.server.get(self.keys.ingest_lock)) == self.token:
            self.server.delete(self.keys.ingest_lock)

    # -- what workers skip ---------------------------------------------------------------------------
    def publish_links(self, chunk: int = 10_000) -> int:
        """Put every stored article URL, alias and dead link in the sets workers consult."""
        n, known, skipped = 0, [], []
        for url, is_article in store_ops.remembered_links(self.db):
            (known if is_article else skipped).append(url)
            n += 1
            if len(known) + len(skipped) >= chunk:
                self._add_links(known, skipped)
                known, skipped = [], []
        self._add_links(known, skipped)
        return n

    def _add_links(self, known: list[str], skipped: list[str]) -> None:
        pipe = self.server.pipeline(transaction=False)
        if known:
            pipe.sadd(self.keys.known, *known)
        if skipped:
            pipe.sadd(self.keys.skipped, *skipped)
        pipe.execute()

    # -- the loop --------------------------------------------------------------------------------------
    def run(self, *, follow: bool = False, wait: float = 0.5) -> IngestResult:
        """Drain until a crawl not finished before is over and everything is written (or, with
        ``follow``, until interrupted)."""
        self.acquire()
        try:
            self.publish_links()
            while True:
                self.refresh()
                if self.drain_once(wait):
                    continue
                if self.dirty and self.after_drain is not None:
                    self.after_drain(self.db)
                self.dirty = False
                finished = self.finish_runs()
                if finished and not follow:
                    return self.result
        finally:
            self.release()

    def drain_once(self, wait: float) -> int:
        """Write what is pending, then take up to ``batch`` new records and write them."""
        pending = self.server.lrange(self.keys.pending, 0, -1)
        if not pending:
            first = self.server.blmove(self.keys.items, self.keys.pending, wait, "LEFT", "RIGHT")
            if first is None:
                return 0
            pipe = self.server.pipeline(transaction=False)
            for _ in range(self.batch - 1):
                pipe.lmove(self.keys.items, self.keys.pending, "LEFT", "RIGHT")
            pending = [first, *(r for r in pipe.execute() if r is not None)]
        for raw in pending:
            self.write(raw)
        self.server.delete(self.keys.pending)  # acknowledged: everything above is committed
        return len(pending)

    # -- one record ----------------------------------------------------------------------------------
    def write(self, raw: bytes | str) -> None:
        try:
            record = json.loads(raw)
            kind, data = record["kind"], record["data"]
            run_id = self.run_for(str(record["crawl"]))
        except (ValueError, KeyError, TypeError):
            self.result.rejected += 1
            return
        self.result.records += 1
        self.result.kinds[kind] += 1
        if kind == "article":
            self._article(data, run_id)
        elif kind == "fetch":
            store.record_fetch(self.db, run_id=run_id, record=record.get("id"), **data)
        elif kind == "extraction":
            store.record_extraction(self.db, data["url"], data["outcome"], run_id)
        elif kind == "seen":
            store_ops.save_seen_urls(self.db, [data])
            self._add_links([data["url"]] if data.get("article_url") else [],
                            [] if data.get("article_url") else [data["url"]])
        else:
            self.result.rejected += 1

    def _article(self, data: dict[str, Any], run_id: int) -> None:
        notes = data.get("notes") or []
        data["notes"] = "; ".join(notes) if isinstance(notes, list) and notes else (notes or None)
        outcome = store.save_article(self.db, data)
        self.result.articles[outcome] += 1
        self.dirty = self.dirty or outcome != store.UNCHANGED
        url = data.get("fetched_url") or data["url"]
        store.record_extraction(self.db, url, "ok" if data.get("published") else "no_date", run_id)
        self.server.sadd(self.keys.known, data["url"])

    # -- runs ------------------------------------------------------------------------------------------
    def _run_key(self, crawl_id: str) -> str:
        return f"redis_run:{self.keys.prefix}:{crawl_id}"

    def run_for(self, crawl_id: str) -> int:
        """The ``crawl_runs`` row of a Redis crawl, opened when its first record arrives."""
        if crawl_id not in self.runs:
            stored = store.get_meta(self.db, self._run_key(crawl_id))
            if stored is None:
                sources = int(_text(self.server.hget(self.keys.crawl, "sources")) or 0)
                stored = str(store.start_run(self.db, "distributed", sources))
                store.set_meta(self.db, self._run_key(crawl_id), stored)
            self.runs[crawl_id] = int(stored)
        return self.runs[crawl_id]

    def finish_runs(self) -> bool:
        """Close the run of the crawl Redis reports done, once everything is written. True when a
        crawl not finished by an earlier writer was finished now (or already was, by this one)."""
        crawl = {_text(k): _text(v) for k, v in self.server.hgetall(self.keys.crawl).items()}
        crawl_id = crawl.get("id")
        if not crawl_id or crawl.get("state") != "done" or self.server.llen(self.keys.items):
            return False
        last_key = f"redis_finished:{self.keys.prefix}"
        if store.get_meta(self.db, last_key) == crawl_id:
            return any(run for run in self.result.finished_runs)
        run_id = self.run_for(crawl_id)
        started = self.db.execute("SELECT started FROM crawl_runs WHERE id = ?", [run_id]).fetchone()[0]
        counts = store.run_counts(self.db, run_id)
        counts.update(store.versions_between(self.db, started, store.now_iso()))
        store.finish_run(self.db, run_id, "ok", counts)
        store.set_meta(self.db, last_key, crawl_id)
        self.result.finished_runs.append(run_id)
        return True
