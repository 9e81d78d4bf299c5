"""The Datasette app UnionWatch serves: the database, the metadata file and its settings.

``datasette-metadata.json`` holds the settings too, under a top-level ``settings`` key (where
Datasette 1.0's ``datasette.yaml`` keeps them); they are taken out here and passed to Datasette.
Read-only to the public: Datasette 0.65 opens the file with ``mode=ro`` for queries, has no
write API, and no canned query writes; arbitrary SQL is allowed, limited by
``sql_time_limit_ms``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from datasette.app import Datasette
from jinja2 import meta

from feeds.search_database import SearchDatabase
from feeds.sql_threads import FirstIdleExecutor

DEFAULTS = {"sql_time_limit_ms": 3000, "suggest_facets": False}
NAME = "unionwatch"


def load_metadata(metadata_path: Path | None, database: str) -> tuple[dict, dict]:
    """(metadata for Datasette, settings) from the metadata file, renamed for ``database``."""
    metadata: dict = {}
    if metadata_path is not None and metadata_path.exists():
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    settings = {**DEFAULTS, **metadata.pop("settings", {})}
    # The metadata describes the database "unionwatch"; Datasette names a database after its
    # file, so apply the same description (and its links) whatever the file is called.
    databases = metadata.get("databases", {})
    if NAME in databases and database != NAME:
        databases[database] = databases.pop(NAME)
        for key in ("description_html", "source_url"):
            if key in metadata:
                metadata[key] = metadata[key].replace(f"/{NAME}/", f"/{database}/")
    return metadata, settings


ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")


def read_only(app: Callable) -> Callable:
    """ASGI wrapper for the public server: GET, HEAD and OPTIONS pass, anything else is 405.

    Datasette 0.65 has no write API, but it answers a POST to a table with a 500 and to
    ``/-/messages`` by setting a cookie; the public has no business posting at all.
    """

    async def wrapped(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "http" and scope["method"] not in ALLOWED_METHODS:
            await send({"type": "http.response.start", "status": 405, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS")]})
            await send({"type": "http.response.body", "body": b"Read-only: only GET and HEAD are answered.\n"})
            return
        await app(scope, receive, send)

    return wrapped


def make_datasette(db_path: str | Path, metadata_path: Path | None = None) -> Datasette:
    """A Datasette instance over ``db_path`` with UnionWatch's metadata and settings.

    The database is Datasette's own with one difference: the count of a table search that has
    no other filter comes from the full-text index, and its first page may be planned differently
    (``feeds/search_database.py``). Its SQL threads give a statement to the first idle thread
    in a fixed order (``feeds/sql_threads.py``).
    """
    name = Path(db_path).stem
    metadata, settings = load_metadata(metadata_path, name)
    datasette = Datasette([str(db_path)], metadata=metadata, settings=settings)
    plain = datasette.databases[name]
    datasette.remove_database(name)
    datasette.add_database(SearchDatabase(datasette, plain.path, is_mutable=plain.is_mutable), name=name)
    if datasette.executor is not None:  # statements awaited one after another stay on one connection
        datasette.executor.shutdown(wait=False)  # it has started no thread yet
        datasette.executor = FirstIdleExecutor(datasette.setting("num_sql_threads"))
    return datasette


PAGE_TEMPLATES = ("index.html", "database.html", "table.html", "_table.html", "row.html", "query.html",
                  "uw_article.html", "uw_resolution.html")


def compile_page_templates(datasette: Datasette) -> list[str]:
    """Compile the templates of Datasette's HTML pages and every template they extend or include,
    so that the first page a new server renders does not pay for it (about 140 ms of CPU on the
    first table page). The same environment renders them afterwards: only the moment of the
    compilation changes. Returns the names compiled."""
    env, done, todo = datasette.jinja_env, [], list(PAGE_TEMPLATES)
    while todo:
        name = todo.pop()
        if name in done:
            continue
        env.get_template(name)
        done.append(name)
        source = env.loader.get_source(env, name)[0] if env.loader else ""
        todo.extend(n for n in meta.find_referenced_templates(env.parse(source)) if isinstance(n, str))
    return done
