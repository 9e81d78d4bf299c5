"""The first schema (m001-m008): sources, articles and their versions, the catalogs, tags,
the records of crawls, and the links Datasette shows."""

from __future__ import annotations

from sqlite_utils import Database

from crawler.migrations import FTS_COLUMNS, FTS_TOKENIZE, migrations


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
