"""Shared fixtures: a migrated in-memory store, the sample web, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import store

ROOT = Path(__file__).resolve().parent.parent
UNIONWATCH = [sys.executable, "-m", "crawler.cli"]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """A test marked ``python_sources`` replaces functions inside the tagging modules to watch each
    call; compiled modules call each other directly, past such a replacement. When they are compiled
    (crawler/compiled.py), the test runs in a pytest of its own on the Python sources, which
    tests/test_tagging_recorded.py proves tag alike, and must pass there."""
    from crawler import compiled

    if pyfuncitem.get_closest_marker("python_sources") is None or compiled.state() != compiled.COMPILED:
        return None
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", pyfuncitem.nodeid],
        capture_output=True, text=True, cwd=pyfuncitem.config.rootpath, env={**os.environ, compiled.ENV: "1"},
    )
    assert done.returncode == 0, f"on the Python sources:\n{done.stdout[-6000:]}{done.stderr[-2000:]}"
    return True


@pytest.fixture
def fresh_db(tmp_path):
    """A new database file with every migration applied."""
    return store.open_db(tmp_path / "unionwatch.db")


def run_cli(*args: str, input: str | None = None, timeout: int = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `unionwatch` command line in a subprocess."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [*UNIONWATCH, *args], input=input, capture_output=True, text=True, timeout=timeout,
        cwd=ROOT, env=full_env,
    )


@pytest.fixture(scope="session")
def sampleweb():
    """The bundled sample web on free ports for the whole test session (fast slow portal)."""
    from crawler.sampleweb import SampleWeb

    web = SampleWeb(slow_delay=0.2).start()
    yield web
    web.stop()


@pytest.fixture(scope="session")
def sample_registry(sampleweb, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("registry") / "sampleweb.toml"
    path.write_text(sampleweb.registry_toml(), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def published_db(sample_registry, tmp_path_factory) -> Path:
    """The sample web crawled and tagged into a store, plus one hostile article (publication tests)."""
    from tests.publishing import add_hostile_article

    db = tmp_path_factory.mktemp("published") / "unionwatch.db"
    run_cli("crawl", "--registry", str(sample_registry), "--db", str(db), "--delay", "0")
    enrich = run_cli("enrich", "--db", str(db))
    assert enrich.returncode == 0, enrich.stderr
    add_hostile_article(db)
    return db


@pytest.fixture(scope="session")
def served(published_db):
    """`unionwatch serve` over ``published_db``; yields the base URL."""
    from bench.harness import Served

    server = Served(published_db)
    yield server.base
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    """A real redis-server on a free port of 127.0.0.1 for the session (no persistence)."""
    from crawler.distributed.local import LocalRedis

    try:
        server = LocalRedis().start()
    except FileNotFoundError as exc:
        pytest.fail(f"{exc}; `make test` installs it")
    yield server
    server.stop()


_redis_dbs = iter(range(1, 64))


@pytest.fixture
def redis_url(redis_server) -> str:
    """redis://127.0.0.1:PORT/N: a Redis database of its own for each test, empty."""
    import redis

    url = redis_server.url(next(_redis_dbs))
    redis.Redis.from_url(url).flushdb()
    return url
