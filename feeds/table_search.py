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
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from datasette.utils import await_me_maybe

MANY = 5000
_CLAUSE = re.compile(
    r"^rowid in \(select rowid from (?P<fts>\w+) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)$"
)
_PROBE = "select count(*) from (select rowid from {fts} where {fts} match {match} limit {many})"


def scanning(clause: str) -> str:
    """The same condition, written so that the planner scans an index rather than seek rowids."""
    return "+" + clause


async def many_matches(db, fts: str, match: str, params: dict) -> bool:
    """Whether the search matches at least ``MANY`` rows (reads at most that many)."""
    rows = await db.execute(_PROBE.format(fts=fts, match=match, many=MANY), {"search": params.get("search")})
    return rows.first()[0] >= MANY


def faster(result: Callable | Awaitable | object, db) -> Callable:
    """A ``filters_from_request`` result whose full-text clause is rewritten for common queries."""

    async def inner():
        arguments = await await_me_maybe(result)
        clauses = getattr(arguments, "where_clauses", None)
        if not clauses or "search" not in (arguments.params or {}):
            return arguments
        for i, clause in enumerate(clauses):
            found = _CLAUSE.match(clause)
            if found and await many_matches(db, found["fts"], found["match"], arguments.params):
                clauses[i] = scanning(clause)
        return arguments

    return inner
