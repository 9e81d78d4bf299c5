"""The schema's history: numbered, idempotent migrations applied by ``store.open_db``."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("unionwatch")

FTS_COLUMNS = ["title", "text", "folded"]
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@migrations()
def m001_sources(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit_level TEXT NOT NULL,
            province TEXT,
            province_new TEXT,
            district TEXT,
            url TEXT NOT NULL,
            listing_urls TEXT NOT NULL,
            family TEXT,
            unit_id TEXT,
            active_from TEXT,
            active_until TEXT,
            verified INTEGER,
            evidence_url TEXT,
            registry TEXT,
            updated_at TEXT
        )
        """
    )


@migrations()
def m002_articles(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            source_id TEXT NOT NULL REFERENCES sources(id),
            title TEXT NOT NULL,
            published TEXT,
            published_day TEXT,
            year INTEGER,
            month TEXT,
            author TEXT,
            text TEXT NOT NULL,
            body_html TEXT,
            unit TEXT,
            unit_level TEXT,
            province TEXT,
            province_new TEXT,
            content_hash TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            last_changed TEXT NOT NULL,
            notes TEXT,
            folded TEXT NOT NULL DEFAULT '',
            tagged_hash TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_articles_source ON articles(source_id, published_day)")
    db.execute("CREATE INDEX idx_articles_published ON articles(published_day DESC)")
    db.execute("CREATE INDEX idx_articles_tagged ON articles(tagged_hash)")
    db["articles"].enable_fts(FTS_COLUMNS, tokenize=FTS_TOKENIZE, create_triggers=True)
    db.execute(
        """
        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            published TEXT,
            author TEXT,
            text TEXT NOT NULL,
            body_html TEXT,
            content_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            UNIQUE(article_id, version)
        )
        """
    )


@migrations()
def m003_catalogs(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE resolutions (
            key TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            slug TEXT NOT NULL,
            year INTEGER,
            doc_type TEXT,
            type_abbr TEXT,
            number TEXT,
            issuer_code TEXT,
            issuer TEXT,
            system TEXT,
            term TEXT,
            date TEXT,
            title TEXT,
            short_names TEXT,
            category TEXT,
            parent_key TEXT,
            province TEXT,
            source_url TEXT,
            verified INTEGER NOT NULL DEFAULT 0,
            discovered INTEGER NOT NULL DEFAULT 0,
            notes TEXT
        )
        """
    )
    db.execute("CREATE INDEX idx_resolutions_code ON resolutions(code)")
    db.execute("CREATE INDEX idx_resolutions_slug ON resolutions(slug)")
    db.execute(
        """
        CREATE TABLE units (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT,
            level TEXT NOT NULL,
            province TEXT,
            province_new TEXT,
            district TEXT,
            parent_id TEXT,
            aliases TEXT,
            active_from TEXT,
            active_until TEXT,
            successor_id TEXT,
            kind TEXT,
            verified INTEGER NOT NULL DEFAULT 0,
            discovered INTEGER NOT NULL DEFAULT 0,
            source TEXT
        )
        """
    )


@migrations()
def m004_tags(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE article_resolutions (
            article_id TEXT NOT NULL REFERENCES articles(id),
            resolution_key TEXT NOT NULL REFERENCES resolutions(key),
            code TEXT NOT NULL,
            method TEXT NOT NULL,
            evidence TEXT NOT NULL,
            evidence_start INTEGER,
            evidence_end INTEGER,
            sentence TEXT,
            PRIMARY KEY (article_id, resolution_key)
        )
        """
    )
    db.execute("CREATE INDEX idx_ar_resolution ON article_resolutions(resolution_key)")
    db.execute(
        """
        CREATE TABLE article_units (
            article_id TEXT NOT NULL REFERENCES articles(id),
            unit_id TEXT NOT NULL REFERENCES units(id),
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            level TEXT,
            province TEXT,
            province_new TEXT,
            evidence TEXT,
            evidence_start INTEGER,
            evidence_end INTEGER,
            PRIMARY KEY (article_id, unit_id, role)
        )
        """
    )
    db.execute("CREATE INDEX idx_au_unit ON article_units(unit_id)")


@migrations()
def m005_operations(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            status TEXT NOT NULL,
            mode TEXT,
            sources INTEGER,
            requests INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            duration REAL,
            error TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE fetches (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES crawl_runs(id),
            source_id TEXT,
            url TEXT NOT NULL,
            kind TEXT,
            status INTEGER,
            outcome TEXT NOT NULL,
            error TEXT,
            bytes INTEGER,
            elapsed_ms INTEGER,
            fetched_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_fetches_run ON fetches(run_id, source_id)")
    db.execute(
        """
        CREATE TABLE listing_state (
            url TEXT PRIMARY KEY,
            source_id TEXT,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            last_fetched TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            source_id TEXT,
            kind TEXT NOT NULL,
            cause TEXT,
            message TEXT NOT NULL,
            created TEXT NOT NULL
        )
        """
    )


@migrations()
def m006_meta(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")


@migrations()
def m007_article_tag_arrays(db: Database) -> None:
    # JSON arrays of tag labels on the article row: Datasette array facets need them there.
    db.execute("ALTER TABLE articles ADD COLUMN resolutions TEXT NOT NULL DEFAULT '[]'")
    db.execute("ALTER TABLE articles ADD COLUMN units TEXT NOT NULL DEFAULT '[]'")


@migrations()
def m008_sources_unit_link(db: Database) -> None:
    # sources.unit_id names a gazetteer unit: declare the link so Datasette shows it as one.
    # Foreign keys are not enforced (open_db turns them off): a registry may name a unit the
    # gazetteer does not have yet; `unionwatch sources` reports those.
    db["sources"].add_foreign_key("unit_id", "units", "id", ignore=True)


@migrations()
def m009_fetch_extraction(db: Database) -> None:
    # What extraction made of an article page: ok, no_date, or why it was not stored
    # (no_title, no_body); source health watches it for fields that suddenly go missing.
    db.execute("ALTER TABLE fetches ADD COLUMN extraction TEXT")


@migrations()
def m010_nightly_health(db: Database) -> None:
    # Listing pages: the markup signature and link count seen last, beside the validators.
    db.execute("ALTER TABLE listing_state ADD COLUMN layout TEXT")
    db.execute("ALTER TABLE listing_state ADD COLUMN links INTEGER")
    # What each run saw of each source; the health assessment reads it.
    db.execute(
        """
        CREATE TABLE source_runs (
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
            source_id TEXT NOT NULL,
            finished TEXT NOT NULL,
            requests INTEGER NOT NULL DEFAULT 0,
            succeeded INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            not_modified INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            listing_pages INTEGER NOT NULL DEFAULT 0,
            listing_links INTEGER NOT NULL DEFAULT 0,
            listed_known INTEGER NOT NULL DEFAULT 0,
            listing_unchanged INTEGER NOT NULL DEFAULT 0,
            layout_changed INTEGER NOT NULL DEFAULT 0,
            articles INTEGER NOT NULL DEFAULT 0,
            not_articles INTEGER NOT NULL DEFAULT 0,
            articles_failed INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            new_no_date INTEGER NOT NULL DEFAULT 0,
            new_no_author INTEGER NOT NULL DEFAULT 0,
            rechecked INTEGER NOT NULL DEFAULT 0,
            fields_lost TEXT NOT NULL DEFAULT '{}',
            selector_misses TEXT NOT NULL DEFAULT '[]',
            new INTEGER NOT NULL DEFAULT 0,
            changed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, source_id)
        )
        """
    )
    db.execute("CREATE INDEX idx_source_runs_source ON source_runs(source_id, run_id)")
    # The current health of each source, rewritten by every assessment.
    db.execute(
        """
        CREATE TABLE source_health (
            source_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            cause TEXT,
            message TEXT,
            since TEXT NOT NULL,
            checked TEXT NOT NULL,
            run_id INTEGER,
            last_success TEXT,
            last_new TEXT,
            last_published TEXT,
            error_streak INTEGER NOT NULL DEFAULT 0,
            interval_days REAL,
            articles INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    # Article links that are not stored under their own URL: aliases of a stored article (the
    # page names another canonical URL) and links that gave no article (404, no body, ...).
    db.execute(
        """
        CREATE TABLE seen_urls (
            url TEXT PRIMARY KEY,
            source_id TEXT,
            article_url TEXT,
            outcome TEXT NOT NULL,
            last_seen TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_seen_urls_source ON seen_urls(source_id)")
    db.execute("ALTER TABLE alerts ADD COLUMN run_id INTEGER")
    db.execute("ALTER TABLE alerts ADD COLUMN mailed TEXT")
    db.execute("ALTER TABLE alerts ADD COLUMN posted TEXT")
    db.execute("CREATE INDEX idx_alerts_created ON alerts(created DESC)")
    # Pipelines mark the latest fetch of a URL with its extraction outcome: find it by index.
    db.execute("CREATE INDEX idx_fetches_url ON fetches(url)")


@migrations()
def m011_provenance_archive(db: Database) -> None:
    # One compressed WARC file per crawl run (crawler/archive.py); the path is relative to the
    # database's folder, so a copied data folder keeps working.
    db.execute("ALTER TABLE crawl_runs ADD COLUMN warc TEXT")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN warc_records INTEGER NOT NULL DEFAULT 0")
    # Where a version came from: a crawl, or re-extraction of an archived page.
    db.execute("ALTER TABLE article_versions ADD COLUMN via TEXT NOT NULL DEFAULT 'crawl'")


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
