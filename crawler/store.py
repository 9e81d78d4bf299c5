"""The SQLite store: the only module that knows table names and writes rows."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from crawler import store_defer
from crawler.dates import VN_TZ
from crawler.migrations import migrations
from crawler.store_commit import transaction, write
from crawler.textnorm import fold

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
ARTICLE_FIELDS = ("title", "published", "author", "text")


_last_second: list[Any] = [None, ""]  # the whole second of the last call, and its text


def now_iso() -> str:
    """Current time in Vietnam, ISO 8601 with +07:00, to the second.

    A crawl asks for it two or three times a page (each fetch row, each article); the text is
    made once a second (``datetime.now`` with the zone, then ``isoformat``: about 2 µs) and
    given again while the clock stays in that second."""
    second = int(time.time())
    if second != _last_second[0]:
        _last_second[:] = second, datetime.fromtimestamp(second, VN_TZ).isoformat()
    return _last_second[1]


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database in WAL mode and apply pending migrations."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(store_defer.connect(str(path)))  # as Database(path) opens it, with held inserts
    db.conn.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.conn.execute("PRAGMA synchronous = NORMAL")
    db.conn.execute("PRAGMA foreign_keys = OFF")
    if migrate:
        migrations.apply(db)
    return db


def article_id(url: str) -> str:
    """Stable article id: the first 16 hex digits of SHA-1 of the canonical URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def content_hash(record: dict[str, Any]) -> str:
    """Hash of what a reader sees: title, date, author and text."""
    payload = "\x1f".join(str(record.get(k) or "") for k in ARTICLE_FIELDS)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()


# -- sources -------------------------------------------------------------------------------


def upsert_sources(db: Database, sources: Iterable[Any], registry: str = "") -> int:
    """Write registry sources (``crawler.registry.Source`` objects) into ``sources``."""
    rows = []
    for s in sources:
        rows.append(
            {
                "id": s.id,
                "name": s.name,
                "unit_level": s.unit_level,
                "province": s.province,
                "district": s.district,
                "url": s.url,
                "listing_urls": json.dumps(list(s.listing_urls), ensure_ascii=False),
                "family": s.family,
                "unit_id": s.unit_id,
                "active_from": s.active_from.isoformat() if s.active_from else None,
                "active_until": s.active_until.isoformat() if s.active_until else None,
                "verified": None if s.verified is None else int(s.verified),
                "evidence_url": s.evidence_url,
                "registry": registry,
                "updated_at": now_iso(),
            }
        )
    if rows:
        db["sources"].upsert_all(rows, pk="id", alter=False)
    return len(rows)


