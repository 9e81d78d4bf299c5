"""A search's match set, built once per connection and version of the store, for every statement.

Datasette filters a searched table with ``rowid in (select rowid from <fts> where <fts> match
...)``, and every statement of a request carries it: the page, the count when other filters
come with the search, and each facet. SQLite builds the whole match set again for each of them.
Here the set is built once into a temporary table of the connection (``temp.uw_matches_N``, a
rowid per match) and the statement reads ``(select id from temp.uw_matches_N)`` instead: the same
rows, since the table holds exactly what the subquery returns.

A connection's sets belong to one version of the store: the statement, the check of
``PRAGMA data_version`` and a set's building share one read transaction, and a set built at
another version is dropped before use. A statement that fails here (an FTS syntax error, a
temporary table refused) runs as Datasette wrote it, so answers and errors stay Datasette's; an
interrupted one is reported as Datasette reports it. A set is built under the page's time limit
(``sql_time_limit_ms``), even for a facet (whose own limit is shorter): on a busy machine a
facet's limit could interrupt every facet's building of the same set in turn. The number of rows
of a set is also the count of its expression (``feeds/search_count.py``).
"""

from __future__ import annotations

import re
import sqlite3
from collections import OrderedDict
from dataclasses import dataclass, field

from datasette.database import QueryInterrupted, Results
from datasette.utils import sqlite_timelimit

from feeds import facet_complement
from feeds.search_count import Counts

KEPT = 4  # sets per connection; each is a few MB at most for 200,000 articles
_SUBQUERY = re.compile(
    r"\(select rowid from (?P<fts>\w+) where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\)")
_PREFIX = "uw_matches_"


@dataclass
class _Sets:
    """One connection's sets: (index, expression) -> (temporary table, rows), at one version."""

    conn: sqlite3.Connection
    version: int | None = None
    tables: OrderedDict[tuple[str, str], tuple[str, int]] = field(default_factory=OrderedDict)
    serial: int = 0
    # (a set's table, the table searched) -> the table of the rows it misses, when they are few
    misses: dict[tuple[str, str], str | None] = field(default_factory=dict)
    # (facet kind, table, column) -> the table of its counts per value, None when it has too many values
    totals: dict[tuple[str, str, str], str | None] = field(default_factory=dict)


def wanted(sql: str, params: object) -> re.Match | None:
    """The full-text subquery of a statement that filters by a search, else None."""
    if not isinstance(params, dict) or not isinstance(params.get("search"), str):
        return None
    return _SUBQUERY.search(sql)


@dataclass
class Fetch:
    """How Datasette reads a statement's rows (``Database.execute``)."""

    truncate: bool
    max_returned_rows: int
    page_size: int

    def rows(self, cursor: sqlite3.Cursor) -> Results:
        limit = self.max_returned_rows + (1 if self.max_returned_rows == self.page_size else 0)
        if limit and self.truncate:
            rows = cursor.fetchmany(limit + 1)
            return Results(rows[:limit], len(rows) > limit, cursor.description)
        return Results(cursor.fetchall(), False, cursor.description)


