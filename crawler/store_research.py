"""Store functions for the research tables: archive files of runs, re-extracted versions,
near-duplicate copies, targets and resolution diffusion (schema in migrations m011-m014)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from crawler import store

STALE = "stale"  # an archived page older than a crawled version the archive does not hold


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


# -- provenance archive ------------------------------------------------------------------------


def set_run_archive(db: Database, run_id: int, path: str, records: int) -> None:
    """Record a run's WARC file (relative to the database's folder) and its record count."""
    with db.conn:
        db.execute(
            "UPDATE crawl_runs SET warc = ?, warc_records = ? WHERE id = ?", [path, records, run_id]
        )


def archive_files(db: Database, db_path: str | Path, runs: Iterable[int] = ()) -> list[tuple[int, Path]]:
    """(run id, absolute WARC path) of archived runs, oldest first; only ``runs`` if given.
    Paths are stored relative to the database's folder unless outside it."""
    wanted = list(runs)
    sql = "SELECT id, warc FROM crawl_runs WHERE warc IS NOT NULL"
    if wanted:
        sql += f" AND id IN ({','.join('?' * len(wanted))})"
    base = Path(db_path).resolve().parent
    out = []
    for run_id, warc in db.execute(sql + " ORDER BY id", wanted).fetchall():
        path = Path(warc)
        out.append((run_id, path if path.is_absolute() else base / path))
    return out


def source_rows(db: Database) -> list[dict[str, Any]]:
    """Every stored source with the registry file it was loaded from."""
    return _dicts(db.execute(
        "SELECT id, name, unit_level, url, listing_urls, province, district, family, unit_id, "
        "registry FROM sources ORDER BY id"
    ))


def next_run_start(db: Database, run_id: int) -> str | None:
    """When the first run after ``run_id`` started: versions crawled since are newer than
    anything that run archived."""
    row = db.execute("SELECT min(started) FROM crawl_runs WHERE id > ?", [run_id]).fetchone()
    return row[0] if row else None


def save_reextracted(
    db: Database, record: dict[str, Any], fetched_at: str, newer_after: str | None = None
) -> str:
    """Store the re-extraction of an archived page fetched at ``fetched_at``.

    new: the article was not stored (a store rebuilt from archives); changed: a new version
    (``via`` = reextract) replaces the current one; unchanged; stale: a later crawl (one that
    started at ``newer_after`` or after) stored a version this archive does not hold, which a
    replay must not overwrite.
    """
    aid = store.article_id(record["url"])
    digest = store.content_hash(record)
    row = db.execute(
        "SELECT content_hash, version, last_seen, first_seen FROM articles WHERE id = ?", [aid]
    ).fetchone()
    if row is None:
        store.save_article(db, record, seen=fetched_at)
        with db.conn:
            db.execute("UPDATE article_versions SET via = 'reextract' WHERE article_id = ?", [aid])
        return store.NEW
    old_digest, version, last_seen, first_seen = row
    if old_digest == digest:
        return store.UNCHANGED
    newer = newer_after is not None and db.execute(
        "SELECT 1 FROM article_versions WHERE article_id = ? AND via = 'crawl' AND fetched_at >= ?",
        [aid, newer_after],
    ).fetchone()
    if newer:
        return STALE
    now = store.now_iso()
    values = store._article_row(record, digest, last_seen)
    values.update(version=version + 1, last_changed=now, tagged_hash=None)
    with db.conn:
        db["articles"].update(aid, values)
        version_row = store._version_row(aid, version + 1, record, digest, fetched_at)
        db["article_versions"].insert(dict(version_row, via="reextract"), ignore=True)
    return store.CHANGED


def version_counts(db: Database) -> dict[str, int]:
    """Stored versions by origin (crawl, reextract)."""
    return dict(db.execute("SELECT via, count(*) FROM article_versions GROUP BY via").fetchall())


# -- syndicated copies -------------------------------------------------------------------------


def articles_for_signatures(db: Database, page: int = 500) -> Iterator[dict[str, Any]]:
    """Articles whose MinHash signature is missing or older than their content, read a page at
    a time by rowid (the caller may save signatures between pages)."""
    sql = """SELECT a.rowid, a.id, a.title, a.text, a.content_hash FROM articles a
             LEFT JOIN article_signatures s ON s.article_id = a.id
             WHERE a.rowid > ? AND (s.content_hash IS NULL OR s.content_hash != a.content_hash)
             ORDER BY a.rowid LIMIT ?"""
    for columns, rows in store.pages_by_rowid(db, sql, page):
        for row in rows:
            yield dict(zip(columns[1:], row[1:], strict=True))


