"""Commands that publish: `serve` (Datasette with the feeds) and `feeds export`."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.base import (
    UserError,
    cli,
    db_option,
    serve_datasette,
)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port) -> None:
    """Serve the database with Datasette, the UnionWatch plugin and the live feeds."""
    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database (run `unionwatch crawl` or `unionwatch demo` first)")
    serve_datasette(db_path, host, port)


@cli.group()
def feeds() -> None:
    """Build RSS/Atom feeds."""


@feeds.command("export")
@db_option
@click.argument("directory", type=click.Path(file_okay=False))
@click.option("--base-url", default="http://127.0.0.1:8001", show_default=True, help="Where the files will be served.")
@click.option("--limit", default=50, show_default=True, type=int, help="Items per feed.")
@click.option("--rebuild", is_flag=True, help="Rewrite every feed, not only those that changed.")
def feeds_export(db_path, directory, base_url, limit, rebuild) -> None:
    """Write every feed and an OPML index to DIRECTORY (only feeds that changed, unless --rebuild)."""
    from crawler import store
    from feeds.export import export

    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database")
    if not 1 <= limit <= 500:
        raise UserError(f"--limit must be from 1 to 500, not {limit}")
    done = export(store.open_db(db_path), Path(directory), base_url, limit, rebuild=rebuild)
    click.echo(
        f"wrote {done.written} feed files ({done.unchanged} unchanged) and feeds/index.opml to {directory}"
    )


