"""Datasette plugin: live feeds with ETag/Last-Modified, the OPML index, and fold() in SQL."""

from __future__ import annotations

import hashlib
from datetime import UTC
from email.utils import format_datetime, parsedate_to_datetime

from datasette import hookimpl
from datasette.utils.asgi import Response
from sqlite_utils import Database

from crawler import store
from crawler.dates import parse_machine
from crawler.textnorm import fold
from feeds import diffusion
from feeds.build import render
from feeds.opml import opml
from feeds.specs import KINDS, all_specs, find_spec

CONTENT_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}
MAX_LIMIT = 500


@hookimpl
def prepare_connection(conn):
    """fold(text): the same diacritic and đ->d folding the store uses for search."""
    conn.create_function("fold", 1, lambda s: fold(s) if isinstance(s, str) else s, deterministic=True)


def _database(datasette):
    name = (datasette.plugin_config("unionwatch") or {}).get("database")
    return datasette.get_database(name)


def _base_url(request) -> str:
    return f"{request.scheme}://{request.host}"


def _conditional(request, body: bytes, last_changed: str | None, content_type: str) -> Response:
    etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    changed = parse_machine(last_changed) if last_changed else None
    if changed is not None:
        headers["Last-Modified"] = format_datetime(changed.astimezone(UTC), usegmt=True)
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and etag in [t.strip() for t in if_none_match.split(",")]:
        return Response("", status=304, headers=headers)
    since = request.headers.get("if-modified-since")
    if since and changed is not None and not if_none_match:
        try:
            if changed.replace(microsecond=0) <= parsedate_to_datetime(since):
                return Response("", status=304, headers=headers)
        except (TypeError, ValueError):
            pass
    return Response(body, status=200, headers=headers, content_type=content_type)


async def feed_view(datasette, request):
    kind = request.url_vars["kind"]
    slug = request.url_vars["slug"]
    fmt = request.url_vars["fmt"]
    try:
        limit = max(1, min(int(request.args.get("limit", "50")), MAX_LIMIT))
    except ValueError:
        return Response.text("limit must be a number", status=400)
    copies = request.args.get("copies", "1")
    if copies not in ("0", "1"):
        return Response.text("copies must be 0 (leave out syndicated copies) or 1", status=400)
    base = _base_url(request)

    def work(conn):
        db = Database(conn)
        spec = find_spec(db, kind, slug)
        if spec is None:
            return None, None
        return render(db, spec, fmt, base, limit, copies == "1"), store.last_change(db)

    body, last_changed = await _database(datasette).execute_fn(work)
    if body is None:
        return Response.text(f"no {kind} feed named {slug!r}", status=404)
    return _conditional(request, body, last_changed, CONTENT_TYPES[fmt])


async def opml_view(datasette, request):
    base = _base_url(request)

    def work(conn):
        db = Database(conn)
        return opml(all_specs(db), base), store.last_change(db)

    body, last_changed = await _database(datasette).execute_fn(work)
    return _conditional(request, body, last_changed, "text/x-opml; charset=utf-8")


@hookimpl
def register_routes():
    kinds = "|".join(KINDS)
    return [
        (rf"^/feeds/(?P<kind>{kinds})/(?P<slug>[A-Za-z0-9._\-]+)\.(?P<fmt>rss|atom)$", feed_view),
        (r"^/feeds/index\.opml$", opml_view),
        *diffusion.routes(),
    ]
