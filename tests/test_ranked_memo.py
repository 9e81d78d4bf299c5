"""The ranked search's answers, remembered while the store is unchanged, are Datasette's answers.

``feeds/ranked_memo.py`` keeps the answer of the canned query ``search`` under its match expression
and the words it marks, and serves it again while the store is unchanged. Pages (JSON, HTML, CSV),
errors and time limits must be those of Datasette as it comes; a query typed with or without
accents is answered once; a write to the store is seen by the next request.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from bench.synthetic import build
from crawler.cli import METADATA
from feeds import ranked_memo
from feeds.server import make_datasette
from tests.test_table_search import NEWEST, _copy, plain

QUERIES = ["liên đoàn lao động", "lien doan lao dong", "LIÊN  ĐOÀN lao\u00a0động", "Lien Doan Lao Dong", "đoàn viên",
           "doan vien", '"lien doan"', "lien doan", "Sóc Trăng", "xyz", "", '"', "a\"b", "02-NQ/TW", "nghi quyet 02"]
FORMATS = ["search.json?_shape=array&q={}", "search.json?q={}", "search.csv?q={}", "search?q={}"]
LIMITED = "search.json?_shape=array&_timelimit=1&q={}"  # Datasette's time limit: 1 ms


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build(2000, path=tmp_path_factory.mktemp("ranked-memo") / "uw.db")


def _comparable(status: int, text: str, url: str) -> tuple[int, object]:
    if ".json" in url:
        body = json.loads(text)
        if isinstance(body, dict):
            body.pop("query_ms", None)
        return status, body
    return status, re.sub(r"[0-9.]+ ?ms", "", text)  # the time the query took, shown on HTML pages


async def _answers(ds, path: Path, urls: list[str]) -> list[tuple[int, object]]:
    out = []
    for url in urls:
        response = await ds.client.get(f"/{path.stem}/{url}")
        out.append(_comparable(response.status_code, response.text, url))
    return out


def _one_thread(ds):
    ds.executor = ThreadPoolExecutor(max_workers=1)  # one connection: its first look at the store is the only one
    return ds


def test_answers_are_datasettes_and_each_query_is_run_once(store_path):
    urls = [f.format(quote_plus(q)) for q in QUERIES for f in FORMATS]

    async def run():
        ours, theirs = _one_thread(make_datasette(store_path, METADATA)), plain(store_path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        first = await _answers(ours, store_path, urls)
        ran = ours.databases[store_path.stem].ranked.ran
        again = await _answers(ours, store_path, urls[::-1])
        return first, again[::-1], await _answers(theirs, store_path, urls), ran, \
            ours.databases[store_path.stem].ranked.ran

    first, again, theirs, ran, ran_after = asyncio.run(run())
    assert first == theirs and again == theirs
    assert sum(1 for (status, rows), url in zip(theirs, urls, strict=True)
               if status == 200 and "_shape=array" in url and rows) > 8
    keys = {ranked_memo.answer_key(q) for q in QUERIES}
    assert len(keys) < len(QUERIES) - 4  # spellings share an answer
    assert ran == len(keys)  # once per answer: JSON, CSV and HTML fetch alike
    assert ran_after == ran


def test_the_time_limit_interrupts_as_datasettes_does(store_path):
    """A statement over its time limit gives Datasette's error; an answer served from memory
    is the one given without the limit."""
    heavy = ["cong nhan lao dong co hoan canh kho khan", "lien doan lao dong", "an toan ve sinh lao dong"]
    urls = [LIMITED.format(quote_plus(q)) for q in heavy]

    async def run():
        ours, theirs = _one_thread(make_datasette(store_path, METADATA)), plain(store_path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        limited = await _answers(ours, store_path, urls)
        unlimited = await _answers(theirs, store_path, [u.replace("&_timelimit=1", "") for u in urls])
        await _answers(ours, store_path, [u.replace("&_timelimit=1", "") for u in urls])
        remembered = await _answers(ours, store_path, urls)
        return limited, await _answers(theirs, store_path, urls), unlimited, remembered

    limited, theirs, unlimited, remembered = asyncio.run(run())
    errors = [answer for answer in theirs if answer[0] == 400]
    assert errors and [a for a in limited if a[0] == 400]  # 1 ms is too short for these on 2,000 articles
    assert all(_interrupted(answer) for answer in errors)
    for ours, full in zip(limited, unlimited, strict=True):
        assert ours == full or _interrupted(ours)
    assert remembered == unlimited


def _interrupted(answer: tuple[int, object]) -> bool:
    """Datasette's answer to a statement SQLite interrupted. Where the interrupt lands decides its
    words: while the statement runs, "SQL Interrupted"; while SQLite builds the full-text table's
    cursor, the table's "vtable constructor failed". Both are Datasette's as it comes."""
    status, body = answer
    if status != 400 or not isinstance(body, dict) or body.get("ok") is not False:
        return False
    return body.get("title") == "SQL Interrupted" or str(body.get("error", "")).startswith("vtable constructor failed")


def test_a_second_spelling_runs_no_statement(store_path):
    spellings = ["liên đoàn lao động", "lien doan lao dong", "LIEN DOAN LAO DONG", "Liên  Đoàn Lao Động"]

    async def run():
        ds = _one_thread(make_datasette(store_path, METADATA))
        await ds.invoke_startup()
        memo = ds.databases[store_path.stem].ranked
        ran = []
        for q in spellings:
            await ds.client.get(f"/{store_path.stem}/search.json?_shape=array&q={quote_plus(q)}")
            ran.append(memo.ran)
        return ran

    assert asyncio.run(run()) == [1, 1, 1, 1]


def test_a_write_to_the_store_is_seen_by_the_next_request(store_path, tmp_path):
    path = _copy(store_path, tmp_path)
    urls = [f"search.json?_shape=array&q={q}" for q in ("xyzzy", "lien+doan", "Xyzzy")]

    async def run():
        ours, theirs = make_datasette(path, METADATA), plain(path)
        for ds in (ours, theirs):
            await ds.invoke_startup()
        rounds = []
        for write in (None, NEWEST, "delete from articles where id = 'ffffffffffffff01'"):
            if write:
                with sqlite3.connect(path) as conn:
                    conn.execute(write)
            for _ in range(2):
                rounds.append((await _answers(ours, path, urls), await _answers(theirs, path, urls)))
        return rounds

    rounds = asyncio.run(run())
    for ours, theirs in rounds:
        assert ours == theirs
    found = [[len(rows) for _, rows in ours] for ours, _ in rounds]
    assert found[0][0] == 0 and found[2][0] == 1 and found[4][0] == 0  # the new article, then gone
    assert found[0][1] == found[2][1] == 50


def test_only_the_ranked_search_is_remembered():
    sql = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["unionwatch"]["queries"]["search"]["sql"]
    assert ranked_memo.rememberable(sql)
    assert not ranked_memo.rememberable(sql.replace("a.url", "a.url, :q as typed"))
    assert not ranked_memo.rememberable(sql.replace("limit 50", "limit :n"))
    assert not ranked_memo.rememberable("select :q")
    assert not ranked_memo.rememberable("select 1")
    assert not ranked_memo.rememberable(None)


def test_the_answer_key_is_what_the_marks_and_the_match_depend_on():
    key = ranked_memo.answer_key
    assert key("Liên đoàn  lao động") == key("lien doan lao dong") == key("LIEN\u00a0DOAN LAO DONG")
    assert key('"lien doan"') != key("lien doan")  # a phrase matches fewer rows
    assert key("doan lien") != key("lien doan")  # the same words, another match expression
