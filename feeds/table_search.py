"""A faster plan for Datasette's table search (``articles?_search=``) when a query matches many rows.

Datasette filters a searched table with ``rowid in (select rowid from <fts> where <fts> match
...)``. SQLite then looks every match up by rowid and sorts them all: on a common phrase
("liên đoàn lao động" matches nearly all of 200,000 articles) the page, its count and each facet
read almost every article row. Written ``+rowid in (...)``, the same condition (the unary plus
only hides the rowid from the planner) lets SQLite walk an index instead: the index of the
page's order until a page is full, a small index for the count and the facets.

For a query with few matches the rowid look-ups stay best, so a bounded probe of the index
decides: at least ``MANY`` matches and the clause is rewritten, otherwise it is left as it was.
Rows, order and counts are the same either way; only the plan changes.

The rewritten clause still builds the whole match set once, before the walk starts. When the
search is the page's only filter and matches a large share of the table (``DENSE``, estimated
from the same bounded probe), the page statement alone is written with a correlated subquery,
``+rowid in (select rowid from <fts> where <fts> match ... and rowid = <table>.rowid)``: each row
the index walk meets is looked up in the full-text index, and the walk stops after a page of
matches, which on a common phrase is about a page of rows. Counts and facets keep the clause
as it was (a correlated look-up for every row of the table would be far slower), and so does a
page whose order no index gives (``EXPLAIN QUERY PLAN`` is asked first).

A correlated look-up seeks the row in every segment of the full-text index, so it pays off for
rarer searches once the index is one segment, as the nightly upkeep leaves it
(``crawler/store_upkeep.py``): then ``DENSE_MERGED`` applies instead of ``DENSE``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Awaitable, Callable
from functools import partial

from datasette.utils import await_me_maybe, sqlite_timelimit

from crawler.store_upkeep import fts_segments
from feeds.search_count import Count

MANY = 5000
DENSE = 0.4  # share of the table's rows a search must match for the correlated page
# The same for an index in one segment. On 200,000 articles a look-up then costs about a twentieth,
# and a correlated page with the count from the index beat building the match set from a share
# of about 15% up (at 6-8% it cost twice as much).
DENSE_MERGED = 0.15
_CLAUSE = re.compile(
    r"^rowid in \(select rowid from (?P<fts>\w+) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)$"
)
_PAGE = re.compile(
    r"^select (?P<columns>.+?) from (?P<table>\w+) where \+rowid in \(select rowid from (?P<fts>\w+) "
    r"where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\) (?P<rest>order by [\w\[\] ]+ limit \d+)$",
    re.DOTALL,
)
_OTHER_FILTERS = ("_where", "_through")  # Datasette's filters given as special arguments
_SPREAD = "select count(*), max(rowid) from (select rowid from {fts} where {fts} match {match} limit {many})"


def scanning(clause: str) -> str:
    """The same condition, written so that the planner scans an index rather than seek rowids."""
    return "+" + clause


async def many_matches(db, fts: str, match: str, params: dict) -> bool:
    """Whether the search matches at least ``MANY`` rows (reads at most that many).

    What the probe read (how many matches, the last rowid) is left with a database that keeps
    it (``spreads``), for the page's plan.
    """
    search = params.get("search")
    found, last = (await db.execute(_SPREAD.format(fts=fts, match=match, many=MANY), {"search": search})).first()
    spreads = getattr(db, "spreads", None)
    if spreads is not None and isinstance(search, str):
        spreads.put((fts, match, search), (found, last))
    return found >= MANY


def counted_alone(request, table: str | None) -> str | None:
    """``table`` when Datasette will count a table search that is the table's only filter."""
    args = getattr(request, "args", None)
    if not table or args is None or args.get("_nocount") or args.get("_shape") in ("array", "object"):
        return None
    for key in args:
        if key in _OTHER_FILTERS or not key.startswith("_") or "__" in key or (
                key.startswith("_search") and key not in ("_search", "_searchmode")):
            return None
    return table


def faster(result: Callable | Awaitable | object, db, request=None, table: str | None = None) -> Callable:
    """A ``filters_from_request`` result whose full-text clause is rewritten for common queries.

    When the search is the table's only filter and the probe finds it dense enough for the
    correlated page (``likely_dense``), a database that can (``count_ahead``) starts counting its
    matches on other SQL threads, for Datasette's count statement, while the page is read. Any
    other such search is read from its match set, whose rows are its count: counting it beside
    the set would read the same matches twice.
    """

    async def inner():
        arguments = await await_me_maybe(result)
        clauses = getattr(arguments, "where_clauses", None)
        if not clauses or "search" not in (arguments.params or {}):
            return arguments
        search = arguments.params["search"]
        alone = len(clauses) == 1 and set(arguments.params) == {"search"} and isinstance(search, str)
        counted = counted_alone(request, table) if alone and hasattr(db, "count_ahead") else None
        for i, clause in enumerate(clauses):
            found = _CLAUSE.match(clause)
            if not found:
                continue
            if not await many_matches(db, found["fts"], found["match"], arguments.params):
                continue
            clauses[i] = scanning(clause)
            if counted:
                fts, match = found["fts"], found["match"]
                spread, limit = db.spreads.get((fts, match, search)), db.ds.sql_time_limit_ms
                if await db.execute_fn(partial(likely_dense, table=counted, fts=fts, match=match, search=search,
                                               spread=spread, time_limit_ms=limit)):
                    db.count_ahead(Count(counted, fts, match, search))
        return arguments

    return inner