def unlinked_sources(db: Database, source_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(source id, unit id) of the given sources whose ``unit_id`` names no row of ``units``."""
    wanted = list(source_ids)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    rows = db.execute(
        f"SELECT s.id, s.unit_id FROM sources s LEFT JOIN units u ON u.id = s.unit_id "
        f"WHERE s.id IN ({marks}) AND s.unit_id IS NOT NULL AND u.id IS NULL ORDER BY s.id",
        wanted,
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def set_source_province_new(db: Database, mapping: dict[str, str]) -> None:
    """Fill ``province_new`` of sources and their articles from an old -> new province map."""
    with db.conn:
        for old, new in mapping.items():
            db.execute("UPDATE sources SET province_new = ? WHERE province = ?", [new, old])
            db.execute(
                "UPDATE articles SET province_new = ? WHERE province = ? "
                "AND (province_new IS NULL OR province_new != ?)",
                [new, old, new],
            )


def set_article_province(db: Database, aid: str, province: str | None, province_new: str | None) -> None:
    """Set an article's province facets (old and since 1 July 2025), as tagging found them."""
    with db.conn:
        db.execute("UPDATE articles SET province = ?, province_new = ? WHERE id = ?", [province, province_new, aid])


# -- articles ------------------------------------------------------------------------------


def _article_row(record: dict[str, Any], digest: str, seen: str) -> dict[str, Any]:
    published = record.get("published")
    day = published[:10] if published else None
    return {
        "url": record["url"],
        "source_id": record["source_id"],
        "title": record["title"],
        "published": published,
        "published_day": day,
        "year": int(day[:4]) if day else None,
        "month": day[:7] if day else None,
        "author": record.get("author"),
        "text": record["text"],
        "body_html": record.get("body_html"),
        "unit": record.get("unit"),
        "unit_level": record.get("unit_level"),
        "province": record.get("province"),
        "content_hash": digest,
        "last_seen": seen,
        "notes": record.get("notes"),
        "folded": fold(record["title"] + "\n" + record["text"]),
    }


def _version_row(aid: str, version: int, record: dict[str, Any], digest: str, seen: str) -> dict:
    return {
        "article_id": aid,
        "version": version,
        "title": record["title"],
        "published": record.get("published"),
        "author": record.get("author"),
        "text": record["text"],
        "body_html": record.get("body_html"),
        "content_hash": digest,
        "fetched_at": seen,
    }


def _insert_sql(table: str, row: dict[str, Any], *, or_ignore: bool = False) -> tuple[str, list[Any]]:
    """One plain INSERT of a row of str, int, float or None values, and its parameters: the hot
    path of a crawl, without sqlite-utils' per-call introspection of the table."""
    return _insert_text(table, tuple(row), or_ignore), list(row.values())


@lru_cache(maxsize=256)
def _insert_text(table: str, columns: tuple[str, ...], or_ignore: bool) -> str:
    """The INSERT of ``columns``, made once for each set of columns a crawl writes."""
    names = ", ".join(f'"{c}"' for c in columns)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    return f'{verb} INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'


def _insert(db: Database, table: str, row: dict[str, Any], *, or_ignore: bool = False) -> None:
    db.conn.execute(*_insert_sql(table, row, or_ignore=or_ignore))


def save_article(db: Database, record: dict[str, Any], seen: str | None = None) -> str:
    """Insert or update one article; keep every distinct version. Returns new/changed/unchanged.

    ``record`` needs url (canonical), source_id, title, text; published, author, body_html,
    unit, unit_level, province and notes are optional.
    """
    seen = seen or now_iso()
    aid = article_id(record["url"])
    digest = content_hash(record)
    with transaction(db):
        store_defer.settle_if_held(db, "articles", "id", aid)
        row = db.execute(
            "SELECT content_hash, version FROM articles WHERE id = ?", [aid]
        ).fetchone()
        if row is None:
            values = _article_row(record, digest, seen)
            values.update(id=aid, version=1, first_seen=seen, last_changed=seen)
            # In a commit group the row waits for the group's commit, which writes the group's
            # new articles (and their full-text entries) in one statement (store_defer).
            if not store_defer.defer(db, "articles", values, absent=("id",)):  # neither held nor stored
                _insert(db, "articles", values)
            _insert(db, "article_versions", _version_row(aid, 1, record, digest, seen))
            return NEW
        old_digest, version = row
        if old_digest == digest:
            db.execute("UPDATE articles SET last_seen = ? WHERE id = ?", [seen, aid])
            return UNCHANGED
        values = _article_row(record, digest, seen)
        values.update(version=version + 1, last_changed=seen, tagged_hash=None)
        db["articles"].update(aid, values)
        _insert(db, "article_versions", _version_row(aid, version + 1, record, digest, seen), or_ignore=True)
        return CHANGED


def known_article_urls(db: Database, source_id: str) -> set[str]:
    """Canonical URLs already stored for a source."""
    rows = db.execute("SELECT url FROM articles WHERE source_id = ?", [source_id]).fetchall()
    return {r[0] for r in rows}


def articles_for_tagging(db: Database, everything: bool = False, page: int = 500) -> Iterator[dict[str, Any]]:
    """Articles whose tags are missing or stale (or all of them), with source context and the
    content hash their copy signature was made from (``signed_hash``).

    Read a page at a time by rowid, so the caller may write tags between pages and a store of
    any size is never held in memory.
    """
    stale = "" if everything else "AND (a.tagged_hash IS NULL OR a.tagged_hash != a.content_hash)"
    sql = f"""
        SELECT a.rowid AS rowid, a.id, a.url, a.title, a.text, a.published, a.published_day, a.content_hash,
               a.source_id, s.name AS source_name, s.unit_level AS source_level, s.province AS source_province,
               s.district AS source_district, s.unit_id AS source_unit_id, s.url AS source_url,
               g.content_hash AS signed_hash
        FROM articles a LEFT JOIN sources s ON s.id = a.source_id
        LEFT JOIN article_signatures g ON g.article_id = a.id
        WHERE a.rowid > ? {stale}
        ORDER BY a.rowid LIMIT ?
    """
    for columns, rows in pages_by_rowid(db, sql, page):
        for row in rows:
            yield dict(zip(columns, row, strict=True))


def pages_by_rowid(db: Database, sql: str, page: int) -> Iterator[tuple[list[str], list[tuple]]]:
    """(column names, rows) of ``sql`` a page at a time: its first column is the rowid, its two
    parameters the last rowid read and the page size. The next page is read only when the
    caller asks for it, so the caller may write between pages."""
    last = 0
    while True:
        cursor = db.execute(sql, [last, page])
        rows = cursor.fetchall()
        if not rows:
            return
        yield [c[0] for c in cursor.description], rows
        last = rows[-1][0]


def replace_tags(
    db: Database,
    aid: str,
    resolutions: list[dict[str, Any]],
    units: list[dict[str, Any]],
    tagged_hash: str,
) -> None:
    """Replace an article's resolution and unit tags in one transaction."""
    with db.conn:
        db.execute("DELETE FROM article_resolutions WHERE article_id = ?", [aid])
        db.execute("DELETE FROM article_units WHERE article_id = ?", [aid])
        if resolutions:
            db["article_resolutions"].insert_all(
                [dict(r, article_id=aid) for r in resolutions], replace=True
            )
        if units:
            db["article_units"].insert_all([dict(u, article_id=aid) for u in units], replace=True)
        codes = list(dict.fromkeys(r["code"] for r in resolutions))
        names = list(dict.fromkeys(u["name"] for u in units))
        db.execute(
            "UPDATE articles SET tagged_hash = ?, resolutions = ?, units = ? WHERE id = ?",
            [tagged_hash, json.dumps(codes, ensure_ascii=False), json.dumps(names, ensure_ascii=False), aid],
        )
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('tags_changed', ?)", [now_iso()]
        )


