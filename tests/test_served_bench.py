"""The publication benchmark's server: a real `unionwatch serve` process timed over HTTP, and the
collector settings that process serves under."""

from __future__ import annotations

import gc

import pytest

from bench._served import Served
from crawler.cli import base
from crawler.heap import YOUNG_GENERATION


def test_the_bench_times_a_real_serve_process_with_its_cpu(published_db):
    name = published_db.stem
    with Served(published_db) as server:
        assert server.proc.poll() is None
        before = server.cpu_ms()
        wall, cpu, response = server.get(f"/{name}/search.json?q=lien+doan&_shape=array")
        assert response.status_code == 200 and response.json()
        assert wall > 0 and cpu > 0
        assert server.cpu_ms() >= before + cpu
        wall, cpu, response = server.get("/-/versions.json")
        assert response.status_code == 200 and cpu >= 0
    assert server.proc.poll() is not None  # stopped on leaving the block


def test_the_bench_reports_a_server_that_cannot_start(tmp_path):
    with pytest.raises(RuntimeError, match="unionwatch serve exited"):
        Served(tmp_path / "missing.db")


def test_serve_runs_with_the_start_up_heap_frozen(published_db, monkeypatch):
    import uvicorn

    seen: list[tuple[int, int]] = []

    def run(app, **kwargs) -> None:  # the server's loop, as uvicorn would enter it
        seen.append((gc.get_freeze_count(), gc.get_threshold()[0]))

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    monkeypatch.setattr(uvicorn, "run", run)
    base.serve_datasette(str(published_db), "127.0.0.1", 8001)
    assert len(seen) == 1
    assert seen[0][0] > frozen and seen[0][1] >= YOUNG_GENERATION
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_the_publication_bench_measures_searches_on_a_server(published_db):
    from bench.publish import _measure

    figures = _measure(published_db, searches_only=True)
    assert set(figures) == {"ranked search with snippets (search.json)",
                            "table search, folded (articles.json?_search)",
                            "table search, each search new to the server",
                            "ranked search, each search new to the server"}
    for figure in figures.values():
        assert figure["errors"] == 0 and figure["n"] >= 15
        assert figure["p95_ms"] >= figure["p50_ms"] > 0 and figure["cpu_p50_ms"] > 0
