"""Commands that look at one thing: `extract` (a saved page), `tag` (JSON lines), `sources`
(the registry) and `status` (source health)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from crawler.cli.base import (
    UserError,
    cli,
    db_option,
    load_registry_or_fail,
    registry_option,
    report_registry_errors,
)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--url", required=True, help="The page's original URL.")
def extract(file, url) -> None:
    """Print JSON {title, published, author, text} for one saved article page."""
    from crawler.extract import decode_html, extract_article

    try:
        body = Path(file).read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}") from None
    html, _ = decode_html(body)
    result = extract_article(html, url)
    click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))


@cli.command()
@registry_option
def tag(registry_path) -> None:
    """Read JSON lines {id, text[, title, source]} on stdin; write tags as JSON lines."""
    from enrich.stream import tag_stream

    try:
        tag_stream(sys.stdin, sys.stdout, registry_path)
    except ValueError as exc:
        raise UserError(str(exc)) from None


@cli.command()
@db_option
@registry_option
def sources(db_path, registry_path) -> None:
    """List the registry's sources as a table and load them into the database, linked to the
    gazetteer's units (sources.unit_id -> units.id)."""
    from crawler import store
    from crawler.registry import level_counts
    from enrich.run import load_catalogs

    registry = load_registry_or_fail(registry_path)
    report_registry_errors(registry)
    db = store.open_db(db_path)
    load_catalogs(db)
    store.upsert_sources(db, registry.sources, str(registry.path))
    unlinked = store.unlinked_sources(db, [s.id for s in registry.sources])
    click.echo(f"{'id':<40} {'level':<9} {'province':<18} {'checked':<8} {'family':<10} {'unit':<36} name")
    for s in registry.sources:
        until = f" until {s.active_until}" if s.active_until else ""
        checked = {True: "verified", False: "no"}.get(s.verified, "-")
        click.echo(
            f"{s.id:<40} {s.unit_level:<9} {(s.province or '-'):<18} {checked:<8} {s.family or '-':<10} "
            f"{s.unit_id or '-':<36} {s.name}{until}"
        )
    for source_id, unit_id in unlinked:
        click.echo(f"unionwatch: source {source_id!r}: unit_id {unit_id!r} is not in the gazetteer", err=True)
    levels = ", ".join(f"{n} {level}" for level, n in level_counts(registry.sources).items())
    linked = sum(1 for s in registry.sources if s.unit_id) - len(unlinked)
    click.echo(
        f"{len(registry.sources)} sources ({levels}; {len(registry.errors)} invalid), "
        f"{linked} linked to units, {len(unlinked)} with an unknown unit_id"
    )


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source instead of a table.")
def status(db_path, as_json) -> None:
    """Print the health of each source: status (ok, stale, broken) and its cause, last success,
    last new article, newest publication, typical interval between articles, failed runs."""
    from crawler import health, store, store_ops

    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database")
    db = store.open_db(db_path)
    if as_json:
        for row in store_ops.source_health(db):
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    for line in health.status_lines(db):
        click.echo(line)


