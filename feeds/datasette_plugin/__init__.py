"""UnionWatch's Datasette plugin: folded search, live feeds, article and resolution pages, links.

Hooks: ``prepare_connection`` (SQL functions fold, escape_fts, uw_snippet, uw_highlight),
``register_routes`` (/feeds/..., /article/<id>, /resolution/<slug>, and the diffusion pages), ``render_cell`` (links and
highlighted snippets), ``filters_from_request`` (a wrapper: the table search's plan for common queries),
``extra_template_vars`` (feed discovery on every page), ``register_facet_classes``
(a fast facet over tag arrays) and ``extra_css_urls``. Registered through the ``datasette`` entry point in pyproject.toml.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import nh3
from datasette import hookimpl
from markupsafe import Markup, escape

from crawler.textnorm import fold
from feeds import diffusion, live, pages, search, table_search
from feeds.facets import TagFacet
from feeds.specs import KINDS, code_slug, province_slug

PLUGIN = "unionwatch"  # the entry-point name: static files live under /-/static-plugins/unionwatch/
HIGHLIGHT_COLUMNS = ("snippet", "title_match")
CACHE_KIB = 64 * 1024
MMAP_BYTES = 1 << 30
_ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")


def _str(function):
    return lambda *args: function(*args) if all(isinstance(a, str) or a is None for a in args) else None


@hookimpl(trylast=True)
def prepare_connection(conn):
    """Search functions; runs after Datasette's own so that escape_fts is the folding one.

    Also a larger page cache and memory-mapped reads: full-text and facet queries read the
    same index pages over and over.
    """
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.create_function("fold", 1, _str(lambda s: fold(s) if s else s), deterministic=True)
    conn.create_function("escape_fts", 1, _str(search.fts_query), deterministic=True)
    conn.create_function("uw_snippet", 2, _str(search.snippet), deterministic=True)
    conn.create_function("uw_highlight", 2, _str(search.highlight), deterministic=True)


def _database(datasette):
    name = (datasette.plugin_config("unionwatch") or {}).get("database")
    return datasette.get_database(name)


def _with_database(view):
    async def inner(datasette, request):
        return await view(datasette, request, _database(datasette))

    return inner


@hookimpl
def register_routes():
    kinds = "|".join(KINDS)
    return [
        (rf"^/feeds/(?P<kind>{kinds})/(?P<slug>[A-Za-z0-9._\-]+)\.(?P<fmt>rss|atom)$",
         _with_database(live.feed_view)),
        (r"^/feeds/index\.opml$", _with_database(live.opml_view)),
        (r"^/article/(?P<id>[0-9a-f]{16})$", _with_database(pages.article_view)),
        (r"^/resolution/(?P<slug>[A-Za-z0-9\-]+)$", _with_database(pages.resolution_view)),
        *diffusion.routes(),
    ]


def _link(href: str, text) -> Markup:
    return Markup('<a href="{}">{}</a>').format(href, escape(text))


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Highlighted search results, and links to the article and resolution pages."""
    if column in HIGHLIGHT_COLUMNS and isinstance(value, str):
        return Markup(nh3.clean(value, tags={"mark"}, attributes={}))
    keys = row.keys() if hasattr(row, "keys") else []
    if table == "articles" and column == "title" and "id" in keys and isinstance(value, str):
        return _link(f"/article/{row['id']}", value)
    if column == "article_id" and isinstance(value, str) and _ARTICLE_ID.match(value):
        return _link(f"/article/{value}", value)
    if table == "resolutions" and column == "key" and "slug" in keys and row["slug"]:
        return _link(f"/resolution/{row['slug']}", value)
    if table == "article_resolutions" and column == "code" and isinstance(value, str):
        return _link(f"/resolution/{code_slug(value)}", value)
    return None


_FILTER_ARGS = {
    "resolutions__arraycontains": "resolution",
    "province": "province", "province__exact": "province",
    "province_new": "province", "province_new__exact": "province",
    "source_id": "source", "source_id__exact": "source",
    "units__arraycontains": "unit",
}


def page_feeds(view_name: str, table: str | None, request) -> list[dict[str, str]]:
    """The feeds that follow what a Datasette page shows, for <link rel=alternate> and links."""
    args = request.args if request is not None else {}
    if view_name in ("index", "database"):
        return [{"title": "UnionWatch: tất cả bài viết / all articles",
                 "rss": "/feeds/all/all.rss", "atom": "/feeds/all/all.atom"}]
    if view_name == "table" and table == "alerts":
        return [{"title": "UnionWatch: cảnh báo / alerts",
                 "rss": "/feeds/alerts/all.rss", "atom": "/feeds/alerts/all.atom"}]
    if view_name == "query" and args.get("code"):
        slug = code_slug(args.get("code"))
        return [{"title": f"UnionWatch: {args.get('code')}",
                 "rss": f"/feeds/resolution/{slug}.rss", "atom": f"/feeds/resolution/{slug}.atom"}]
    if view_name != "table" or table != "articles":
        return []
    chosen = {_FILTER_ARGS[k]: args.get(k) for k in args if k in _FILTER_ARGS and args.get(k)}
    label = ", ".join(f"{k}={v}" for k, v in sorted(chosen.items()))
    if len(chosen) == 1 and "unit" not in chosen:
        kind, value = next(iter(chosen.items()))
        slug = {"resolution": code_slug, "province": province_slug, "source": str}[kind](value)
        path = f"/feeds/{kind}/{slug}"
        return [{"title": f"UnionWatch: {label}", "rss": path + ".rss", "atom": path + ".atom"}]
    query = "?" + "&".join(f"{k}={escape_query(v)}" for k, v in sorted(chosen.items())) if chosen else ""
    title = f"UnionWatch: {label}" if chosen else "UnionWatch: tất cả bài viết / all articles"
    return [{"title": title, "rss": f"/feeds/all/all.rss{query}", "atom": f"/feeds/all/all.atom{query}"}]


def escape_query(value: str) -> str:
    return quote(value, safe="")


@hookimpl
def extra_template_vars(template, database, table, columns, view_name, request, datasette):
    return {"uw_feeds": page_feeds(view_name, table, request)}


@hookimpl(hookwrapper=True)
def filters_from_request(request, database, table, datasette):
    """Datasette's table search, planned for common queries too (``feeds/table_search.py``)."""
    outcome = yield
    if "_search" not in request.args:
        return
    db = datasette.get_database(database)
    outcome.force_result([table_search.faster(result, db, request, table) for result in outcome.get_result()])


@hookimpl
def register_facet_classes():
    return [TagFacet]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN, "unionwatch.css")]
