"""The templates of Datasette's pages are compiled before a server's first request
(``feeds.server.compile_page_templates``, called by ``unionwatch serve``): every page reads the same
as on a server that compiles them when a page first needs them."""

from __future__ import annotations

import asyncio
import re

from crawler import store
from crawler.cli import METADATA
from feeds.server import compile_page_templates, make_datasette
from tests.unhurried import unhurried


def test_every_page_template_and_what_it_includes_is_compiled(published_db):
    ds = make_datasette(published_db, METADATA)
    names = compile_page_templates(ds)
    for name in ("table.html", "default:table.html", "base.html", "_table.html", "_facet_results.html",
                 "_footer.html", "row.html", "query.html", "database.html", "index.html", "uw_article.html"):
        assert name in names
    loaded = []
    ds.jinja_env.loader.get_source = lambda env, name: loaded.append(name)  # any load from now is seen
    for name in names:
        ds.jinja_env.get_template(name)
    assert loaded == []


def test_pages_read_the_same_with_the_templates_compiled_first(published_db):
    path = published_db
    db = store.open_db(path, migrate=False)
    aid = db.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    db.close()
    urls = ["/", f"/{path.stem}", f"/{path.stem}/articles", f"/{path.stem}/articles?_search=lien+doan",
            f"/{path.stem}/articles/{aid}", f"/{path.stem}?sql=select+count(*)+from+articles",
            f"/article/{aid}", f"/{path.stem}/sources"]

    async def pages(compiled: bool) -> list[tuple[int, str]]:
        ds = unhurried(make_datasette(path, METADATA))  # a busy moment cuts no count short on one side only
        if compiled:
            compile_page_templates(ds)
        await ds.invoke_startup()
        # The footer's "Queries took 12.345ms" is the one part that differs from one request to the next.
        return [((r := await ds.client.get(url)).status_code, re.sub(r"Queries took [0-9.]+ms", "", r.text))
                for url in urls]

    first, later = asyncio.run(pages(True)), asyncio.run(pages(False))
    assert [status for status, _ in first] == [200] * len(urls)
    for url, page, again in zip(urls, first, later, strict=True):
        assert page == again, url