def load_rows(db: Database, table: str, rows: list[dict[str, Any]], pk: str) -> int:
    """Upsert catalog rows (resolutions, units) by primary key."""
    if table not in ("resolutions", "units"):
        raise ValueError(f"not a catalog table: {table}")
    if rows:
        db[table].upsert_all(rows, pk=pk, alter=False)
    return len(rows)


def catalog_keys(db: Database, table: str, pk: str) -> set[str]:
    """Primary keys present in a catalog table."""
    if table not in ("resolutions", "units"):
        raise ValueError(f"not a catalog table: {table}")
    return {r[0] for r in db.execute(f"SELECT {pk} FROM {table}").fetchall()}


_BULK_TABLES = ("sources", "articles", "article_resolutions", "article_units", "alerts")


def bulk_load(db: Database, table: str, rows: list[dict[str, Any]]) -> int:
    """Insert many rows at once (executemany, one transaction): generated stores, imports.

    Every row needs the same keys. Triggers (full-text index) run as for single inserts.
    """
    if table not in _BULK_TABLES:
        raise ValueError(f"not a bulk-loadable table: {table}")
    if not rows:
        return 0
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    with db.conn:
        db.conn.executemany(sql, ([row.get(c) for c in columns] for row in rows))
    return len(rows)


# -- runs and fetches ------------------------------------------------------------------------


