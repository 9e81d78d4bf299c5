"""The resolutions facet counts articles per code, from the articles' own tag arrays.

Several catalog documents share a code (20-NQ/TW of 2008, 2012 and 2017): an article citing two
of them has two rows in ``article_resolutions`` and the code once in its array. The facet counts
the article once, as the ``resolutions__arraycontains=`` filter it links to selects it once; a
count of ``article_resolutions`` rows by code would say two.
"""

from __future__ import annotations

import asyncio
import json

from crawler import store
from crawler.cli import METADATA
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
