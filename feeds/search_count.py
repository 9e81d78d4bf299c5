"""Datasette's count of a table search, answered from the full-text index alone.

For ``articles?_search=`` Datasette counts the matches with
``select count(*) from articles where rowid in (select rowid from articles_fts where articles_fts
match ...)``, which builds the whole match set and looks each match up in ``articles`` again
after the page query did the same. When the search is the only filter, that count is the number
of rows the index matches, ``select count(*) from articles_fts where articles_fts match ...``,
provided every row the index knows is a row of the table (FTS5 yields each rowid once).

``articles_fts`` is an external-content index kept in step with ``articles`` by triggers on
insert, delete and update. Before answering from the index, it is checked once per version
of the store (``PRAGMA data_version``, which changes whenever another connection
commits) that the content table is the one searched, that the three triggers exist, and that the
index holds as many rows as the table with the same largest rowid. Anything else (another
filter, ``_where``, a table without such an index, a failed check, an error or an interrupted
query) runs Datasette's own statement (against the search's match set, ``feeds/match_sets.py``),
so answers and errors stay Datasette's. Counts are kept
per match expression (a search typed with or without accents is one expression) while the store
is unchanged: a write to the store makes the next request count again.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from datasette.utils import sqlite_timelimit

KEPT = 256  # counts remembered while the store is unchanged
_COUNT = re.compile(
    r"^select count\(\*\) from (?P<table>\w+) where \+?rowid in \(select rowid from (?P<fts>\w+) "
    r"where (?P=fts) match (?P<match>escape_fts\(:search\)|:search)\) $"
)
_CONTENT = re.compile(r"""content\s*=\s*(['"]?)(?P<table>\w+)\1""", re.IGNORECASE)
_TRIGGER = re.compile(r"\bafter\s+(insert|delete|update)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A recognised count statement: table, its full-text index and the match expression."""

    table: str
    fts: str
    match: str
    search: str

    def sql(self) -> str:
        return f"select count(*) from {self.fts} where {self.fts} match {self.match}"

    def part_sql(self, part: int) -> str:
        """The count of the matches in one of two rowid ranges: up to ``:split`` (0), or above it (1)."""
        return self.sql() + (" and rowid <= :split" if part == 0 else " and rowid > :split")


@dataclass(frozen=True)
class Part:
    """One range's count, with the generation its snapshot was read in (``Counts.count_part``)."""

    key: tuple[str, str]
    n: int
    generation: int
    whole: bool = False  # ``n`` is the whole count, remembered at ``generation``


def recognise(sql: str, params: object) -> Count | None:
    """The count Datasette runs for a search that is the table's only filter, else None."""
    if not isinstance(params, dict) or set(params) != {"search"} or not isinstance(params["search"], str):
        return None
    found = _COUNT.match(sql)
    if not found:
        return None
    return Count(found["table"], found["fts"], found["match"], params["search"])


def in_step(conn: sqlite3.Connection, table: str, fts: str) -> bool:
    """Whether ``fts`` indexes exactly the rows of ``table``, as far as cheap facts show."""
    declared = conn.execute("select sql from sqlite_master where type = 'table' and name = ?", [fts]).fetchone()
    content = _CONTENT.search(declared[0] or "") if declared else None
    if not content or content["table"] != table or "content_rowid" in declared[0].lower():
        return False
    triggers = conn.execute(
        "select sql from sqlite_master where type = 'trigger' and tbl_name = ?", [table]).fetchall()
    kinds = {m.group(1).lower() for (sql,) in triggers if f'"{fts}"' in (sql or "")
             for m in [_TRIGGER.search(sql or "")] if m}
    if kinds != {"insert", "delete", "update"}:
        return False
    # count(*) alone reads only the b-tree's pages (SQLite's count optimisation) and max() one
    # path down it; asked together they scan every row, about 40 ms at 200,000 articles.
    indexed = [conn.execute(f'select {f} from "{fts}_docsize"').fetchone()[0] for f in ("count(*)", "max(id)")]
    stored = [conn.execute(f'select {f} from "{table}"').fetchone()[0] for f in ("count(*)", "max(rowid)")]
    return indexed == stored


# SQLite instructions between two looks at the clock for a count run beside the page: each look
# takes the interpreter lock, which the request's own thread holds while it runs Python. About
# 8 ms of work between looks, against Datasette's 1,000 instructions (0.08 ms).
AHEAD_STEPS = 100_000


@contextmanager
def coarse_timelimit(conn: sqlite3.Connection, ms: int, steps: int = AHEAD_STEPS) -> Iterator[None]:
    """Datasette's ``sqlite_timelimit`` looking at the clock every ``steps`` instructions."""
    deadline = time.perf_counter() + ms / 1000
    conn.set_progress_handler(lambda: 1 if time.perf_counter() >= deadline else None, 1 if ms <= 20 else steps)
    try:
        yield
    finally:
        conn.set_progress_handler(None, steps)


class Counts:
    """Counts from the index, shared by a database's connections while the store is unchanged.

    Each connection sees its own ``PRAGMA data_version``; whenever one of them sees the store
    changed (or is new), the generation goes up and everything remembered before is forgotten.
    A count is remembered under the generation its snapshot was read in, and only if no other
    connection saw a change between the moment before the snapshot began and the moment its
    version was read: a count is then never served to a snapshot of another version of the store.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = 0
        self._versions: dict[int, tuple[sqlite3.Connection, int]] = {}  # id(conn) -> (conn, version)
        self._checked: dict[tuple[str, str], tuple[int, bool]] = {}
        self._counts: OrderedDict[tuple[str, str], tuple[int, int]] = OrderedDict()

    @property
    def generation(self) -> int:
        return self._generation

    def observe(self, conn: sqlite3.Connection, before: int) -> tuple[int, int, bool]:
        """(generation, data_version, usable) once this connection's snapshot has begun.

        ``before`` is the generation read before the snapshot began. The snapshot may use and
        add to what is remembered (``usable``) when no connection saw a change since then, or
        when the only change seen was this connection's own: a snapshot that begins after a
        connection saw a change sees that change too.
        """
        version = conn.execute("pragma data_version").fetchone()[0]
        with self._lock:
            seen = self._versions.get(id(conn))
            mine = seen is None or seen[0] is not conn or seen[1] != version
            if mine:
                self._versions[id(conn)] = (conn, version)
                self._generation += 1
                self._checked.clear()
                self._counts.clear()
            return self._generation, version, self._generation == before + (1 if mine else 0)

    def _in_step(self, conn: sqlite3.Connection, wanted: Count, generation: int) -> bool:
        key = (wanted.table, wanted.fts)
        with self._lock:
            known = self._checked.get(key)
        if known is not None and known[0] == generation:
            return known[1]
        verdict = in_step(conn, *key)
        with self._lock:
            if self._generation == generation:
                self._checked[key] = (generation, verdict)
        return verdict

    def _remembered(self, key: tuple[str, str], generation: int) -> int | None:
        with self._lock:
            found = self._counts.get(key)
            if found is None or found[1] != generation:
                return None
            self._counts.move_to_end(key)
            return found[0]

    def remember(self, key: tuple[str, str], n: int, generation: int) -> None:
        """Keep ``n`` for (index, expression) if no change was seen since ``generation`` was read
        (before the snapshot that counted it began)."""
        with self._lock:
            if self._generation != generation:
                return
            self._counts[key] = (n, generation)
            if len(self._counts) > KEPT:
                self._counts.popitem(last=False)

    def count_part(self, conn: sqlite3.Connection, wanted: Count, part: int, time_limit_ms: int) -> Part | None:
        """The matches of ``wanted`` in one of two rowid ranges (``Count.part_sql``), counted ahead on
        a thread of its own while another thread counts the other range; None when this snapshot
        may not add to what is remembered, or the check or the count fails.

        The ranges split the table's rowids in the middle, as this snapshot reads them. Two parts
        add up to the count only when both were read in the same generation (``join``): their
        snapshots then saw the same version of the store, so the same split too.
        """
        before = self._generation
        try:
            conn.execute("begin")  # one snapshot for the version, the check, the split and the count
            with coarse_timelimit(conn, time_limit_ms):
                conn.execute("select count(*) from sqlite_master").fetchone()  # the snapshot starts here
                generation, _, usable = self.observe(conn, before)
                if not usable or not self._in_step(conn, wanted, generation):
                    return None
                expression = conn.execute(f"select {wanted.match}", {"search": wanted.search}).fetchone()[0]
                key = (wanted.fts, expression)
                remembered = self._remembered(key, generation)
                if remembered is not None:
                    return Part(key, remembered, generation, whole=True)
                # min() and max() asked apart: each one path down the b-tree (together they scan it)
                low = conn.execute(f'select min(rowid) from "{wanted.table}"').fetchone()[0] or 0
                high = conn.execute(f'select max(rowid) from "{wanted.table}"').fetchone()[0] or 0
                n = conn.execute(wanted.part_sql(part), {"search": wanted.search, "split": (low + high) // 2}).fetchone()[0]
                return Part(key, n, generation)
        except sqlite3.Error:
            return None
        finally:
            if conn.in_transaction:
                conn.rollback()

    def join(self, parts: list[Part | None]) -> int | None:
        """The count made of two parts read in one generation, remembered; else None."""
        for part in parts:
            if part is not None and part.whole:
                return part.n
        if len(parts) != 2 or None in parts:
            return None
        first, second = parts
        assert first is not None and second is not None
        if first.generation != second.generation or first.key != second.key:
            return None
        n = first.n + second.n
        self.remember(first.key, n, first.generation)
        return n

    def count(self, conn: sqlite3.Connection, wanted: Count, time_limit_ms: int, ahead: bool = False) -> int | None:
        """The number of matches from the index, or None when Datasette's statement must answer.

        ``ahead``: counted on a thread of its own beside the request, with ``coarse_timelimit``.
        """
        before = self._generation
        limited = coarse_timelimit if ahead else sqlite_timelimit
        try:
            conn.execute("begin")  # one snapshot for the version, the check and the count
            with limited(conn, time_limit_ms):
                conn.execute("select count(*) from sqlite_master").fetchone()  # the snapshot starts here
                generation, _, usable = self.observe(conn, before)
                if not (self._in_step(conn, wanted, generation) if usable else in_step(conn, wanted.table, wanted.fts)):
                    return None
                expression = conn.execute(f"select {wanted.match}", {"search": wanted.search}).fetchone()[0]
                key = (wanted.fts, expression)
                n = self._remembered(key, generation) if usable else None
                if n is None:
                    n = conn.execute(wanted.sql(), {"search": wanted.search}).fetchone()[0]
                    if usable:
                        self.remember(key, n, generation)
                return n
        except sqlite3.Error:
            return None  # a syntax error, an interruption: Datasette's statement gives its own answer
        finally:
            if conn.in_transaction:
                conn.rollback()
