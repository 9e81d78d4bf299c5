"""Datasette's SQL threads give a statement to the first idle thread (``feeds/sql_threads.py``):
statements awaited one after another run on one connection; as many run at once as before; pages
read the same as with Datasette's own thread pool."""

from __future__ import annotations

import asyncio
import re
import threading
from concurrent.futures import ThreadPoolExecutor, wait

import pytest

from crawler import store
from crawler.cli import METADATA
from feeds.server import make_datasette
from feeds.sql_threads import FirstIdleExecutor
from tests.unhurried import unhurried


def _all_busy_at_once(executor, n: int) -> set[str]:
    """Run ``n`` tasks that each wait for all ``n`` to have started; the names of their threads."""
    barrier = threading.Barrier(n, timeout=10)

    def task() -> str:
        barrier.wait()
        return threading.current_thread().name

    futures = [executor.submit(task) for _ in range(n)]
    return {f.result(timeout=20) for f in futures}


@pytest.mark.parametrize("make", [FirstIdleExecutor, ThreadPoolExecutor])
def test_as_many_tasks_run_at_once_as_there_are_threads(make):
    executor = make(max_workers=3)
    try:
        assert len(_all_busy_at_once(executor, 3)) == 3
    finally:
        executor.shutdown()


def test_tasks_one_after_another_run_on_the_first_thread():
    executor = FirstIdleExecutor(3)
    try:
        started = _all_busy_at_once(executor, 3)  # three threads, each with its connection
        names = [executor.submit(lambda: threading.current_thread().name).result(timeout=10) for _ in range(30)]
        assert set(names) == {"sql_0"} and "sql_0" in started
    finally:
        executor.shutdown()


def test_datasettes_own_pool_passes_them_round():
    # What the executor is for: with Datasette's pool, statements awaited one after another go
    # round the threads (and their connections).
    executor = ThreadPoolExecutor(max_workers=3)
    try:
        _all_busy_at_once(executor, 3)
        names = {executor.submit(lambda: threading.current_thread().name).result(timeout=10) for _ in range(30)}
        assert len(names) > 1
    finally:
        executor.shutdown()


def test_a_fourth_task_waits_for_a_thread_and_errors_reach_the_caller():
    executor = FirstIdleExecutor(2)
    release = threading.Event()
    try:
        busy = [executor.submit(release.wait, 10) for _ in range(2)]
        waiting = executor.submit(lambda: threading.current_thread().name)
        done, _ = wait([waiting], timeout=0.2)
        assert not done  # both threads busy: it waits, no third thread is started
        release.set()
        assert waiting.result(timeout=10) in {"sql_0", "sql_1"} and all(f.result(timeout=10) for f in busy)

        def fails() -> None:
            raise ValueError("bad statement")

        with pytest.raises(ValueError, match="bad statement"):
            executor.submit(fails).result(timeout=10)
        assert executor.submit(lambda: 42).result(timeout=10) == 42  # the thread lives on
    finally:
        executor.shutdown()
    with pytest.raises(RuntimeError):
        executor.submit(lambda: 1)


def test_shutdown_runs_what_waits_and_ends_the_threads():
    executor = FirstIdleExecutor(1)
    release = threading.Event()
    first = executor.submit(release.wait, 10)
    second = executor.submit(lambda: "ran")
    release.set()
    executor.shutdown(wait=True)
    assert first.result() is True and second.result() == "ran"
    assert not any(t.is_alive() for t in executor._threads)


def _one_thread_past_a_cancelled_statement() -> FirstIdleExecutor:
    """A one-thread pool whose thread, busy when a statement was queued and cancelled, has since
    taken that cancelled statement from the queue."""
    executor = FirstIdleExecutor(1)
    release = threading.Event()
    first = executor.submit(release.wait, 10)
    cancelled = executor.submit(lambda: "never")
    assert cancelled.cancel()
    release.set()
    assert first.result(timeout=10) is True
    return executor


def test_a_thread_whose_waiting_statement_was_cancelled_is_idle_again():
    # A request that goes away cancels its statements; a cancelled one taken from the queue must
    # leave its thread idle, or the pool loses a thread each time and at last runs nothing.
    executor = _one_thread_past_a_cancelled_statement()
    try:
        assert executor.submit(lambda: "ran").result(timeout=10) == "ran"
    finally:
        executor.shutdown(wait=False)


def test_shutdown_ends_a_thread_whose_last_statement_was_cancelled():
    executor = _one_thread_past_a_cancelled_statement()
    done = threading.Thread(target=executor.shutdown, daemon=True)
    done.start()
    done.join(timeout=10)
    assert not done.is_alive() and not any(t.is_alive() for t in executor._threads)


def test_pages_read_the_same_as_with_datasettes_pool(published_db):
    path = published_db
    db = store.open_db(path, migrate=False)
    aid = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    db.close()
    name = path.stem
    urls = [f"/{name}/articles", f"/{name}/articles?_search=lien+doan", f"/{name}/articles.json?_search=doan+vien",
            f"/{name}/articles?province_new=C%E1%BA%A7n+Th%C6%A1", f"/{name}/articles/{aid}",
            f"/{name}/search.json?q=cong+doan&_shape=array", f"/article/{aid}", f"/{name}/sources"]

    async def pages(own_pool: bool) -> tuple[list[tuple[int, str]], set[str]]:
        ds = unhurried(make_datasette(path, METADATA))
        assert isinstance(ds.executor, FirstIdleExecutor)
        if own_pool:
            ds.executor = ThreadPoolExecutor(max_workers=ds.setting("num_sql_threads"))
        await ds.invoke_startup()
        threads: set[str] = set()
        answers = []
        for url in urls * 2:
            r = await ds.client.get(url)
            # The query time (the HTML footer's, the JSON's query_ms) differs from one request to the next.
            answers.append((r.status_code, re.sub(r'Queries took [0-9.]+ms|"query_ms": [0-9.e-]+', "", r.text)))
            threads.add(await ds.get_database(name).execute_fn(lambda conn: threading.current_thread().name))
        ds.executor.shutdown()
        return answers, threads

    ours, theirs = asyncio.run(pages(False)), asyncio.run(pages(True))
    assert [status for status, _ in ours[0]] == [200] * len(urls) * 2
    assert ours[0] == theirs[0]
    assert ours[1] == {"sql_0"}  # every page's last statement, whatever ran beside it, on the first thread