def dense_page(sql: str, params: object) -> re.Match | None:
    """Datasette's first page of a search that is the only filter, with the rewritten clause."""
    if not isinstance(params, dict) or set(params) != {"search"} or not isinstance(params["search"], str):
        return None
    return _PAGE.match(sql)


def correlated(page: re.Match) -> str:
    """The page statement with the match set looked up row by row instead of built whole."""
    fts, table = page["fts"], page["table"]
    return (f"select {page['columns']} from {table} where +rowid in (select rowid from {fts} where {fts} "
            f"match {page['match']} and rowid = {table}.rowid) {page['rest']}")


def share(conn: sqlite3.Connection, page: re.Match, search: str, spread: tuple | None = None) -> float:
    """The share of the table's rows the search matches, estimated from its first ``MANY`` matches.

    Rowids are taken as spread evenly: the rowid of the last match read, against the table's
    rowid range and row count, gives the share. Only the plan depends on it, so ``spread``, the
    probe's (matches, last rowid) when it was just made, is taken as it is.
    """
    table = page["table"]
    found, last = spread or conn.execute(_SPREAD.format(fts=page["fts"], match=page["match"], many=MANY),
                                         {"search": search}).fetchone()
    rows = conn.execute(f"select count(*) from {table}").fetchone()[0]
    if not found or not rows:
        return 0.0
    if found < MANY:
        return found / rows
    first = conn.execute(f"select min(rowid) from {table}").fetchone()[0]
    top = conn.execute(f"select max(rowid) from {table}").fetchone()[0]
    return min(1.0, found / max(1, last - first + 1) * max(1, top - first + 1) / rows)


def dense_enough(conn: sqlite3.Connection, fts: str, found: float) -> bool:
    """Whether a search matching a share ``found`` of the table gets the correlated page."""
    if found >= DENSE and found >= DENSE_MERGED:
        return True
    if found < DENSE and found < DENSE_MERGED:
        return False
    return found >= (DENSE_MERGED if fts_segments(conn, fts) <= 1 else DENSE)


def likely_dense(conn: sqlite3.Connection, table: str, fts: str, match: str, search: str, spread: tuple | None,
                 time_limit_ms: int) -> bool:
    """Whether the first page of a search, the table's only filter, will be the correlated one
    (``page_plan``), as far as its share of the table tells (the order's index is asked later)."""
    try:
        with sqlite_timelimit(conn, time_limit_ms):
            page = {"table": table, "fts": fts, "match": match}
            return dense_enough(conn, fts, share(conn, page, search, spread))  # type: ignore[arg-type]
    except sqlite3.Error:
        return False


def walks_an_index(conn: sqlite3.Connection, sql: str, params: dict) -> bool:
    """Whether SQLite would answer ``sql`` by walking an index in the page's order."""
    plan = [row[-1] for row in conn.execute(f"explain query plan {sql}", params).fetchall()]
    return any(" USING INDEX " in step or " USING COVERING INDEX " in step for step in plan) and not any(
        "FOR ORDER BY" in step for step in plan)


def page_plan(conn: sqlite3.Connection, page: re.Match, search: str, time_limit_ms: int,
              spread: tuple | None = None) -> str | None:
    """The correlated page statement when the search is dense and an index gives the order, else None."""
    try:
        with sqlite_timelimit(conn, time_limit_ms):
            if not dense_enough(conn, page["fts"], share(conn, page, search, spread)):
                return None
            candidate = correlated(page)
            return candidate if walks_an_index(conn, candidate, {"search": search}) else None
    except sqlite3.Error:
        return None  # Datasette's statement gives its own answer or error


class Spreads:
    """The last few probes' (matches, last rowid), by (index, match, search): plan hints only."""

    def __init__(self, kept: int = 64) -> None:
        self._kept = kept
        self._items: dict[tuple, tuple] = {}

    def put(self, key: tuple, value: tuple) -> None:
        self._items.pop(key, None)
        self._items[key] = value
        while len(self._items) > self._kept:
            self._items.pop(next(iter(self._items)))

    def get(self, key: tuple) -> tuple | None:
        return self._items.get(key)
