"""The resolutions facet counts articles per code, from the articles' own tag arrays.

Several catalog documents share a code (20-NQ/TW of 2008, 2012 and 2017): an article citing two
of them has two rows in ``article_resolutions`` and the code once in its array. The facet counts
the article once, as the ``resolutions__arraycontains=`` filter it links to selects it once; a
count of ``article_resolutions`` rows by code would say two.
"""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3

from crawler import store
from crawler.cli import METADATA
from feeds.facets import tag_counts_sql
from feeds.server import make_datasette
from tests.test_store import article


def _tag(key: str) -> dict[str, str]:
    return {"resolution_key": key, "code": key.split("@")[0], "method": "exact", "evidence": key.split("@")[0]}


def test_an_article_citing_two_documents_of_one_code_counts_once(tmp_path):
    path = tmp_path / "facet.db"
    db = store.open_db(path)
    both, one = (store.article_id(f"http://portal.example.vn/tin/{n}") for n in (1, 2))
    for n in (1, 2):
        store.save_article(db, article(url=f"http://portal.example.vn/tin/{n}"))
    store.replace_tags(db, both, [_tag("20-NQ/TW@2008"), _tag("20-NQ/TW@2017"), _tag("02-NQ/TW@2021")], [], "h")
    store.replace_tags(db, one, [_tag("20-NQ/TW@2012")], [], "h")
    rows = dict(db.execute("SELECT code, count(*) FROM article_resolutions GROUP BY code").fetchall())
    assert rows == {"20-NQ/TW": 3, "02-NQ/TW": 1}
    db.close()

    async def facet(query: str) -> dict[str, int]:
        ds = make_datasette(path, METADATA)
        await ds.invoke_startup()
        response = await ds.client.get(f"/{path.stem}/articles.json?_size=0{query}")
        assert response.status_code == 200, response.text
        results = json.loads(response.text)["facet_results"]["resolutions"]["results"]
        return {r["value"]: r["count"] for r in results}

    assert asyncio.run(facet("")) == {"20-NQ/TW": 2, "02-NQ/TW": 1}
    assert asyncio.run(facet(f"&id={both}")) == {"20-NQ/TW": 1, "02-NQ/TW": 1}
    assert asyncio.run(facet("&resolutions__arraycontains=02-NQ/TW")) == {"20-NQ/TW": 1, "02-NQ/TW": 1}


def _store_with_arrays(path, arrays: list[str]) -> list[str]:
    """A store of one article per array, its ``resolutions`` column set to that JSON text."""
    db = store.open_db(path)
    ids = []
    for n, _ in enumerate(arrays):
        store.save_article(db, article(url=f"http://portal.example.vn/tin/{n}", title=f"Bài {n}"))
        ids.append(store.article_id(f"http://portal.example.vn/tin/{n}"))
    with db.conn:
        db.conn.executemany("UPDATE articles SET resolutions = ?, province = ? WHERE id = ?",
                            [(a, "Hà Nội" if n % 3 else "Cần Thơ", i) for n, (a, i) in enumerate(zip(arrays, ids, strict=True))])
    db.close()
    return ids


def _row_by_row(inner: str, limit: int) -> str:
    """The facet's statement as it was: every row joined with ``json_each`` of its array."""
    return (f"select j.value as value, count(*) as count from ({inner}) as inner "
            f"join json_each(inner.resolutions) j group by j.value order by count desc, value limit {limit}")


def test_counts_per_distinct_array_are_the_row_by_row_counts(tmp_path):
    rng = random.Random(7)
    codes = ["02-NQ/TW", "05-CT/TW", "20-NQ/TW", "01-KL/TW", "9/NQ-CP"]
    arrays = ["[]"] * 40 + [json.dumps(rng.sample(codes, rng.randint(1, 3))) for _ in range(80)]
    arrays += ['["02-NQ/TW", "02-NQ/TW"]', '["05-CT/TW", 7]', '[null]']  # a repeat, a number, a null
    path = tmp_path / "arrays.db"
    _store_with_arrays(path, arrays)
    conn = sqlite3.connect(path)
    for inner in ("select * from articles", "select * from articles where province = 'Cần Thơ'",
                  "select * from articles where resolutions like '%05%'", "select * from articles where 0"):
        for limit in (2, 31):
            expected = conn.execute(_row_by_row(inner, limit)).fetchall()
            assert conn.execute(tag_counts_sql(inner, "resolutions", limit)).fetchall() == expected
    conn.close()


def test_the_facet_reads_each_distinct_array_once(tmp_path):
    """The statement the facet page runs does a fraction of the row-by-row statement's work when
    many articles share an array (SQLite's virtual machine steps, counted by a progress handler)."""
    arrays = ["[]", '["02-NQ/TW"]', '["02-NQ/TW", "05-CT/TW"]', '["20-NQ/TW", "01-KL/TW", "05-CT/TW"]'] * 150
    path = tmp_path / "shared.db"
    _store_with_arrays(path, arrays)
    statements: list[tuple[str, object]] = []

    async def page() -> dict[str, int]:
        ds = make_datasette(path, METADATA)
        await ds.invoke_startup()
        db = ds.get_database(path.stem)
        execute = db.execute

        async def recorded(sql, params=None, **kw):
            statements.append((sql, params))
            return await execute(sql, params, **kw)

        db.execute = recorded
        response = await ds.client.get(f"/{path.stem}/articles.json?_size=0")
        assert response.status_code == 200, response.text
        return {r["value"]: r["count"] for r in json.loads(response.text)["facet_results"]["resolutions"]["results"]}

    assert asyncio.run(page()) == {"02-NQ/TW": 300, "05-CT/TW": 300, "20-NQ/TW": 150, "01-KL/TW": 150}
    (sql, params), = [(s, p) for s, p in statements if "json_each" in s]
    inner = "select * from articles"  # what the page's table query selects, no filter
    conn = sqlite3.connect(path)

    def steps(statement: str) -> int:
        counted = [0]

        def tick() -> int:
            counted[0] += 1
            return 0

        conn.set_progress_handler(tick, 1)
        rows = conn.execute(statement, params or {}).fetchall()
        conn.set_progress_handler(None, 1)
        assert rows == conn.execute(_row_by_row(inner, 31), params or {}).fetchall()
        return counted[0]

    assert steps(sql) * 2 < steps(_row_by_row(inner, 31))
    conn.close()
