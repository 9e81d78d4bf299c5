"""Feeds answered live by Datasette: filters from the query string, ETag and Last-Modified, 304."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from datasette.utils.asgi import Response
from sqlite_utils import Database

from crawler import store_pub
from feeds.build import EPOCH, render_both, state, validator, when
from feeds.opml import opml
from feeds.specs import all_specs, find_spec, province_redirect

CONTENT_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}
OPML_TYPE = "text/x-opml; charset=utf-8"
FILTERS = store_pub.FEED_FILTERS
DEFAULT_LIMIT, MAX_LIMIT = 50, 500


class BadRequest(ValueError):
    """A query string the feed cannot answer; the message is the one line the client sees."""


def limit_from(args) -> int:
    raw = args.get("limit") or str(DEFAULT_LIMIT)
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise BadRequest(f"limit must be a whole number from 1 to {MAX_LIMIT}, not {raw!r}")
    return int(raw)


def filters_from(args) -> dict[str, str]:
    copies = args.get("copies", "1")
    if copies not in ("0", "1"):
        raise BadRequest("copies must be 0 (leave out syndicated copies) or 1")
    found = {name: args.get(name).strip() for name in FILTERS if (args.get(name) or "").strip()}
    if copies == "1":
        found.pop("copies", None)
    return found


def not_modified(headers, etag: str, modified: datetime | None) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since is read only without it."""
    if_none_match = headers.get("if-none-match")
    if if_none_match:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = headers.get("if-modified-since")
    if since and modified is not None and modified > EPOCH:
        try:
            return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def respond(
    headers, body: bytes | None, etag: str, modified: datetime | None, content_type: str
) -> Response:
    """200 with validators, or 304 (``body`` None) when the client's copy is current."""
    out = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if modified is not None and modified > EPOCH:
        out["Last-Modified"] = format_datetime(modified.astimezone(UTC), usegmt=True)
    if body is None:
        return Response("", status=304, headers=out)
    return Response(body, status=200, headers=out, content_type=content_type)


def base_url(request) -> str:
    return f"{request.scheme}://{request.host}"


async def feed_view(datasette, request, database) -> Response:
    """``/feeds/<kind>/<slug>.<rss|atom>[?limit=&resolution=&province=&unit=&source=]``."""
    kind, slug, fmt = (request.url_vars[k] for k in ("kind", "slug", "fmt"))
    try:
        limit, filters = limit_from(request.args), filters_from(request.args)
    except BadRequest as exc:
        return Response.text(str(exc) + "\n", status=400)
    base = base_url(request)

    def work(conn):
        db = Database(conn)
        spec = find_spec(db, kind, slug)
        if spec is None:
            target = province_redirect(db, slug) if kind == "province" else None
            return None, target, None, None
        if kind == "alerts" and filters:
            raise BadRequest("the alert feed takes no filters")
        spec = spec.narrowed(filters)
        # The validator comes before the feed is built, so a 304 costs a few small queries.
        ids, versions, stamp = state(db, spec, limit)
        etag = validator(spec, fmt, base, limit, versions, stamp)
        modified = max([when(v) for _, v in versions] + [when(stamp) if stamp else EPOCH])
        if not_modified(headers, etag, modified):
            return None, None, etag, modified
        rendered = render_both(db, spec, base, limit, database.name, (fmt,), ids=ids, versions=versions)
        return rendered.body(fmt), None, etag, max(modified, rendered.updated)

    headers = dict(request.headers)
    try:
        body, redirect, etag, modified = await database.execute_fn(work)
    except BadRequest as exc:
        return Response.text(str(exc) + "\n", status=400)
    if redirect:
        query = ("?" + request.query_string) if request.query_string else ""
        return Response.redirect(f"/feeds/province/{redirect}.{fmt}{query}", status=301)
    if etag is None:
        return Response.text(f"no {kind} feed named {slug!r}\n", status=404)
    return respond(headers, body, etag, modified, CONTENT_TYPES[fmt])


async def opml_view(datasette, request, database) -> Response:
    """``/feeds/index.opml``: every feed, for a reader's import."""
    base = base_url(request)

    def work(conn):
        db = Database(conn)
        stamp = max(filter(None, [store_pub.last_change(db), store_pub.tags_changed(db)]), default=None)
        return opml(all_specs(db), base, database=database.name), when(stamp) if stamp else None

    body, modified = await database.execute_fn(work)
    etag = validator(body)
    current = not_modified(dict(request.headers), etag, modified)
    return respond(request.headers, None if current else body, etag, modified, OPML_TYPE)
