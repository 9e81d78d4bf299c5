"""Changes after the publication views (m016-): the full-text triggers watch only indexed
columns, and fetch rows remember the Redis record they came from."""

from __future__ import annotations

from sqlite_utils import Database

from crawler.migrations import FTS_COLUMNS, migrations


@migrations()
def m016_fts_update_of_indexed_columns(db: Database) -> None:
    # Re-index an article only when title, text or folded change, not on every tag write
    # (`unionwatch enrich --all` re-indexed every article twice).
    cols, old, new = (", ".join(f'{p}"{c}"' for c in FTS_COLUMNS) for p in ("", "old.", "new."))
    db.execute('DROP TRIGGER IF EXISTS "articles_au"')
    db.execute(
        f'CREATE TRIGGER "articles_au" AFTER UPDATE OF {cols} ON "articles" BEGIN '
        f"""INSERT INTO "articles_fts" ("articles_fts", rowid, {cols}) VALUES('delete', old.rowid, {old}); """
        f'INSERT INTO "articles_fts" (rowid, {cols}) VALUES (new.rowid, {new}); END'
    )


@migrations()
def m017_fetch_record(db: Database) -> None:
    # Fetches written by `unionwatch ingest` carry the id of the Redis record they came from:
    # a record delivered again after a crash of the writer is not written twice.
    db.execute("ALTER TABLE fetches ADD COLUMN record TEXT")
    db.execute("CREATE UNIQUE INDEX idx_fetches_record ON fetches(record)")
