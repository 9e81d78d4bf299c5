"""Two or three `unionwatch crawl --redis` workers and one `unionwatch ingest` against a real
redis-server and a generated sample web: every article stored exactly once, also when a worker
is killed with SIGKILL in the middle of the crawl."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from datetime import date, datetime

import pytest
import redis

from crawler import store
from crawler.distributed.keys import Keys
from crawler.sampleweb import generate
from crawler.urls import canonicalize
from tests.conftest import ROOT, UNIONWATCH, run_cli

pytestmark = [pytest.mark.redis, pytest.mark.slow]

PORTALS, ARTICLES = 6, 12


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    site = generate(PORTALS, ARTICLES, seed=12, today=date(2025, 11, 1), slow_delay=0).start()
    registry = tmp_path_factory.mktemp("scaleout") / "registry.toml"
    registry.write_text(site.registry_toml(), encoding="utf-8")
    yield site, registry
    site.stop()


def expected_ids(site) -> set[str]:
    return {store.article_id(canonicalize(e["url"])) for e in site.expected_articles()}


def worker(registry, url: str, name: str, delay: float = 0.05, lease: float = 30) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "UNIONWATCH_REDIS_WORKER": name,
           "UNIONWATCH_REDIS_LEASE_SECONDS": str(lease)}
    return subprocess.Popen(
        [*UNIONWATCH, "crawl", "--registry", str(registry), "--redis", url, "--delay", str(delay)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def stored(db_path) -> tuple[set[str], int]:
    db = store.open_db(db_path)
    ids = {r[0] for r in db.execute("SELECT id FROM articles")}
    return ids, db["articles"].count


def test_three_workers_store_every_article_exactly_once(web, redis_url, tmp_path):
    site, registry = web
    db_path = tmp_path / "uw.db"
    workers = [worker(registry, redis_url, f"w{i}") for i in range(3)]
    ingest = run_cli("ingest", "--redis", redis_url, "--db", str(db_path), timeout=300)
    results = [finish(w) for w in workers]
    assert ingest.returncode == 0, ingest.stderr
    for code, out, err in results:
        assert code == 0, err
        assert "finished" in out
    roles = sorted(out.split("(")[1].split(")")[0] for _, out, _ in results)
    assert roles == ["join", "join", "seed"]
    ids, count = stored(db_path)
    assert ids == expected_ids(site) and count == PORTALS * ARTICLES
    db = store.open_db(db_path)
    run = db.execute("SELECT status, mode, new, sources FROM crawl_runs").fetchall()
    assert run == [("ok", "distributed", PORTALS * ARTICLES, PORTALS)]
    # every article page was fetched once by one of the workers, listing pages too
    twice = db.execute(
        "SELECT url, count(*) FROM fetches WHERE kind != 'robots' GROUP BY url HAVING count(*) > 1"
    ).fetchall()
    assert twice == []
    assert db.execute("SELECT count(*) FROM articles WHERE tagged_hash IS NULL").fetchone()[0] == 0
    assert f"{PORTALS * ARTICLES} new" in ingest.stdout

    # The next crawl knows what is stored: the listings are read again, no article is fetched.
    again = [worker(registry, redis_url, f"v{i}") for i in range(2)]
    ingest = run_cli("ingest", "--redis", redis_url, "--db", str(db_path), timeout=300)
    assert all(finish(w)[0] == 0 for w in again)
    assert "0 new" in ingest.stdout, ingest.stdout
    latest = db.execute("SELECT max(id) FROM crawl_runs").fetchone()[0]
    assert db.execute("SELECT count(*) FROM fetches WHERE run_id = ? AND kind = 'article'",
                      [latest]).fetchone()[0] == 0


def test_a_worker_killed_mid_crawl_loses_no_request(web, redis_url, tmp_path):
    site, registry = web
    server, keys = redis.Redis.from_url(redis_url), Keys()
    # The victim starts first, so the others cannot drain the queue before it holds requests
    # (on a loaded machine a worker's start-up takes seconds); they start before it is killed.
    workers = {"b": worker(registry, redis_url, "b", delay=0.25, lease=2)}
    deadline = time.monotonic() + 60
    while server.hlen(keys.inflight("b")) < 2:  # the victim holds requests it has not finished
        assert time.monotonic() < deadline, "worker b never took requests"
        assert workers["b"].poll() is None, workers["b"].communicate()
        time.sleep(0.02)
    workers |= {name: worker(registry, redis_url, name, delay=0.25, lease=2) for name in ("a", "c")}
    os.kill(workers["b"].pid, signal.SIGKILL)
    workers["b"].wait()
    db_path = tmp_path / "uw.db"
    ingest = run_cli("ingest", "--redis", redis_url, "--db", str(db_path), "--no-tag", timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    for name in ("a", "c"):
        code, out, err = finish(workers[name])
        assert code == 0, err
    assert server.hlen(keys.requeued) >= 2  # b's leases went back to the queue
    assert server.llen(keys.dead) == 0
    ids, count = stored(db_path)
    assert ids == expected_ids(site) and count == PORTALS * ARTICLES
    untagged = store.open_db(db_path).execute("SELECT count(*) FROM articles WHERE tagged_hash IS NULL")
    assert untagged.fetchone()[0] == count  # --no-tag: written only


def test_politeness_holds_across_workers(web, redis_url, tmp_path):
    """Three workers, half a second per host: each host still gets two requests a second."""
    site, registry = web
    workers = [worker(registry, redis_url, f"p{i}", delay=0.5) for i in range(3)]
    db_path = tmp_path / "uw.db"
    ingest = run_cli("ingest", "--redis", redis_url, "--db", str(db_path), timeout=300)
    assert ingest.returncode == 0, ingest.stderr
    assert all(finish(w)[0] == 0 for w in workers)
    db = store.open_db(db_path)
    for portal in site.portals:
        host = f"127.0.0.1:{portal.port}"
        times = [datetime.fromisoformat(t) for (t,) in db.execute(
            "SELECT fetched_at FROM fetches WHERE url LIKE ? AND kind != 'robots' ORDER BY fetched_at",
            [f"http://{host}/%"])]
        assert len(times) > 10
        span = (times[-1] - times[0]).total_seconds()  # whole seconds: allow one at each end
        assert span >= (len(times) - 1) * 0.5 - 2, f"{host}: {len(times)} requests in {span} s"


def test_worker_and_ingest_errors_are_one_line(web, redis_url, tmp_path):
    _, registry = web
    refused = run_cli("crawl", "--registry", str(registry), "--redis", "redis://127.0.0.1:1/0")
    assert refused.returncode == 1
    assert refused.stderr.strip().startswith("unionwatch: cannot use Redis at redis://127.0.0.1:1/0")
    assert len(refused.stderr.strip().splitlines()) == 1
    bad = run_cli("ingest", "--redis", "http://nowhere", "--db", str(tmp_path / "x.db"))
    assert bad.returncode == 1 and bad.stderr.startswith("unionwatch: cannot use Redis at http://nowhere")
    server = redis.Redis.from_url(redis_url)
    server.hset(Keys().crawl, mapping={"id": "7", "state": "running", "digest": "other"})
    other = run_cli("crawl", "--registry", str(registry), "--redis", redis_url, "--max-pages", "2")
    assert other.returncode == 1
    assert "crawl 7 on" in other.stderr and "same registry" in other.stderr
    server.set(Keys().ingest_lock, "elsewhere:/srv/uw.db|token")
    busy = run_cli("ingest", "--redis", redis_url, "--db", str(tmp_path / "x.db"))
    assert busy.returncode == 1
    assert busy.stderr.strip() == (
        f"unionwatch: another ingest is writing from {Keys().items} (elsewhere:/srv/uw.db)"
    )
