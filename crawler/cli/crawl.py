"""`unionwatch crawl`: the registry's sources fetched into the database, or fetched as one
worker of a shared crawl on Redis."""

from __future__ import annotations

import sys

import click

from crawler.cli.base import (
    UserError,
    cli,
    crawl_sources,
    db_option,
    load_registry_or_fail,
    registry_option,
    report_outcome,
    report_registry_errors,
)


@cli.command()
@db_option
@registry_option
@click.option("--source", "source_ids", multiple=True, help="Crawl only this source id (repeatable).")
@click.option("--full", is_flag=True, help="Re-crawl everything, not only what is new.")
@click.option("--check", is_flag=True, help="Validate the registry and exit without crawling.")
@click.option("--max-pages", type=int, help="Listing pages per listing URL (default 5).")
@click.option("--delay", type=float, help="Seconds between requests to one host (default 1.0).")
@click.option("--redis", "redis_url", metavar="URL",
              help="Crawl as one worker of a shared crawl: redis://HOST:PORT/DB (see docs/scale-out.md).")
def crawl(db_path, registry_path, source_ids, full, check, max_pages, delay, redis_url) -> None:
    """Crawl the registry's sources into the database (incremental unless --full). With
    --redis, crawl with every worker on that Redis; `unionwatch ingest` stores the articles.

    \b
    Example:
        unionwatch crawl --registry sample.toml --source ldld-soc-trang
        unionwatch crawl --registry portals.toml --redis redis://10.0.0.5:6379/0
    """
    from crawler.registry import RegistryError

    registry = load_registry_or_fail(registry_path)
    report_registry_errors(registry)
    if check:
        click.echo(f"{registry.path}: {len(registry.sources)} valid sources, {len(registry.errors)} invalid")
        if registry.errors:
            sys.exit(1)
        return
    try:
        sources = registry.select(list(source_ids)) if source_ids else registry.sources
    except RegistryError as exc:
        raise UserError(str(exc)) from None
    if not sources:
        raise UserError(f"{registry.path}: no valid source to crawl")
    if redis_url:
        from crawler.distributed.commands import crawl_worker
        from crawler.runner import overrides_for
        from spiders.portal import PortalSpider

        return report_outcome(lambda: crawl_worker(redis_url, sources, PortalSpider, full=full,
                                            overrides=overrides_for(max_pages, delay)))
    from crawler.lock import AlreadyRunning, run_lock

    try:
        with run_lock(db_path):
            result = crawl_sources(db_path, registry, sources, full=full, max_pages=max_pages, delay=delay)
    except AlreadyRunning as exc:
        raise UserError(str(exc)) from None
    c = result.counts
    click.echo(
        f"crawl run {result.run_id}: {len(sources)} sources, {c['requests']} requests, "
        f"{c['new']} new, {c['changed']} changed, {c['failed']} failed"
    )
    for source_id, cause in result.failed_sources.items():
        click.echo(f"unionwatch: source {source_id!r} unreachable: {cause}", err=True)
    if result.status != "ok" or result.failed_sources:
        sys.exit(1)


