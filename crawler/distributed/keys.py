"""Every Redis key of a distributed crawl, derived from one prefix (default ``unionwatch``)."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PREFIX = "unionwatch"


@dataclass(frozen=True)
class Keys:
    """Key names under ``prefix``. Several independent deployments can share one Redis server
    with different prefixes (``UNIONWATCH_REDIS_PREFIX``)."""

    prefix: str = DEFAULT_PREFIX

    def _k(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    # -- the crawl ---------------------------------------------------------------------------
    @property
    def crawl(self) -> str:
        """Hash: id, state (seeding | running | done), seeder, digest, started, finished."""
        return self._k("crawl")

    @property
    def crawl_seq(self) -> str:
        return self._k("crawl:seq")

    # -- requests (scrapy-redis queue and duplicate filter) ---------------------------------
    @property
    def requests(self) -> str:
        """Base key of the per-host queue (``queue.HostQueue``)."""
        return self._k("requests")

    @property
    def dupefilter(self) -> str:
        """Set of request fingerprints admitted to the queue in this crawl."""
        return self._k("dupefilter")

    @property
    def requeued(self) -> str:
        """Hash: sha1 of a request -> times it was put back after a worker failed with it."""
        return self._k("requeued")

    @property
    def dead(self) -> str:
        """List of requests put back too often (a request that kills every worker)."""
        return self._k("dead")

    # -- workers -------------------------------------------------------------------------------
    @property
    def workers(self) -> str:
        """Set of worker ids that may hold leased requests."""
        return self._k("workers")

    @property
    def worker_prefix(self) -> str:
        return self._k("worker:")

    def worker(self, worker_id: str) -> str:
        """A worker's heartbeat: a key that expires when the worker stops refreshing it."""
        return self.worker_prefix + worker_id

    @property
    def inflight_prefix(self) -> str:
        return self._k("inflight:")

    def inflight(self, worker_id: str) -> str:
        """Hash: lease id -> "host<TAB>request" for each request a worker has taken."""
        return self.inflight_prefix + worker_id

    # -- records ---------------------------------------------------------------------------------
    @property
    def items(self) -> str:
        """List of JSON records pushed by workers, oldest first."""
        return self._k("items")

    @property
    def pending(self) -> str:
        """List of records the writer has taken and not yet committed to SQLite."""
        return self._k("items:pending")

    @property
    def ingest_lock(self) -> str:
        return self._k("ingest")

    # -- what the store already has (published by the writer, read by workers) ---------------
    @property
    def known(self) -> str:
        """Set of canonical URLs (and aliases) of stored articles."""
        return self._k("known")

    @property
    def skipped(self) -> str:
        """Set of links that gave no article (not found, not an article): not fetched again."""
        return self._k("skipped")
