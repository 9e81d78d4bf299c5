"""What the research views added (m012-m015): syndicated copies, targets, diffusion views and
the indexes of the publication pages."""

from __future__ import annotations

from sqlite_utils import Database

from crawler.migrations import migrations


@migrations()
def m012_syndicated_copies(db: Database) -> None:
    # Near-duplicate clusters (enrich/copies.py). copy_of names the cluster's canonical article;
    # syndication is 'unique', 'original' or 'copy' (a facet, and the ?copies=0 feed option).
    db.execute("ALTER TABLE articles ADD COLUMN copy_of TEXT REFERENCES articles(id)")
    db.execute("ALTER TABLE articles ADD COLUMN copies INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE articles ADD COLUMN syndication TEXT NOT NULL DEFAULT 'unique'")
    db.execute("CREATE INDEX idx_articles_copy_of ON articles(copy_of)")
    db.execute("CREATE INDEX idx_articles_syndication ON articles(syndication)")
    db.execute(
        """
        CREATE TABLE article_signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            content_hash TEXT NOT NULL,
            signature BLOB NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE article_copies (
            article_id TEXT PRIMARY KEY REFERENCES articles(id),
            canonical_id TEXT NOT NULL REFERENCES articles(id),
            similarity REAL NOT NULL,  -- containment of the shingles of the shorter text
            cluster_size INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_article_copies_canonical ON article_copies(canonical_id)")


@migrations()
def m013_targets(db: Database) -> None:
    # Quantified commitments found in article text (enrich/targets.py).
    db.execute(
        """
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            unit_id TEXT REFERENCES units(id),
            unit TEXT,
            resolution_key TEXT REFERENCES resolutions(key),
            figure REAL NOT NULL,
            figure_max REAL,
            figure_text TEXT NOT NULL,
            measure TEXT NOT NULL,
            object TEXT,
            comparator TEXT NOT NULL,
            period TEXT,
            deadline INTEGER,
            kind TEXT NOT NULL,
            evidence TEXT NOT NULL,
            evidence_start INTEGER,
            evidence_end INTEGER,
            sentence TEXT NOT NULL,
            published_day TEXT,
            province TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_targets_article ON targets(article_id)")
    db.execute("CREATE INDEX idx_targets_resolution ON targets(resolution_key)")
    db.execute("CREATE INDEX idx_targets_unit ON targets(unit_id)")
    db.execute("ALTER TABLE articles ADD COLUMN targets_hash TEXT")


@migrations()
def m014_diffusion_views(db: Database) -> None:
    # How a resolution spread: the first article citing it per province and per union unit,
    # and the lag in days from the resolution's date. Views, so they are never stale.
    db.execute(
        """
        CREATE VIEW resolution_province_first AS
        WITH ranked AS (
            SELECT ar.resolution_key, a.province, a.province_new, a.id AS article_id,
                   a.published_day, a.title, a.url, a.source_id, a.syndication,
                   row_number() OVER (
                       PARTITION BY ar.resolution_key, a.province
                       ORDER BY a.published_day, a.id
                   ) AS n,
                   count(*) OVER (PARTITION BY ar.resolution_key, a.province) AS articles
            FROM article_resolutions ar JOIN articles a ON a.id = ar.article_id
            WHERE a.province IS NOT NULL AND a.published_day IS NOT NULL
        )
        SELECT r.key AS resolution_key, r.code, r.date AS resolution_date, ranked.province,
               ranked.province_new, ranked.published_day AS first_day,
               CAST(julianday(ranked.published_day) - julianday(r.date) AS INTEGER) AS lag_days,
               ranked.articles, ranked.article_id, ranked.title, ranked.url, ranked.source_id,
               ranked.syndication
        FROM ranked JOIN resolutions r ON r.key = ranked.resolution_key
        WHERE ranked.n = 1
        """
    )
    db.execute(
        """
        CREATE VIEW resolution_unit_first AS
        WITH ranked AS (
            SELECT ar.resolution_key, au.unit_id, au.name AS unit, au.level, au.role,
                   coalesce(au.province, a.province) AS province, a.id AS article_id,
                   a.published_day, a.title, a.url, a.source_id,
                   row_number() OVER (
                       PARTITION BY ar.resolution_key, au.unit_id
                       ORDER BY a.published_day, a.id
                   ) AS n,
                   count(*) OVER (PARTITION BY ar.resolution_key, au.unit_id) AS articles
            FROM article_resolutions ar
            JOIN articles a ON a.id = ar.article_id
            JOIN article_units au ON au.article_id = a.id AND au.role IN ('publisher', 'subject')
            WHERE a.published_day IS NOT NULL
        )
        SELECT r.key AS resolution_key, r.code, r.date AS resolution_date, ranked.unit_id,
               ranked.unit, ranked.level, ranked.province, ranked.published_day AS first_day,
               CAST(julianday(ranked.published_day) - julianday(r.date) AS INTEGER) AS lag_days,
               ranked.articles, ranked.article_id, ranked.title, ranked.url, ranked.source_id
        FROM ranked JOIN resolutions r ON r.key = ranked.resolution_key
        WHERE ranked.n = 1
        """
    )


@migrations()
def m015_publication_indexes(db: Database) -> None:
    # Feeds read newest N in store_pub.FEED_ORDER; facets count columns past the text by index.
    order = "coalesce(published, first_seen)"
    for name, columns in (
        ("feed_order", f"{order} DESC, id"), ("id_order", f"id, {order}"), ("unit", "unit"),
        ("source_order", f"source_id, {order} DESC, id"), ("province", "province, province_new"),
        ("province_new", "province_new"), ("last_changed", "last_changed"), ("month", "month"),
        ("unit_level", "unit_level"), ("year", "year"), ("resolutions", "resolutions"),
    ):
        db.execute(f"CREATE INDEX idx_articles_{name} ON articles({columns})")
    db.execute("CREATE INDEX idx_ar_code ON article_resolutions(code)")
