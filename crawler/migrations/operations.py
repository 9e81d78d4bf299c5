"""What nightly operation added (m009-m011): extraction outcomes, source health, and the
provenance of every stored page in the crawl archive."""

from __future__ import annotations

from sqlite_utils import Database

from crawler.migrations import migrations


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
