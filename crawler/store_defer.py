"""Inserts held back to their commit group's commit, so that the full-text index takes a group's
articles in one statement.

A statement that writes a table with a trigger, inside an open transaction, opens a statement
savepoint, and SQLite asks every virtual table already written in the transaction to take that
savepoint: FTS5 (SQLite 3.40) answers by writing its pending terms to disk as a new index segment.
In a crawl's commit group every article's insert is such a statement (``articles_ai`` writes
``articles_fts``), so every article became a segment of its own, at about 0.2 ms an article: four
fifths of what the full-text index cost the crawl, against a fifth for tokenising the text.

Inside a commit group (``crawler.store_commit``) ``defer(db, table, row)`` therefore writes the
row to a table of the connection's temporary schema instead, and ``settle`` moves every held row
into its table with one ``INSERT ... SELECT`` in the order they came, so the rows get the rowids
(and the index the terms) they would have got one by one. The held rows are in the same
transaction as the rest of the group: a savepoint rolled back, a rolled-back group or a killed
process drops them with the writes around them, and the connection (``StoreConnection``) settles
before every commit, whether it comes from the group, ``with db.conn`` or ``commit()``.

A row is held only when its insert cannot fail on a constraint that the real insert checks: no
NULL in a NOT NULL column without a default, no value of a single-column UNIQUE (or PRIMARY KEY)
column that the table or the held rows already have, a table without multi-column or partial
unique indexes. Otherwise (and outside a group) the caller inserts at once and meets the error
where it always did. Until the group commits, a held row is visible on the writer's own connection
only after ``settle``; ``settle_if_held`` settles first when a row with a given value is held.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

PREFIX = "uw_held_"


@dataclass(frozen=True)
class Shape:
    """What a held row of a table must satisfy: its columns' declared types, the NOT NULL columns
    (and those of them without a default), the single-column unique columns."""

    types: dict[str, str]
    not_null: frozenset[str]
    required: frozenset[str]
    unique: tuple[str, ...]


@dataclass
class Held:
    """The held rows of a table, in a temporary table of the same columns."""

    table: str
    columns: tuple[str, ...]
    insert: str  # into the temporary table
    move: str  # from it into the table, in order
    any: str  # whether it holds a row
    clear: str
    lookups: dict[str, str] = field(default_factory=dict)  # column -> SELECT 1 of the held rows


@dataclass(frozen=True)
class Plan:
    """How a row with these columns is checked before it is held."""

    not_null: tuple[str, ...]  # its NOT NULL columns: None in any of them fails the insert
    unique: tuple[tuple[str, str], ...]  # its unique columns and the SELECT 1 of the table's rows


class StoreConnection(sqlite3.Connection):
    """A connection that writes the rows held back for it before each commit."""

    held: dict[str, Held] | None = None
    shapes: dict[str, Shape | None] | None = None
    plans: dict[tuple[str, tuple[str, ...]], Plan | None] | None = None

    def commit(self) -> None:
        settle_connection(self)
        super().commit()

    def __exit__(self, kind: Any, value: Any, tb: Any) -> Any:
        if kind is None and self.held:
            try:
                settle_connection(self)
            except BaseException as error:  # as a failed commit: the transaction is rolled back
                super().__exit__(type(error), error, error.__traceback__)
                raise
        return super().__exit__(kind, value, tb)


def connect(path: str) -> StoreConnection:
    """A ``StoreConnection`` opened as sqlite-utils opens a path."""
    return sqlite3.connect(path, factory=StoreConnection)  # type: ignore[return-value]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def shape(conn: StoreConnection, table: str) -> Shape | None:
    """The constraints a held row of ``table`` must meet, or None when rows of it are never held."""
    if conn.shapes is None:
        conn.shapes = {}
    if table in conn.shapes:
        return conn.shapes[table]
    found: Shape | None = None
    info = conn.execute(f"PRAGMA main.table_info({_quoted(table)})").fetchall()
    if info:
        types = {row[1]: row[2] or "" for row in info}
        not_null = frozenset(row[1] for row in info if row[3])
        required = frozenset(row[1] for row in info if row[3] and row[4] is None)
        unique: list[str] = []
        plain = True
        for _, name, is_unique, _origin, partial in conn.execute(f"PRAGMA main.index_list({_quoted(table)})"):
            if not is_unique:
                continue
            columns = [row[2] for row in conn.execute(f"PRAGMA main.index_info({_quoted(name)})")]
            if partial or len(columns) != 1 or columns[0] is None:
                plain = False
            else:
                unique.append(columns[0])
        found = Shape(types, not_null, required, tuple(dict.fromkeys(unique))) if plain else None
    conn.shapes[table] = found
    return found


def plan(conn: StoreConnection, table: str, columns: tuple[str, ...]) -> Plan | None:
    """The checks of a row of ``table`` with ``columns``, or None when such a row is never held."""
    if conn.plans is None:
        conn.plans = {}
    key = (table, columns)
    if key not in conn.plans:
        kinds = shape(conn, table)
        found = None
        if kinds is not None and set(columns) <= kinds.types.keys() and kinds.required <= set(columns):
            found = Plan(tuple(c for c in columns if c in kinds.not_null),
                         tuple((c, f"SELECT 1 FROM main.{_quoted(table)} WHERE {_quoted(c)} = ?")
                               for c in kinds.unique if c in columns))
        conn.plans[key] = found
    return conn.plans[key]


def _held_table(conn: StoreConnection, table: str, columns: tuple[str, ...]) -> Held:
    kinds = shape(conn, table)
    assert kinds is not None
    name = _quoted(PREFIX + table)
    names = ", ".join(map(_quoted, columns))
    conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
    conn.execute(f"CREATE TEMP TABLE {name} ({', '.join(f'{_quoted(c)} {kinds.types[c]}' for c in columns)})")
    held = Held(table, columns, f"INSERT INTO temp.{name} ({names}) VALUES ({', '.join('?' * len(columns))})",
                f"INSERT INTO main.{_quoted(table)} ({names}) SELECT {names} FROM temp.{name} ORDER BY rowid",
                f"SELECT 1 FROM temp.{name} LIMIT 1", f"DELETE FROM temp.{name}")
    for column in kinds.unique:
        if column in columns:
            conn.execute(f"CREATE INDEX temp.{_quoted(PREFIX + table + '_' + column)} ON {name} ({_quoted(column)})")
            held.lookups[column] = f"SELECT 1 FROM temp.{name} WHERE {_quoted(column)} = ?"
    conn.held = {**(conn.held or {}), table: held}
    return held


def _gone(conn: sqlite3.Connection, table: str) -> bool:
    """Whether the held rows' table of ``table`` is gone (forgotten if so): its creation is part of
    the transaction it was made in, and a rollback undoes it."""
    if conn.execute("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?",
                    [PREFIX + table]).fetchone() is not None:
        return False
    conn.held = {k: v for k, v in (getattr(conn, "held", None) or {}).items() if k != table}  # type: ignore[attr-defined]
    return True


def _is_held(conn: sqlite3.Connection, held: Held, column: str, value: Any) -> bool | None:
    """Whether a held row has ``column`` = ``value``; None when the held rows' table is gone."""
    try:
        return conn.execute(held.lookups[column], [value]).fetchone() is not None
    except sqlite3.OperationalError:
        if _gone(conn, held.table):
            return None
        raise