def start_run(db: Database, mode: str, sources: int) -> int:
    """Open a ``crawl_runs`` row and return its id."""
    with db.conn:
        cursor = db.execute(
            "INSERT INTO crawl_runs (started, status, mode, sources) VALUES (?, 'running', ?, ?)",
            [now_iso(), mode, sources],
        )
    return int(cursor.lastrowid)


def finish_run(
    db: Database, run_id: int, status: str, counts: dict[str, int], error: str | None = None
) -> None:
    """Close a ``crawl_runs`` row with its counts."""
    row = db.execute("SELECT started FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
    finished = now_iso()
    duration = None
    if row:
        duration = (datetime.fromisoformat(finished) - datetime.fromisoformat(row[0])).total_seconds()
    with db.conn:
        db.execute(
            """UPDATE crawl_runs SET finished = ?, status = ?, requests = ?, new = ?, changed = ?,
               unchanged = ?, failed = ?, duration = ?, error = ? WHERE id = ?""",
            [
                finished, status, counts.get("requests", 0), counts.get("new", 0),
                counts.get("changed", 0), counts.get("unchanged", 0), counts.get("failed", 0),
                duration, error, run_id,
            ],
        )


def record_fetch(db: Database, **fetch: Any) -> None:
    """Append one ``fetches`` row: run_id, source_id, url, kind, status, outcome, error, bytes
    (and ``record``, the id of the Redis record it came from: a row with a known record is not
    written again)."""
    fetch.setdefault("fetched_at", now_iso())
    write(db, *_insert_sql("fetches", fetch, or_ignore=bool(fetch.get("record"))))


def record_extraction(db: Database, url: str, outcome: str, run_id: int | None = None) -> None:
    """Mark the latest fetch of an article page with what extraction made of it: ``ok``,
    ``no_date`` (stored without a date), ``no_title`` or ``no_body`` (not stored)."""
    write(
        db,
        "UPDATE fetches SET extraction = ? WHERE id = (SELECT max(id) FROM fetches"
        " WHERE url = ? AND (? IS NULL OR run_id = ?))",
        [outcome, url, run_id, run_id],
    )


def extraction_outcomes(db: Database, source_id: str, last: int = 200) -> dict[str, int]:
    """Counts of extraction outcomes over a source's last ``last`` article fetches."""
    rows = db.execute(
        "SELECT extraction, count(*) FROM (SELECT extraction FROM fetches WHERE source_id = ?"
        " AND extraction IS NOT NULL ORDER BY id DESC LIMIT ?) GROUP BY extraction",
        [source_id, last],
    ).fetchall()
    return {outcome: count for outcome, count in rows}


def run_counts(db: Database, run_id: int) -> dict[str, int]:
    """Requests and failures recorded for a run."""
    row = db.execute(
        "SELECT count(*), sum(outcome NOT IN ('ok', 'not_modified')) FROM fetches WHERE run_id = ?",
        [run_id],
    ).fetchone()
    return {"requests": row[0] or 0, "failed": row[1] or 0}


def versions_between(db: Database, started: str, finished: str) -> dict[str, int]:
    """Articles first stored (``new``) and edits stored (``changed``) between two times."""
    row = db.execute(
        "SELECT sum(version = 1), sum(version > 1) FROM article_versions WHERE fetched_at >= ?"
        " AND fetched_at <= ?", [started, finished],
    ).fetchone()
    return {NEW: row[0] or 0, CHANGED: row[1] or 0}


def table_counts(db: Database) -> dict[str, int]:
    """Row counts of the main tables, for summaries."""
    names = ("sources", "articles", "article_resolutions", "article_units", "resolutions", "units")
    return {n: db[n].count for n in names if db[n].exists()}


# -- key/value state -----------------------------------------------------------------------


def get_meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    with db.conn:
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def catalog_stamp(db: Database) -> str | None:
    """Version of the catalogs the stored tags were made with."""
    return get_meta(db, "catalog_version")


def set_catalog_stamp(db: Database, version: str) -> None:
    set_meta(db, "catalog_version", version)