class MatchSets:
    """The match sets of every connection of one database."""

    def __init__(self, counts: Counts) -> None:
        self._counts = counts
        self._sets: dict[int, _Sets] = {}  # by id(conn); each holds its connection

    def _of(self, conn: sqlite3.Connection, version: int) -> _Sets:
        sets = self._sets.get(id(conn))
        if sets is None or sets.conn is not conn:
            sets = self._sets[id(conn)] = _Sets(conn)
        if sets.version != version:
            for name, _ in sets.tables.values():
                self._drop(sets, name)
            for totals in sets.totals.values():
                if totals:
                    conn.execute(f"drop table if exists temp.{totals}")
            sets.tables.clear()
            sets.totals.clear()
            sets.version = version
        return sets

    @staticmethod
    def _drop(sets: _Sets, name: str) -> None:
        sets.conn.execute(f"drop table if exists temp.{name}")
        for key in [key for key in sets.misses if key[0] == name]:
            misses = sets.misses.pop(key)
            if misses:
                sets.conn.execute(f"drop table if exists temp.{misses}")

    def _misses(self, sets: _Sets, name: str, table: str) -> str | None:
        """The table of the rows of ``table`` not in the set ``name``, when they are few, else None."""
        if (name, table) not in sets.misses:
            matched = next(n for kept, n in sets.tables.values() if kept == name)
            misses = None
            if facet_complement.countable(sets.conn, table, matched):
                misses = f"{name}_{table}_misses"
                sets.conn.execute(f"create temp table {misses} (id integer primary key)")
                sets.conn.execute(facet_complement.misses_sql(table, name, misses))
            sets.misses[name, table] = misses
        return sets.misses[name, table]

    @staticmethod
    def _totals(sets: _Sets, facet: facet_complement.Facet) -> str | None:
        """The table of the counts per value of ``facet``'s column over its whole table, else None."""
        key = (facet.kind, facet.table, facet.column)
        if key not in sets.totals:
            name = None
            if facet_complement.plain(sets.conn, facet.table):
                name = f"{_PREFIX}{sets.serial}_totals"
                sets.serial += 1
                sets.conn.execute(facet.totals_sql(name))
                if sets.conn.execute(f"select count(*) from temp.{name}").fetchone()[0] > facet_complement.VALUES:
                    sets.conn.execute(f"drop table temp.{name}")
                    name = None
            sets.totals[key] = name
        return sets.totals[key]

    def _table(self, sets: _Sets, found: re.Match, search: str, generation: int, usable: bool) -> str:
        conn, fts, match = sets.conn, found["fts"], found["match"]
        expression = conn.execute(f"select {match}", {"search": search}).fetchone()[0]
        key = (fts, expression)
        if key in sets.tables:
            sets.tables.move_to_end(key)
            return sets.tables[key][0]
        name = f"{_PREFIX}{sets.serial}"
        sets.serial += 1
        conn.execute(f"create temp table {name} (id integer primary key)")
        n = conn.execute(f"insert into temp.{name} select rowid from {fts} where {fts} match {match}",
                         {"search": search}).rowcount
        sets.tables[key] = (name, n)
        while len(sets.tables) > KEPT:
            old, _ = sets.tables.popitem(last=False)[1]
            self._drop(sets, old)
        if usable:
            self._counts.remember(key, n, generation)
        return name

    def _forget(self, conn: sqlite3.Connection) -> None:
        """After a failure: no set of this connection is trusted, and none is left behind."""
        self._sets.pop(id(conn), None)
        names = conn.execute("select name from temp.sqlite_master where type = 'table' and name like ?",
                             [_PREFIX + "%"]).fetchall()
        for (name,) in names:
            conn.execute(f"drop table temp.{name}")

    def execute(self, conn: sqlite3.Connection, sql: str, params: dict, found: re.Match | None, fetch: Fetch,
                time_limit_ms: int, facet: facet_complement.Facet | None = None,
                build_limit_ms: int | None = None) -> Results | None:
        """``sql`` run against the match set (``found``, its search's subquery) or read as ``facet``
        from the table's counts (``feeds/facet_complement.py``), or None when Datasette's statement
        must run instead.

        What is built for every statement of a page (the set, its misses, a column's counts) is
        built under ``build_limit_ms`` (the page's own limit; a facet's is shorter), the statement
        under ``time_limit_ms``. A statement interrupted after the build leaves what was built.
        """
        before = self._counts.generation
        try:
            conn.execute("begin")  # one snapshot for the version, the set and the statement
            with sqlite_timelimit(conn, max(time_limit_ms, build_limit_ms or 0)):
                conn.execute("select count(*) from sqlite_master").fetchone()  # the snapshot starts here
                generation, version, usable = self._counts.observe(conn, before)
                sets = self._of(conn, version)
                name = self._table(sets, found, params["search"], generation, usable) if found else None
                misses = self._misses(sets, name, facet.table) if facet and name else None
                totals = self._totals(sets, facet) if facet and (misses or not found) else None
        except sqlite3.Error as e:
            return self._failed(conn, e, sql, params)
        try:
            with sqlite_timelimit(conn, time_limit_ms):
                if facet and totals:
                    cursor = conn.execute(facet.sql(totals, misses))
                elif name:
                    cursor = conn.execute(sql[:found.start()] + f"(select id from temp.{name})" + sql[found.end():],
                                          params)
                else:
                    conn.commit()
                    return None
                results = fetch.rows(cursor)
            conn.commit()
            return results
        except sqlite3.Error as e:
            if e.args == ("interrupted",) and conn.in_transaction:  # a read: what was built stays
                conn.commit()
                raise QueryInterrupted(e, sql, params) from e
            return self._failed(conn, e, sql, params)

    def _failed(self, conn: sqlite3.Connection, e: sqlite3.Error, sql: str, params: dict) -> None:
        conn.rollback()
        try:
            self._forget(conn)
        except sqlite3.Error:
            pass  # the connection keeps a table it will not use; nothing is read from it
        if e.args == ("interrupted",):
            raise QueryInterrupted(e, sql, params) from e
        return None
