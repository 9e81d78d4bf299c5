"""Facets counted from the table's counts per value, remembered per connection and version of the store.

A facet page runs Datasette's column facets (``select <column> as value, count(*) ... group by
<column>``) and the tag facet (``feeds/facets.py``) over its table's rows. Two cases are written
otherwise here:

- *No filter.* A facet is the table's count per value. It is counted once per connection and
  version of the store into a temporary table (``totals_sql``), and a facet is read from it:
  the same values and counts, ordered by the same statement. A column with more than ``VALUES``
  distinct values is not kept (it is counted as Datasette counts it).
- *A search that is the table's only filter and matches nearly every row* ("liên đoàn" matches
  194,536 of 200,000 articles). Over the search's match set (``feeds/match_sets.py``) SQLite scans
  the facet column's index and looks every entry's rowid up in the set: a look-up per row of the
  table, for each facet. The rows a search matches are the table's rows less the ones it misses,
  so each value's count over the matches is its count over the whole table (kept as above) less
  its count over the misses (a look-up per miss). The misses are found once per match set
  (``misses_sql``) and kept beside it, at the same version of the store; a value whose count falls
  to nothing is left out, as it is from Datasette's grouping. Only when the misses are few
  (``SHARE`` of the table at most) is it cheaper, and only then is the statement written this way.

Values, counts and their order are the same sums of the same rows. Any statement not recognised
here, a search with other filters, and a table that declares a collation run as before.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

SHARE = 0.15  # the most rows a search may miss, as a share of the table, for its facets to be counted so
VALUES = 5000  # the most distinct values of a column whose counts are kept

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# Datasette's table statement without order or limit, unfiltered or filtered by the search alone
_INNER = (rf"select (?:{_NAME}|\[[^\]]+\])(?:, (?:{_NAME}|\[[^\]]+\]))* from (?P<table>{_NAME}) (?:where \+?rowid in "
          rf"\(select rowid from (?P<fts>{_NAME}) where (?P=fts) match (?:escape_fts\(:search\)|:search)\) )?")
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
    """A recognised facet statement: its kind (``column`` or ``tags``), table, column, limit, and
    whether it is over a search (else over the whole table)."""

    kind: str
    table: str
    column: str
    limit: int
    searched: bool

    def totals_sql(self, name: str) -> str:
        """Create ``temp.<name>``: the table's count of rows per value (per array for tags), at most
        ``VALUES`` + 1 of them."""
        c, t = self.column, self.table
        if self.kind == "column":
            return (f"create temp table {name} as select {c} as value, count(*) as n from {t} "
                    f"where {c} is not null group by {c} limit {VALUES + 1}")
        return f"create temp table {name} as select {c} as tags, count(*) as n from {t} group by {c} limit {VALUES + 1}"

    def sql(self, totals: str, misses: str | None) -> str:
        """The facet read from the table's counts in ``temp.<totals>``, less the counts of the rows in
        ``temp.<misses>`` when the facet is over a search."""
        c, t = self.column, self.table
        key = "value" if self.kind == "column" else "tags"
        counts = f"temp.{totals}"
        if misses is not None:
            not_null = f" and {c} is not null" if self.kind == "column" else ""
            counts = (f"(select {key}, sum(n) as n from (select {key}, n from temp.{totals} union all "
                      f"select {c}, -count(*) from {t} where rowid in (select id from temp.{misses}){not_null} "
                      f"group by {c}) group by {key} having sum(n) > 0)")
        if self.kind == "column":
            return f"select value, n as count from {counts} order by count desc, value limit {self.limit}"
        return (f"select j.value as value, sum(arrays.n) as count from {counts} as arrays "
                f"join json_each(arrays.tags) j group by j.value order by count desc, value limit {self.limit}")


def recognise(sql: str, params: object) -> Facet | None:
    """The facet a statement counts over its whole table or over a search that is the table's only
    filter, else None."""
    searched = isinstance(params, dict) and set(params) == {"search"} and isinstance(params["search"], str)
    if not searched and params:
        return None
    for kind, pattern in (("column", _COLUMN), ("tags", _TAGS)):
        found = pattern.match(sql)
        if found and bool(found["fts"]) == searched:
            return Facet(kind, found["table"], found["column"], int(found["limit"]), searched)
    return None


def misses_sql(table: str, matches: str, misses: str) -> str:
    """Fill ``temp.<misses>`` with the rowids of ``table`` that are not in ``temp.<matches>``."""
    return f"insert into temp.{misses} select rowid from {table} where rowid not in (select id from temp.{matches})"


def plain(conn: sqlite3.Connection, table: str) -> bool:
    """Whether ``table`` is a rowid table that declares no collation (which the regrouping would not keep)."""
    declared = conn.execute("select sql from sqlite_master where type = 'table' and name = ?", [table]).fetchone()
    return bool(declared and declared[0]) and not re.search(
        r"\bcollate\b|\bwithout\s+rowid\b", declared[0], re.IGNORECASE)


def countable(conn: sqlite3.Connection, table: str, matched: int) -> bool:
    """Whether a search matching ``matched`` rows misses few enough of ``table`` for its facets to be
    counted as the table's less the misses."""
    if not plain(conn, table):
        return False
    rows = conn.execute(f"select count(*) from {table}").fetchone()[0]
    return rows > 0 and rows - matched <= SHARE * rows
