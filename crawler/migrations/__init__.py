"""The schema's history: numbered, idempotent migrations applied by ``store.open_db``.

Each module registers its migrations on ``migrations`` when imported, in number order: the
modules are imported here oldest first, and a new migration goes at the end of the newest one.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("unionwatch")

FTS_COLUMNS = ["title", "text", "folded"]
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# isort: off
# The order of these imports is the order the migrations apply in (tests/test_store.py checks it).
from crawler.migrations import schema  # noqa: E402,F401
from crawler.migrations import operations  # noqa: E402,F401
from crawler.migrations import research  # noqa: E402,F401
from crawler.migrations import later  # noqa: E402,F401
# isort: on
