"""The ranked search's answers, remembered while the store is unchanged.

The ranked search (the canned query ``search``) costs 15 to 70 ms of SQL and Python at 200,000
articles: bm25 counts each query word over the whole index, then scores the newest matches, then
50 snippets and title highlights are made in Python. Its answer depends on the store and on the
query only through two things: the match expression (``escape_fts(:q)``, the query folded) and
the set of folded query words that the highlights and snippets mark (``search.query_words``).
A query typed with or without accents, in another case, or with other spacing gives the same two
and so the same answer.

So the answer is kept under those two, the statement and Datasette's truncation, and served
again while the store is unchanged: the statement is run in one snapshot with the store's
version check of ``search_count.Counts`` (``PRAGMA data_version``), and an answer is served
again only to a snapshot of the same version. A write to the store forgets every answer.

Only the canned query named ``search`` of the database's metadata is remembered, and only while
its SQL uses ``:q`` in those three places alone (``RANKED_USES``); anything else runs as
Datasette runs it. Errors are Datasette's: an interrupted statement raises ``QueryInterrupted``
as Datasette's does, and any other error leaves the statement to Datasette.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from datasette.database import QueryInterrupted, Results
from datasette.utils import sqlite_timelimit

from feeds import search
from feeds.search_count import Counts

KEPT = 64  # answers remembered (about 100 KB each: 50 rows with their snippets)
QUERY = "search"  # the canned query's name in the metadata
# Every use of :q a remembered statement may make: the match expression and the marks.
RANKED_USES = re.compile(r"escape_fts\(:q\)|uw_(?:highlight|snippet)\((?:\w+\.)?\w+, :q\)")
_PARAMETER = re.compile(r"(?<![\w:]):\w+")


def rememberable(sql: str | None) -> bool:
    """Whether ``sql`` depends on its parameters only through ``:q`` in ``RANKED_USES``."""
    if not sql:
        return False
    rest = RANKED_USES.sub("", sql)
    return RANKED_USES.search(sql) is not None and _PARAMETER.search(rest) is None


def answer_key(query: str) -> tuple[str, frozenset[str]]:
    """What the ranked search's answer depends on besides the store: the match expression and the
    words that are marked."""
    return search.fts_query(query), search.query_words(query)


@dataclass(frozen=True)
class Fetch:
    """How Datasette fetches the rows: truncated to ``max_returned_rows`` or not."""

    truncate: bool
    max_returned_rows: int
    page_size: int
    time_limit_ms: int


def _run(conn: sqlite3.Connection, sql: str, params: Mapping, fetch: Fetch) -> Results:
    """The statement as Datasette's ``Database.execute`` runs it in its SQL thread."""
    with sqlite_timelimit(conn, fetch.time_limit_ms):
        try:
            cursor = conn.cursor()
            cursor.execute(sql, params)
            most = fetch.max_returned_rows
            if most == fetch.page_size:
                most += 1
            if most and fetch.truncate:
                rows = cursor.fetchmany(most + 1)
                truncated = len(rows) > most
                rows = rows[:most]
            else:
                rows = cursor.fetchall()
                truncated = False
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as e:
            if e.args == ("interrupted",):
                raise QueryInterrupted(e, sql, params) from e
            raise  # Datasette runs the statement again and reports the error its own way
    return Results(rows, truncated if fetch.truncate else False, cursor.description)


class RankedAnswers:
    """Answers of the ranked search, shared by a database's connections while the store is
    unchanged (the versions and generation of ``counts``)."""

    def __init__(self, counts: Counts) -> None:
        self.counts = counts
        self._lock = threading.Lock()
        self._answers: OrderedDict[Hashable, tuple[Results, int]] = OrderedDict()
        self.ran = 0  # statements run (not answered from memory)

    def _get(self, key: Hashable, generation: int) -> Results | None:
        with self._lock:
            found = self._answers.get(key)
            if found is None or found[1] != generation:
                return None
            self._answers.move_to_end(key)
            return found[0]

    def _put(self, key: Hashable, results: Results, generation: int) -> None:
        with self._lock:
            if self.counts.generation != generation:
                return
            self._answers[key] = (results, generation)
            while len(self._answers) > KEPT:
                self._answers.popitem(last=False)
            for old in [k for k, (_, g) in self._answers.items() if g != generation]:
                del self._answers[old]

    def execute(self, conn: sqlite3.Connection, sql: str, params: Mapping, key: Hashable,
                fetch: Fetch) -> Results | None:
        """The statement's answer, from memory when the store is as it was; None when Datasette
        must run it (an error other than an interruption: Datasette gives its own)."""
        before = self.counts.generation
        try:
            conn.execute("begin")  # one snapshot for the version and the statement
            conn.execute("select count(*) from sqlite_master").fetchone()  # the snapshot starts here
            generation, _, usable = self.counts.observe(conn, before)
            found = self._get(key, generation) if usable else None
            if found is not None:
                return Results(list(found.rows), found.truncated, found.description)
            self.ran += 1
            results = _run(conn, sql, params, fetch)
            if usable:
                self._put(key, Results(list(results.rows), results.truncated, results.description), generation)
            return results
        except QueryInterrupted:
            raise
        except sqlite3.Error:
            return None
        finally:
            if conn.in_transaction:
                conn.rollback()