def write_signatures(db: Database, rows: list[dict[str, Any]]) -> None:
    """Upsert (article_id, content_hash, signature bytes) rows inside the caller's transaction."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO article_signatures (article_id, content_hash, signature) "
        "VALUES (:article_id, :content_hash, :signature)",
        rows,
    )


def save_signatures(db: Database, rows: list[dict[str, Any]]) -> None:
    """Upsert (article_id, content_hash, signature bytes) rows."""
    if rows:
        with db.conn:
            write_signatures(db, rows)


def signatures(db: Database) -> Iterator[tuple[str, bytes, str | None]]:
    """(article id, signature, publication date) of every article that has a signature."""
    yield from db.execute(
        "SELECT s.article_id, s.signature, a.published FROM article_signatures s "
        "JOIN articles a ON a.id = s.article_id AND a.content_hash = s.content_hash ORDER BY a.rowid"
    )


def copy_candidates(db: Database, ids: list[str], texts: bool = True) -> dict[str, dict[str, Any]]:
    """What verifying a copy and choosing the original need: dates, publisher level, and the
    title and text (unless ``texts`` is false: ``copy_texts`` reads them a page at a time)."""
    out: dict[str, dict[str, Any]] = {}
    columns = "a.title, a.text, " if texts else ""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor = db.execute(
            f"""SELECT a.id, {columns}a.published, a.first_seen,
                       coalesce(s.unit_level, a.unit_level) AS level
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                WHERE a.id IN ({','.join('?' * len(chunk))})""",
            chunk,
        )
        out.update({r["id"]: r for r in _dicts(cursor)})
    return out


def copy_texts(db: Database, ids: list[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """(id, title, text) of articles, in the order of ``ids``, read 500 at a time."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found = {r[0]: r for r in db.execute(
            f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
        )}
        yield from (found[aid] for aid in chunk)


def replace_copies(db: Database, links: list[dict[str, Any]]) -> dict[str, int]:
    """Write the clusters: ``links`` are (article_id, canonical_id, similarity, cluster_size)
    rows for every copy. Articles not linked become unique; counts of what changed."""
    with db.conn:
        db.execute("DELETE FROM article_copies")
        if links:
            db.conn.executemany(
                "INSERT INTO article_copies (article_id, canonical_id, similarity, cluster_size) "
                "VALUES (:article_id, :canonical_id, :similarity, :cluster_size)",
                links,
            )
        changed = db.execute(
            """UPDATE articles SET
                 copy_of = (SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id),
                 copies = (SELECT count(*) FROM article_copies c WHERE c.canonical_id = articles.id),
                 syndication = CASE
                   WHEN id IN (SELECT article_id FROM article_copies) THEN 'copy'
                   WHEN id IN (SELECT canonical_id FROM article_copies) THEN 'original'
                   ELSE 'unique' END
               WHERE coalesce(copy_of, '') != coalesce(
                       (SELECT canonical_id FROM article_copies c WHERE c.article_id = articles.id), '')
                  OR copies != (SELECT count(*) FROM article_copies c WHERE c.canonical_id = articles.id)"""
        ).rowcount
    counts = dict(db.execute("SELECT syndication, count(*) FROM articles GROUP BY syndication").fetchall())
    counts["changed"] = changed
    return counts


def copies_of(db: Database, aid: str) -> list[dict[str, Any]]:
    """The copies of a canonical article, with their sources and similarity."""
    return _dicts(db.execute(
        """SELECT a.id, a.url, a.title, a.source_id, a.published_day, c.similarity
           FROM article_copies c JOIN articles a ON a.id = c.article_id
           WHERE c.canonical_id = ? ORDER BY a.published_day, a.id""",
        [aid],
    ))


# -- targets -----------------------------------------------------------------------------------