def defer(db: Database, table: str, row: dict[str, Any], absent: tuple[str, ...] = ()) -> bool:
    """Hold ``row`` back for ``table`` until the connection commits (or ``settle``): True when it
    is held, False when the caller must insert it now (see the module docstring). ``absent``
    names unique columns whose values the caller has just looked for, in the same transaction,
    and found neither in the table nor held (``settle_if_held``, then a SELECT): they are not
    looked for again."""
    conn = db.conn
    if getattr(db, "_uw_group", None) is None or not isinstance(conn, StoreConnection):
        return False
    columns = tuple(row)
    checks = plan(conn, table, columns)
    if checks is None or any(row[c] is None for c in checks.not_null):
        return False
    held = conn.held.get(table) if conn.held else None
    if held is not None and held.columns != columns:
        settle_connection(conn)
        return False
    for column, in_table in checks.unique:
        value = row[column]
        if value is None or column in absent:
            continue
        if conn.execute(in_table, [value]).fetchone():
            return False  # the insert fails: the caller meets the error now
        if held is not None and column in held.lookups:
            found = _is_held(conn, held, column, value)
            if found:
                settle_connection(conn)  # the insert fails against a held row: settled, met now
                return False
            if found is None:
                held = None
    values = list(row.values())
    if held is not None:
        try:
            conn.execute(held.insert, values)
            return True
        except sqlite3.OperationalError:
            if not _gone(conn, table):
                raise
    conn.execute(_held_table(conn, table, columns).insert, values)
    return True


def settle_connection(conn: sqlite3.Connection) -> None:
    """Move every held row into its table, in the order held."""
    for table, held in list((getattr(conn, "held", None) or {}).items()):
        try:
            if conn.execute(held.any).fetchone() is None:
                continue
        except sqlite3.OperationalError:
            if _gone(conn, table):
                continue
            raise
        conn.execute(held.move)
        conn.execute(held.clear)


def settle(db: Database) -> None:
    """Write the rows held back on ``db`` into their tables (within the open transaction)."""
    settle_connection(db.conn)


def settle_if_held(db: Database, table: str, column: str, value: Any) -> None:
    """Settle first if a row of ``table`` with ``column`` = ``value`` is held back."""
    held = (getattr(db.conn, "held", None) or {}).get(table)
    if held is not None and column in held.lookups and _is_held(db.conn, held, column, value):
        settle_connection(db.conn)
