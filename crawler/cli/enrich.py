"""Commands that tag and write what was fetched: `enrich`, `reextract` and `ingest`."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.base import (
    UserError,
    cli,
    db_option,
    load_registry_or_fail,
    project_settings,
    registry_option,
    report_outcome,
)


@cli.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-tag every article, not only new ones.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Processes that tag (default: one per core; 1: tag in this process).")
def enrich(db_path, everything, workers) -> None:
    """Tag stored articles by resolution and union unit."""
    from crawler import store
    from enrich.run import enrich_store
    from enrich.workers import cores

    result = enrich_store(store.open_db(db_path), everything=everything, workers=workers or cores())
    click.echo(
        f"enriched {result.articles} articles: {result.resolution_tags} resolution tags, "
        f"{result.unit_tags} unit tags, {result.discovered} discovered documents"
    )


@cli.command()
@db_option
@registry_option
@click.option("--run", "runs", multiple=True, type=int, help="Replay only this crawl run's archive (repeatable).")
@click.option("--source", "source_ids", multiple=True, help="Re-extract only this source id (repeatable).")
@click.option("--no-tag", is_flag=True, help="Re-extract only; leave tagging to `unionwatch enrich`.")
def reextract(db_path, registry_path, runs, source_ids, no_tag) -> None:
    """Re-run extraction and tagging over the archived pages of past crawls, without the
    network; a changed result is stored as a new version."""
    from crawler import store, store_research
    from enrich.run import enrich_store
    from spiders.replay import reextract as replay
    from spiders.replay import replay_sources

    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database")
    db = store.open_db(db_path)
    files = store_research.archive_files(db, db_path, runs)
    missing = [str(p) for _, p in files if not p.exists()]
    if missing:
        raise UserError(f"archive file missing: {missing[0]}")
    if not files:
        raise UserError(f"{db_path}: no archived crawl run" + (f" among {list(runs)}" if runs else ""))
    registry = load_registry_or_fail(registry_path).sources if registry_path else None
    result = replay(db, files, replay_sources(db, registry), source_ids)
    o = result.outcomes
    click.echo(
        f"reextracted {result.pages} archived pages from {result.files} files: {o['changed']} changed, "
        f"{o['new']} new, {o['unchanged']} unchanged, {o['stale']} stale, {o['not_article']} not articles"
    )
    if not no_tag:
        tagged = enrich_store(db)
        click.echo(f"tagged {tagged.articles} articles ({tagged.resolution_tags} resolution tags)")


@cli.command()
@db_option
@click.option("--redis", "redis_url", required=True, metavar="URL", help="redis://HOST:PORT/DB of the workers.")
@click.option("--follow", is_flag=True, help="Keep writing crawl after crawl until interrupted.")
@click.option("--batch", default=200, show_default=True, type=click.IntRange(1, 10000), help="Records taken at a time.")
@click.option("--no-tag", is_flag=True, help="Write only; leave tagging to `unionwatch enrich` (back-crawls).")
def ingest(db_path, redis_url, follow, batch, no_tag) -> None:
    """Write what `crawl --redis` workers found into the database, then tag new articles. The
    one writer of a distributed crawl, beside the database: it stops when a crawl not finished
    before is over and written (--follow: never); killed, it loses nothing."""
    from crawler.distributed.commands import ingest as ingest_records
    from enrich.run import enrich_store

    prefix = project_settings().get("UNIONWATCH_REDIS_PREFIX")
    report_outcome(lambda: ingest_records(db_path, redis_url, follow=follow, batch=batch, prefix=prefix,
                                   after_drain=None if no_tag else enrich_store))