def _tags_by_article(db: Database, table: str, columns: str, order: str, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The tag rows (``columns``) of many articles, per article in ``order``."""
    cursor = db.execute(
        f"SELECT article_id, {columns} FROM {table} WHERE article_id IN ({','.join('?' * len(ids))}) "
        f"ORDER BY article_id, {order}",
        ids,
    )
    names = [c[0] for c in cursor.description][1:]
    out: dict[str, list[dict[str, Any]]] = {}
    for row in cursor:
        out.setdefault(row[0], []).append(dict(zip(names, row[1:], strict=True)))
    return out


def articles_for_targets(db: Database, everything: bool = False, page: int = 500) -> Iterator[dict[str, Any]]:
    """Tagged articles whose targets are missing or stale, with their tags' positions (each
    article's tags by ``evidence_start``, title tags first).

    Read a page at a time by rowid, the tags of a page in one query per table, so the caller
    may write targets between pages and a store of any size is never held in memory.
    """
    where = "" if everything else "AND (a.targets_hash IS NULL OR a.targets_hash != a.content_hash)"
    sql = f"""SELECT a.rowid, a.id, a.title, a.text, a.content_hash, a.published_day, a.province,
                     s.unit_id AS source_unit_id, s.name AS source_name
              FROM articles a LEFT JOIN sources s ON s.id = a.source_id
              WHERE a.rowid > ? AND a.tagged_hash = a.content_hash {where} ORDER BY a.rowid LIMIT ?"""
    for columns, rows in store.pages_by_rowid(db, sql, page):
        ids = [row[1] for row in rows]
        resolutions = _tags_by_article(
            db, "article_resolutions", "resolution_key, evidence_start, evidence_end",
            "evidence_start, resolution_key", ids,
        )
        units = _tags_by_article(
            db, "article_units", "unit_id, name, role, evidence_start, evidence_end",
            "evidence_start, unit_id, role", ids,
        )
        for row in rows:
            article = dict(zip(columns[1:], row[1:], strict=True))
            article["resolutions"] = resolutions.get(article["id"], [])
            article["units"] = units.get(article["id"], [])
            yield article


def write_targets(db: Database, items: list[tuple[str, list[dict[str, Any]], str]]) -> None:
    """Replace the targets of many articles, each item (article id, target rows, content
    hash), article after article, and mark them current; inside the caller's transaction."""
    for aid, rows, _ in items:
        db.conn.execute("DELETE FROM targets WHERE article_id = ?", [aid])
        if rows:
            columns = list(dict.fromkeys(chain.from_iterable(rows)))
            db.conn.executemany(
                f"INSERT INTO targets (article_id, {', '.join(columns)}) VALUES (?, {', '.join('?' * len(columns))})",
                [(aid, *map(r.get, columns)) for r in rows],
            )
    db.conn.executemany(
        "UPDATE articles SET targets_hash = ? WHERE id = ?", [(content_hash, aid) for aid, _, content_hash in items]
    )


def replace_targets(db: Database, items: list[tuple[str, list[dict[str, Any]], str]]) -> None:
    """``write_targets`` in one transaction."""
    with db.conn:
        write_targets(db, items)


# -- diffusion ---------------------------------------------------------------------------------


def diffusion(db: Database, key: str) -> dict[str, Any]:
    """How one resolution spread: first article per province and per unit, with lags."""
    provinces = _dicts(db.execute(
        "SELECT * FROM resolution_province_first WHERE resolution_key = ? ORDER BY first_day, province",
        [key],
    ))
    units = _dicts(db.execute(
        "SELECT * FROM resolution_unit_first WHERE resolution_key = ? ORDER BY first_day, unit",
        [key],
    ))
    targets = _dicts(db.execute(
        """SELECT t.figure_text, t.measure, t.object, t.comparator, t.period, t.deadline, t.unit,
                  t.province, t.published_day, t.evidence, t.article_id, a.url
           FROM targets t JOIN articles a ON a.id = t.article_id
           WHERE t.resolution_key = ? ORDER BY t.published_day, t.id""",
        [key],
    ))
    return {"provinces": provinces, "units": units, "targets": targets}


def diffusion_overview(db: Database) -> list[dict[str, Any]]:
    """Every cited resolution: provinces and units reached, first article, median lag."""
    rows = _dicts(db.execute(
        """SELECT r.key, r.code, r.slug, r.title, r.date,
                  count(p.province) AS provinces, min(p.first_day) AS first_day,
                  (SELECT count(*) FROM resolution_unit_first u WHERE u.resolution_key = r.key) AS units
           FROM resolutions r JOIN resolution_province_first p ON p.resolution_key = r.key
           GROUP BY r.key ORDER BY provinces DESC, r.code"""
    ))
    for row in rows:
        lags = sorted(
            lag for (lag,) in db.execute(
                "SELECT lag_days FROM resolution_province_first WHERE resolution_key = ? "
                "AND lag_days IS NOT NULL", [row["key"]]
            )
        )
        row["median_lag"] = lags[len(lags) // 2] if lags else None
    return rows
