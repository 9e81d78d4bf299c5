"""The store's publication half: what feeds and the plugin's pages read. Like ``store.py``
(articles, tags, runs) and ``store_ops.py`` (crawl state, health, alerts), it is the only place
that knows its tables; together they are the store."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from crawler.store import get_meta
from crawler.textnorm import slugify

FEED_KINDS = ("resolution", "unit", "province", "source", "all")
FEED_FILTERS = ("resolution", "province", "unit", "source", "copies")
# The feed order; migration m008 indexes exactly this expression so "newest N" reads N rows.
FEED_ORDER = "coalesce(a.published, a.first_seen) DESC, a.id"

_FEED_SELECT = """
    SELECT a.id, a.url, a.title, a.published, a.published_day, a.last_changed, a.first_seen,
           a.author, a.unit, a.province, a.province_new, a.source_id, a.body_html,
           substr(a.text, 1, 400) AS summary
    FROM articles a
"""


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]


def _one(cursor: Any) -> dict[str, Any] | None:
    rows = _dicts(cursor)
    return rows[0] if rows else None


def _in(column: str, values: list[Any]) -> tuple[str, list[Any]]:
    return f"{column} IN ({','.join('?' * len(values))})", values


def _tagged_with(table: str, column: str, values: list[str]) -> tuple[str, list, str, str]:
    """The filter of articles with a tag row in ``table`` whose ``column`` is one of ``values``:
    condition, params, the count of matching tag rows, and a per-article probe."""
    condition, params = _in(column, values)
    inner = f"SELECT article_id FROM {table} WHERE {condition}"
    probe = f"EXISTS (SELECT 1 FROM {table} WHERE article_id = a.id AND {condition})"
    count = f"SELECT count(*) FROM {table} WHERE {condition}"
    return f"a.id IN ({inner})", params, count, probe


def _feed_condition(
    db: Database, name: str, value: str, exact: bool
) -> tuple[str, list[Any], str, str]:
    """One WHERE condition of a feed, its parameters, SQL counting the rows it selects, and the
    same condition for a walk along the date index (a per-row EXISTS probe instead of a list).

    ``exact``: the value is a key or id (the feed's own kind). Filters accept friendlier
    values, resolved to keys first so every condition uses an index: resolution = code
    ("02-NQ/TW") or key; unit = id or full name; province = name, old or new, with or without
    diacritics, or its slug; source = id; copies = "0" leaves out syndicated copies.
    """
    if name == "resolution":
        keys = [value] if exact else [
            r[0] for r in db.execute(
                "SELECT key FROM resolutions WHERE code = ? OR key = ?", [value, value]
            ).fetchall()
        ] or [value]
        return _tagged_with("article_resolutions", "resolution_key", keys)
    if name == "unit":
        ids = [value] if exact else [
            r[0] for r in db.execute("SELECT id FROM units WHERE id = ? OR name = ?", [value, value])
        ] or [value]
        return _tagged_with("article_units", "unit_id", ids)
    if name == "province":
        names = [value] if exact else province_names_matching(db, value) or [value]
        old, _ = _in("province", names)
        new, _ = _in("province_new", names)
        probe = f"(a.{old} OR a.{new})"
        # The same set as its rowids, read from the two province indexes alone: a feed that
        # combines a province with a tag then never reads the (long) article rows to filter.
        condition = (f"a.rowid IN (SELECT rowid FROM articles WHERE {old} "
                     f"UNION ALL SELECT rowid FROM articles WHERE {new})")
        return condition, [*names, *names], f"SELECT count(*) FROM articles a WHERE {probe}", probe
    if name == "source":
        condition = "a.source_id = ?"
        return condition, [value], f"SELECT count(*) FROM articles a WHERE {condition}", condition
    if name == "copies":  # "0": leave out syndicated copies of other articles
        condition = "a.syndication != 'copy'" if value == "0" else "1"
        return condition, [], f"SELECT count(*) FROM articles a WHERE {condition}", condition
    raise ValueError(f"unknown feed filter: {name}")


def feed_ids(
    db: Database,
    kind: str,
    key: str | None = None,
    limit: int = 50,
    filters: dict[str, str] | None = None,
) -> list[str]:
    """Ids of the newest ``limit`` articles of one feed, newest first.

    ``kind``: resolution (key = catalog key), unit (unit id), province (name, old or new),
    source (source id) or all. ``filters`` narrows further, by the same names (FEED_FILTERS).
    A feed whose articles are many walks the date index and stops at the limit; a small one
    reads its few articles and sorts them. Only ids and dates are read here;
    feed_rows_for fetches the rows shown.
    """
    if kind not in FEED_KINDS:
        raise ValueError(f"unknown feed kind: {kind}")
    wanted = [(kind, key, True)] if kind != "all" else []
    wanted += [(name, value, False) for name, value in (filters or {}).items() if value]
    conditions = [(name, *_feed_condition(db, name, str(value), exact)) for name, value, exact in wanted]
    index, walk = "idx_articles_feed_order", True
    if conditions:
        # Walking the date index reads about limit / density entries; reading the matching
        # set reads every match (a row each). Densities are taken as independent.
        total = db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 1
        counts = [db.execute(count, params).fetchone()[0] for _, _, params, count, _ in conditions]
        density = 1.0
        for n in counts:
            density *= n / total
        if not density or limit / density > 2 * min(counts):
            # A tag condition lists ids: look them up in the (id, date) index and filter the
            # rest there too, when every other condition can be answered without the row.
            tagged = any(c[0] in ("resolution", "unit") for c in conditions)
            rowless = all(c[0] in ("resolution", "unit", "province") for c in conditions)
            index, walk = ("idx_articles_id_order" if tagged and rowless else ""), False
    where = " AND ".join(probe if walk else condition for _, condition, _, _, probe in conditions)
    params = [p for _, _, values, _, _ in conditions for p in values]
    sql = (
        f"SELECT a.id FROM articles a {'INDEXED BY ' + index if index else ''} "
        f"{'WHERE ' + where if where else ''} ORDER BY {FEED_ORDER} LIMIT ?"
    )
    return [r[0] for r in db.execute(sql, [*params, limit]).fetchall()]


def feed_versions(db: Database, ids: list[str]) -> list[tuple[str, str]]:
    """(id, last_changed) of the given articles, in the given order: a feed's validator."""
    if not ids:
        return []
    changed = dict(db.execute(
        f"SELECT id, last_changed FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
    ).fetchall())
    return [(aid, changed.get(aid, "")) for aid in ids]


def feed_rows_for(db: Database, ids: list[str]) -> list[dict[str, Any]]:
    """Feed rows of the given articles, in the given order, with categories and evidence."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r["id"]: r for r in _dicts(db.execute(f"{_FEED_SELECT} WHERE a.id IN ({marks})", ids))}
    rows = [found[aid] for aid in ids if aid in found]
    resolutions: dict[str, list[dict[str, Any]]] = {}
    for aid, code, rkey, evidence, sentence in db.execute(
        f"SELECT article_id, code, resolution_key, evidence, sentence FROM article_resolutions "
        f"WHERE article_id IN ({marks}) ORDER BY evidence_start", ids
    ):
        resolutions.setdefault(aid, []).append(
            {"code": code, "key": rkey, "evidence": evidence, "sentence": sentence}
        )
    units: dict[str, list[str]] = {}
    for aid, name in db.execute(
        f"SELECT DISTINCT article_id, name FROM article_units WHERE article_id IN ({marks})", ids
    ):
        units.setdefault(aid, []).append(name)
    for row in rows:
        row["resolutions"] = resolutions.get(row["id"], [])
        row["units"] = units.get(row["id"], [])
    return rows


def feed_rows(
    db: Database,
    kind: str,
    key: str | None = None,
    limit: int = 50,
    filters: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Newest articles of one feed (see feed_ids), with categories and resolution evidence."""
    return feed_rows_for(db, feed_ids(db, kind, key, limit, filters))


def feed_catalog(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Everything that has a feed: resolutions and units with tagged articles, provinces, sources.
    Every count reads an index alone (a unit's articles through the primary key, which holds them,
    not idx_au_unit and the tag rows it points to: on a store not in memory that was most of an
    export's reading before any feed was built)."""
    def rows(sql: str) -> list[dict[str, Any]]:
        return _dicts(db.execute(sql))

    return {
        "resolution": rows(
            "SELECT r.key, r.code, r.slug, r.title, r.year, t.n FROM resolutions r JOIN "
            "(SELECT resolution_key, count(*) AS n FROM article_resolutions GROUP BY resolution_key) t "
            "ON t.resolution_key = r.key ORDER BY r.code, r.year"
        ),
        "unit": rows(
            "SELECT u.id AS key, u.name, u.level, u.province, t.n FROM units u JOIN "
            "(SELECT unit_id, count(DISTINCT article_id) AS n FROM article_units "
            "INDEXED BY sqlite_autoindex_article_units_1 GROUP BY unit_id) t "
            "ON t.unit_id = u.id ORDER BY u.name"
        ),
        "province": rows(
            "SELECT province_new AS key, count(*) AS n FROM articles WHERE province_new IS NOT NULL "
            "GROUP BY province_new UNION SELECT province AS key, count(*) AS n FROM articles "
            "WHERE province IS NOT NULL AND province_new IS NULL GROUP BY province ORDER BY key"
        ),
        "source": rows(
            "SELECT s.id AS key, s.name, t.n FROM sources s JOIN "
            "(SELECT source_id, count(*) AS n FROM articles GROUP BY source_id) t "
            "ON t.source_id = s.id ORDER BY s.id"
        ),
    }


def feed_provinces(db: Database) -> dict[tuple[str, str], str]:
    """(kind, key) -> province (since the 2025 reform, else before) of unit and source feeds."""
    out: dict[tuple[str, str], str] = {}
    for kind, table in (("unit", "units"), ("source", "sources")):
        for key, place in db.execute(f"SELECT id, coalesce(province_new, province) FROM {table}"):
            if place:
                out[(kind, key)] = place
    return out


def resolution_by_slug(db: Database, slug: str) -> dict[str, Any] | None:
    """A catalog resolution by its slug ("02-NQ-TW-2021"), or by its code slug ("02-NQ-TW"),
    which names the most recent document with that code."""
    return _one(db.execute(
        "SELECT key, code, slug, title, year FROM resolutions WHERE slug = ? "
        "UNION ALL SELECT key, code, slug, title, year FROM resolutions "
        "WHERE slug LIKE ? || '-%' AND length(slug) = length(?) + 5 ORDER BY year DESC",
        [slug, slug, slug],
    ))


def unit_by_id(db: Database, unit_id: str) -> dict[str, Any] | None:
    """A gazetteer unit: id, name, level, provinces."""
    return _one(db.execute(
        "SELECT id, name, level, province, province_new FROM units WHERE id = ?", [unit_id]
    ))


def source_by_id(db: Database, source_id: str) -> dict[str, Any] | None:
    """A registry source: id, name, url, level, provinces."""
    return _one(db.execute(
        "SELECT id, name, url, unit_level, province, province_new FROM sources WHERE id = ?",
        [source_id],
    ))


def province_pairs(db: Database) -> list[tuple[str, str | None]]:
    """(province as it was, province since the 2025 reform) as the sources and gazetteer name them."""
    rows = db.execute(
        "SELECT DISTINCT province, province_new FROM sources WHERE province IS NOT NULL "
        "UNION SELECT DISTINCT province, province_new FROM units WHERE province IS NOT NULL"
    ).fetchall()
    return [(old, new) for old, new in rows]


def province_names_matching(db: Database, value: str) -> list[str]:
    """Stored province names (old or new) whose folded slug equals that of ``value``."""
    wanted = slugify(value)
    names = {n for pair in province_pairs(db) for n in pair if n}
    return sorted(n for n in names if slugify(n) == wanted)


def article_page(db: Database, aid: str) -> dict[str, Any] | None:
    """One article with its source, resolution tags (with catalog entries) and unit tags."""
    article = _one(db.execute(
        "SELECT a.id, a.url, a.source_id, a.title, a.published, a.published_day, a.author, a.text, "
        "a.body_html, a.unit, a.unit_level, a.province, a.province_new, a.version, a.first_seen, "
        "a.last_changed, s.name AS source_name, s.url AS source_url "
        "FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?", [aid]
    ))
    if article is None:
        return None
    article["resolutions"] = _dicts(db.execute(
        "SELECT ar.resolution_key AS key, ar.code, ar.method, ar.evidence, ar.evidence_start, "
        "ar.evidence_end, ar.sentence, r.slug, r.title, r.year, r.doc_type, r.issuer "
        "FROM article_resolutions ar LEFT JOIN resolutions r ON r.key = ar.resolution_key "
        "WHERE ar.article_id = ? ORDER BY ar.evidence_start", [aid]
    ))
    article["units"] = _dicts(db.execute(
        "SELECT unit_id, role, name, level, province, province_new, evidence, evidence_start, "
        "evidence_end FROM article_units WHERE article_id = ? ORDER BY role DESC, evidence_start",
        [aid],
    ))
    return article


def resolution_page(db: Database, key: str, recent: int = 20) -> dict[str, Any] | None:
    """A catalog resolution with its monthly timeline, spread by province, top units, latest articles."""
    entry = _one(db.execute("SELECT * FROM resolutions WHERE key = ?", [key]))
    if entry is None:
        return None
    tagged = "SELECT article_id FROM article_resolutions WHERE resolution_key = ?"
    entry["timeline"] = _dicts(db.execute(
        f"SELECT month, count(*) AS articles FROM articles WHERE id IN ({tagged}) "
        "AND month IS NOT NULL GROUP BY month ORDER BY month", [key]
    ))
    entry["spread"] = _dicts(db.execute(
        f"SELECT coalesce(province_new, province) AS province, min(published_day) AS first_day, "
        f"count(*) AS articles FROM articles WHERE id IN ({tagged}) AND published_day IS NOT NULL "
        "GROUP BY 1 ORDER BY first_day", [key]
    ))
    entry["units"] = _dicts(db.execute(
        f"SELECT au.unit_id, au.name, count(DISTINCT au.article_id) AS articles FROM article_units au "
        f"WHERE au.article_id IN ({tagged}) GROUP BY au.unit_id ORDER BY articles DESC, au.name "
        "LIMIT 15", [key]
    ))
    entry["articles"] = feed_rows(db, "resolution", key, limit=recent)
    entry["total"] = db.execute(
        "SELECT count(*) FROM article_resolutions WHERE resolution_key = ?", [key]
    ).fetchone()[0]
    return entry


def last_change(db: Database) -> str | None:
    """When any article last changed: the validator behind feed ETags."""
    row = db.execute("SELECT max(last_changed) FROM articles").fetchone()
    return row[0] if row else None


def tags_changed(db: Database) -> str | None:
    """When tags were last written (feeds change when tags do, even if no article did)."""
    return get_meta(db, "tags_changed")


def last_alert(db: Database) -> str | None:
    """When the newest alert was raised."""
    return db.execute("SELECT max(created) FROM alerts").fetchone()[0]
