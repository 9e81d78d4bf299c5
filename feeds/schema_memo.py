"""Datasette's questions about the store's schema, answered once per schema version.

A table search asks Datasette's SQL threads about the schema about eight times per request:
whether the table exists and is a view, its spelling for two permission checks, its columns
(twice), its primary keys and its foreign keys. Each is a round trip to a SQL thread. The answers
depend on ``sqlite_master`` alone, so they are remembered under the store's schema version, which
Datasette reads at the start of every request (``refresh_schemas`` runs ``PRAGMA schema_version``
on each database). A new version (a migration, a table added) forgets everything remembered; an
answer is kept only if the version it was read under is still the latest seen.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable

# Datasette 0.65's statements that read sqlite_master only (table_exists, the view check of the
# table page, the permission check's spelling of a table name)
SCHEMA_STATEMENTS = frozenset({
    "select 1 from sqlite_master where type='table' and name=?",
    "select sql from sqlite_master where name = :n and type=:t",
    "select name from sqlite_master where type in ('table', 'view') and name = ? collate nocase",
})
VERSION_STATEMENT = "PRAGMA schema_version"
KEPT = 512


def statement_key(sql: str, params: object) -> Hashable | None:
    """The key of one of ``SCHEMA_STATEMENTS`` with its parameters, else None."""
    if sql not in SCHEMA_STATEMENTS:
        return None
    if isinstance(params, dict):
        items = tuple(sorted(params.items()))
    elif isinstance(params, (list, tuple)):
        items = tuple(params)
    else:
        return None
    return (sql, items) if all(isinstance(v, (str, int)) for v in (items if not isinstance(params, dict)
                                                                     else params.values())) else None


class SchemaMemo:
    """Answers remembered under the latest schema version seen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.version: int | None = None
        self._answers: dict[Hashable, object] = {}

    def seen(self, version: object) -> None:
        """Datasette read the schema version: anything remembered under another is forgotten."""
        with self._lock:
            if version != self.version:
                self._answers.clear()
                self.version = version if isinstance(version, int) else None

    def get(self, key: Hashable) -> object | None:
        with self._lock:
            return self._answers.get(key)

    def put(self, key: Hashable, answer: object, version: int | None) -> None:
        """Keep ``answer``, read while ``version`` was the latest seen, if it still is."""
        with self._lock:
            if version is not None and version == self.version and len(self._answers) < KEPT:
                self._answers[key] = answer
