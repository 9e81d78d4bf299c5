"""The facets of a search that matches most of a table, counted as the table's less the rows it misses.

A facet page with a search runs each facet over the search's match set (``feeds/match_sets.py``):
Datasette's ``select <column> as value, count(*) ... from (select ... from <table> where rowid in
(<match set>)) ...`` and the tag facet's grouping of the same rows (``feeds/facets.py``). When the
search matches nearly every row ("liên đoàn" matches 194,536 of 200,000 articles), SQLite scans
the facet column's index and looks every entry's rowid up in the match set: a look-up per row of
the table, for each facet.

The rows a search matches are the table's rows less the ones it misses, so each value's count over
the matches is its count over the whole table (a scan of the column's index, no look-up) less its
count over the misses (a look-up per miss). The misses are found once per match set
(``misses_sql``) and kept beside it, at the same version of the store; a value whose count falls to
nothing is left out, as it is from Datasette's grouping. Values, counts and their order are the
same sums of the same rows; only when the misses are few (``SHARE`` of the table at most) is it
cheaper, and only then is the statement written this way. Any statement not recognised here, a
search with other filters, or a table that declares a collation runs as before.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

SHARE = 0.15  # the most rows a search may miss, as a share of the table, for its facets to be counted so

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# Datasette's table statement without order or limit, filtered by the search alone
_INNER = (rf"select (?:{_NAME}|\[[^\]]+\])(?:, (?:{_NAME}|\[[^\]]+\]))* from (?P<table>{_NAME}) where \+?rowid in "
          rf"\(select rowid from (?P<fts>{_NAME}) where (?P=fts) match (?:escape_fts\(:search\)|:search)\) ")
# datasette.facets.ColumnFacet.facet_results
_COLUMN = re.compile(
    rf"^\s*select (?P<column>{_NAME}) as value, count\(\*\) as count from \(\s*{_INNER}\s*\)\s*"
    rf"where (?P=column) is not null\s*group by (?P=column) order by count desc, value limit (?P<limit>\d+)\s*$")
# feeds.facets.tag_counts_sql
_TAGS = re.compile(
    rf"^select j\.value as value, sum\(arrays\.n\) as count from \(select inner\.(?P<column>{_NAME}) as tags, "
    rf"count\(\*\) as n from \({_INNER}\) as inner group by inner\.(?P=column)\) as arrays join "
    rf"json_each\(arrays\.tags\) j group by j\.value order by count desc, value limit (?P<limit>\d+)$")


@dataclass(frozen=True)
class Facet:
    """A recognised facet statement: its kind (``column`` or ``tags``), table, column and limit."""

    kind: str
    table: str
    column: str
    limit: int

    def sql(self, misses: str) -> str:
        """The same facet, counted over the whole table less the rows in ``temp.<misses>``."""
        c, t = self.column, self.table
        missed = f"rowid in (select id from temp.{misses})"
        if self.kind == "column":
            return (f"select value, sum(n) as count from ("
                    f"select {c} as value, count(*) as n from {t} where {c} is not null group by {c} union all "
                    f"select {c}, -count(*) from {t} where {missed} and {c} is not null group by {c}"
                    f") group by value having sum(n) > 0 order by count desc, value limit {self.limit}")
        return (f"select j.value as value, sum(arrays.n) as count from (select tags, sum(n) as n from ("
                f"select {c} as tags, count(*) as n from {t} group by {c} union all "
                f"select {c}, -count(*) from {t} where {missed} group by {c}"
                f") group by tags having sum(n) > 0) as arrays join json_each(arrays.tags) j "
                f"group by j.value order by count desc, value limit {self.limit}")


def recognise(sql: str, params: object) -> Facet | None:
    """The facet a statement counts over a search that is its table's only filter, else None."""
    if not isinstance(params, dict) or set(params) != {"search"} or not isinstance(params["search"], str):
        return None
    for kind, pattern in (("column", _COLUMN), ("tags", _TAGS)):
        found = pattern.match(sql)
        if found:
            return Facet(kind, found["table"], found["column"], int(found["limit"]))
    return None


def misses_sql(table: str, matches: str, misses: str) -> str:
    """Fill ``temp.<misses>`` with the rowids of ``table`` that are not in ``temp.<matches>``."""
    return f"insert into temp.{misses} select rowid from {table} where rowid not in (select id from temp.{matches})"


def countable(conn: sqlite3.Connection, table: str, matched: int) -> bool:
    """Whether a search matching ``matched`` rows misses few enough of ``table`` for its facets to be
    counted as the table's less the misses (and the table declares no collation, which the
    regrouping would not keep)."""
    declared = conn.execute("select sql from sqlite_master where type = 'table' and name = ?", [table]).fetchone()
    if not declared or not declared[0] or re.search(r"\bcollate\b|\bwithout\s+rowid\b", declared[0], re.IGNORECASE):
        return False
    rows = conn.execute(f"select count(*) from {table}").fetchone()[0]
    return rows > 0 and rows - matched <= SHARE * rows
