"""The store's operational half: incremental crawl state, per-source run records, source
health and alerts. Like ``store.py`` (articles, tags, runs, publication queries), it is the only
place that knows its tables; the two together are the store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlite_utils import Database

from crawler.incremental import KnownArticle, ListingState
from crawler.store import now_iso


def known_articles(db: Database, source_id: str) -> dict[str, KnownArticle]:
    """Stored articles of a source by canonical URL, and by the other URLs that led to them
    (``seen_urls`` aliases): date (or first seen) and the fields present."""
    rows = db.execute(
        "SELECT url, url, coalesce(published, first_seen), published IS NOT NULL, author IS NOT NULL "
        "FROM articles WHERE source_id = ? UNION ALL "
        "SELECT s.url, a.url, coalesce(a.published, a.first_seen), a.published IS NOT NULL, "
        "a.author IS NOT NULL FROM seen_urls s JOIN articles a ON a.url = s.article_url "
        "WHERE s.source_id = ?",
        [source_id, source_id],
    ).fetchall()
    return {r[0]: KnownArticle(r[1], r[2], bool(r[3]), bool(r[4])) for r in rows}


def skipped_urls(db: Database, source_id: str) -> set[str]:
    """Links of a source that gave no article (not found, no body...): not fetched again."""
    rows = db.execute(
        "SELECT url FROM seen_urls WHERE source_id = ? AND article_url IS NULL", [source_id]
    ).fetchall()
    return {r[0] for r in rows}


def remembered_links(db: Database) -> Iterator[tuple[str, bool]]:
    """Every link a crawl need not fetch again: (url, True) for stored articles and their
    aliases, (url, False) for links that gave no article."""
    for (url,) in db.execute("SELECT url FROM articles"):
        yield url, True
    for url, article_url in db.execute("SELECT url, article_url FROM seen_urls"):
        yield url, article_url is not None


def save_seen_urls(db: Database, rows: list[dict[str, Any]]) -> None:
    """Remember links by outcome: url, source_id, article_url (an alias) or None, outcome."""
    if rows:
        seen = now_iso()
        with db.conn:
            db["seen_urls"].upsert_all([dict(r, last_seen=seen) for r in rows], pk="url", alter=False)


# -- incremental state ---------------------------------------------------------------------


def listing_states(db: Database, source_ids: Iterable[str] | None = None) -> dict[str, ListingState]:
    """``listing_state`` rows (validators, fingerprint, layout) by listing URL."""
    sql = "SELECT url, source_id, etag, last_modified, content_hash, layout, links, last_fetched FROM listing_state"
    params: list[str] = []
    if source_ids is not None:
        params = list(source_ids)
        sql += f" WHERE source_id IN ({','.join('?' * len(params))})"
    return {r[0]: ListingState(*r) for r in db.execute(sql, params).fetchall()}


def save_listing_states(db: Database, rows: list[dict[str, Any]]) -> None:
    """Remember what listing pages showed: url, source_id, etag, last_modified, content_hash,
    layout, links, last_fetched."""
    if rows:
        with db.conn:
            db["listing_state"].upsert_all(rows, pk="url", alter=False)


# -- source health -------------------------------------------------------------------------
# Contract for readers (feeds, Datasette canned queries, `unionwatch status`):
#   source_health: source_id, status (ok | stale | broken), cause (see crawler/health.py CAUSES),
#     message (one line for people), since (when this status began), checked (last assessment),
#     run_id, last_success (last run that fetched a page of the source), last_new (first_seen of
#     the newest stored article), last_published (newest publication date), error_streak (runs
#     in a row without a successful fetch), interval_days (median days between publications of
#     the latest articles), articles (stored count).
#   alerts: id, source_id, kind (broken | recovered | stale), cause, message, created, run_id,
#     mailed / posted (when e-mail / webhook delivered it; NULL until then).
#   source_runs: one row per (run_id, source_id): requests, succeeded, failed, not_modified,
#     error, listing and article counters (crawler/observe.py COUNTERS), fields_lost (JSON
#     object), selector_misses (JSON array).


def interrupted_sources(db: Database, source_ids: Iterable[str], before_run: int, look_back: int = 50) -> set[str]:
    """Sources whose most recent run before ``before_run`` did not finish ``ok`` (killed, crashed
    or stopped early): the next run reads their listings to the end, whatever is already known."""
    pending = set(source_ids)
    interrupted: set[str] = set()
    runs = db.execute(
        "SELECT id, status FROM crawl_runs WHERE id < ? ORDER BY id DESC LIMIT ?", [before_run, look_back]
    ).fetchall()
    for run_id, status in runs:
        if not pending:
            break
        touched = {r[0] for r in db.execute("SELECT DISTINCT source_id FROM fetches WHERE run_id = ?", [run_id])}
        touched &= pending
        if status != "ok":
            interrupted |= touched
        pending -= touched
    return interrupted


def record_source_runs(db: Database, run_id: int, observed: dict[str, dict[str, Any]]) -> None:
    """Write one ``source_runs`` row per source, adding its request outcomes from ``fetches``."""
    fetched: dict[str, list[tuple[str, str, int, int]]] = {}
    for source_id, kind, outcome, n, last_id in db.execute(
        "SELECT source_id, kind, outcome, count(*), max(id) FROM fetches WHERE run_id = ? "
        "GROUP BY 1, 2, 3", [run_id],
    ):
        fetched.setdefault(source_id, []).append((kind, outcome, n, last_id))
    finished = now_iso()
    rows = []
    for source_id, row in observed.items():
        seen = fetched.get(source_id, [])
        good = ("ok", "not_modified")
        errors = [(last_id, o) for _, o, _, last_id in seen if o not in good]
        rows.append({
            **row, "run_id": run_id, "source_id": source_id, "finished": finished,
            "requests": sum(n for *_, n, _ in seen),
            "succeeded": sum(n for k, o, n, _ in seen if o in good and k != "robots"),
            "not_modified": sum(n for _, o, n, _ in seen if o == "not_modified"),
            "failed": sum(n for _, o, n, _ in seen if o not in good),
            "error": max(errors)[1] if errors else None,
        })
    if rows:
        with db.conn:
            db["source_runs"].upsert_all(rows, pk=("run_id", "source_id"), alter=False)


def run_started(db: Database, run_id: int) -> str:
    """When a ``crawl_runs`` row began (ISO 8601)."""
    return db.execute("SELECT started FROM crawl_runs WHERE id = ?", [run_id]).fetchone()[0]


def source_run(db: Database, run_id: int, source_id: str) -> dict[str, Any] | None:
    """One ``source_runs`` row."""
    return _one(db, "SELECT * FROM source_runs WHERE run_id = ? AND source_id = ?", [run_id, source_id])


def article_profile(db: Database, source_id: str, before: str, recent: int = 20) -> dict[str, Any]:
    """A source's stored articles: how many (in all, and first seen before ``before``), how many
    of the latter have a date and an author, the newest first-seen and publication times, and
    the publication days of the latest ``recent`` articles."""
    row = db.execute(
        "SELECT count(*), sum(first_seen < ?), sum(first_seen < ? AND published IS NOT NULL), "
        "sum(first_seen < ? AND author IS NOT NULL), max(first_seen), max(published) "
        "FROM articles WHERE source_id = ?",
        [before, before, before, source_id],
    ).fetchone()
    days = [r[0] for r in db.execute(
        "SELECT published_day FROM articles WHERE source_id = ? AND published_day IS NOT NULL "
        "ORDER BY published_day DESC LIMIT ?", [source_id, recent],
    )]
    return {
        "articles": row[0] or 0, "before": row[1] or 0, "with_date": row[2] or 0,
        "with_author": row[3] or 0, "last_new": row[4], "last_published": row[5],
        "recent_days": days,
    }


def health_rows(db: Database) -> dict[str, dict[str, Any]]:
    """The current ``source_health`` rows by source id."""
    return {r["source_id"]: r for r in _all(db, "SELECT * FROM source_health")}


def save_health(db: Database, rows: list[dict[str, Any]]) -> None:
    if rows:
        with db.conn:
            db["source_health"].upsert_all(rows, pk="source_id", alter=False)


def add_alert(db: Database, source_id: str, kind: str, cause: str | None, message: str,
              run_id: int | None = None) -> int:
    """Append an ``alerts`` row (broken, recovered, stale) and return its id."""
    with db.conn:
        cursor = db.execute(
            "INSERT INTO alerts (source_id, kind, cause, message, created, run_id) VALUES (?, ?, ?, ?, ?, ?)",
            [source_id, kind, cause, message, now_iso(), run_id],
        )
    return int(cursor.lastrowid)


ALERT_CHANNELS = ("mailed", "posted")


def pending_alerts(db: Database, channel: str, since: str) -> list[dict[str, Any]]:
    """Alerts created since ``since`` that ``channel`` (mailed | posted) has not delivered."""
    if channel not in ALERT_CHANNELS:
        raise ValueError(f"unknown alert channel: {channel}")
    return _all(
        db,
        f"SELECT a.id, a.source_id, s.name AS source_name, a.kind, a.cause, a.message, a.created, "
        f"a.run_id FROM alerts a LEFT JOIN sources s ON s.id = a.source_id "
        f"WHERE a.{channel} IS NULL AND a.created >= ? ORDER BY a.id",
        [since],
    )


def mark_alerts(db: Database, channel: str, ids: list[int]) -> None:
    if channel not in ALERT_CHANNELS:
        raise ValueError(f"unknown alert channel: {channel}")
    with db.conn:
        db.conn.executemany(f"UPDATE alerts SET {channel} = ? WHERE id = ?", [(now_iso(), i) for i in ids])


def recent_alerts(db: Database, limit: int = 50) -> list[dict[str, Any]]:
    """Newest alerts with their source's name: the alert feed's rows."""
    return _all(
        db,
        "SELECT a.id, a.source_id, s.name AS source_name, s.url AS source_url, a.kind, a.cause, "
        "a.message, a.created, a.run_id FROM alerts a LEFT JOIN sources s ON s.id = a.source_id "
        "ORDER BY a.id DESC LIMIT ?",
        [limit],
    )


def source_health(db: Database) -> list[dict[str, Any]]:
    """Every registered source with its health; sources never assessed have status "new"."""
    return _all(
        db,
        "SELECT s.id AS source_id, s.name, coalesce(h.status, 'new') AS status, h.cause, h.message, "
        "h.since, h.checked, h.last_success, h.last_new, h.last_published, "
        "coalesce(h.error_streak, 0) AS error_streak, h.interval_days, coalesce(h.articles, 0) AS articles "
        "FROM sources s LEFT JOIN source_health h ON h.source_id = s.id ORDER BY s.id",
    )


def _all(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def _one(db: Database, sql: str, params: list[Any]) -> dict[str, Any] | None:
    rows = _all(db, sql, params)
    return rows[0] if rows else None
