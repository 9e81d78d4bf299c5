"""`unionwatch crawl --full` of a registry, as the CLI runs it, with the benchmark's politeness.

    python -m bench._crawl REGISTRY DB

The same code path as the command (registry -> sources table -> crawler.runner.run_crawl with
PortalSpider, the project's settings, pipelines, fetch log and archive), with zero delay and no
AutoThrottle on 127.0.0.1 like the bare crawl it is compared with, and every listing page read.
Prints the run's counts and the CPU seconds of the crawl process and of its workers as JSON.
"""

from __future__ import annotations

import json
import resource
import sys

from crawler import store
from crawler.heap import leave_heap
from crawler.registry import load_registry
from crawler.runner import run_crawl
from spiders.portal import PortalSpider

OVERRIDES = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "UNIONWATCH_MAX_PAGES": 10_000}


def main(argv: list[str]) -> int:
    registry_path, db_path = argv
    registry = load_registry(registry_path)
    db = store.open_db(db_path)
    store.upsert_sources(db, registry.sources, str(registry.path))
    db.conn.close()
    result = run_crawl(db_path, registry.sources, PortalSpider, full=True, overrides=OVERRIDES)
    # The crawl process's own CPU time and its extraction workers' (ended and waited for by now).
    own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    cpu = {"process_cpu_s": own.ru_utime + own.ru_stime, "workers_cpu_s": workers.ru_utime + workers.ru_stime}
    print(json.dumps({"run_id": result.run_id, "status": result.status, **result.counts, **cpu}))
    return 0 if result.status == "ok" else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    finally:  # as `unionwatch` ends its commands (crawler.cli.main)
        leave_heap()
