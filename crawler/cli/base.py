"""What every `unionwatch` command shares: the click group, the --db and --registry options,
the one-line user error, and the helpers several commands call."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from crawler import __version__

DEFAULT_DB = "data/unionwatch.db"
ROOT = Path(__file__).resolve().parent.parent.parent
METADATA = ROOT / "datasette-metadata.json"

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="UNIONWATCH_DB",
    type=click.Path(dir_okay=False), help="SQLite database file.",
)
registry_option = click.option(
    "--registry", "registry_path", type=click.Path(dir_okay=False),
    help="Portal registry (TOML). Default: the bundled crawler/data/portals.toml.",
)


class UserError(click.ClickException):
    """A problem the user can fix: printed as one line, exit status 1."""

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"unionwatch: {self.format_message()}", err=True)


def load_registry_or_fail(path: str | None):
    from crawler.registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        raise UserError(str(exc)) from None


def report_registry_errors(registry) -> None:
    for line in registry.errors:
        click.echo(f"unionwatch: skipped: {line}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unionwatch")
def cli() -> None:
    """Crawl Vietnamese trade-union news portals, tag articles by resolution and union unit,
    and publish them through Datasette and RSS feeds."""


def report_outcome(command) -> None:
    """Run a command of crawler.distributed.commands and print its outcome."""
    from crawler.distributed.commands import CommandError

    try:
        outcome = command()
    except CommandError as exc:
        raise UserError(str(exc)) from None
    for line in outcome.lines:
        click.echo(line)
    for line in outcome.warnings:
        click.echo(f"unionwatch: {line}", err=True)
    if outcome.status:
        sys.exit(outcome.status)


def crawl_sources(db_path, registry, sources, *, full=False, max_pages=None, delay=None, mode="crawl"):
    """Record the registry's sources in the database, then crawl ``sources`` (crawl, nightly, demo)."""
    from crawler import store
    from crawler.runner import overrides_for, run_crawl
    from spiders.portal import PortalSpider

    db = store.open_db(db_path)
    try:
        store.upsert_sources(db, registry.sources, str(registry.path))
    finally:
        db.conn.close()
    return run_crawl(db_path, sources, PortalSpider, full=full, mode=mode, overrides=overrides_for(max_pages, delay))


def serve_datasette(db_path: str, host: str, port: int) -> None:
    """Serve the database with Datasette, the plugin and the live feeds until interrupted."""
    import uvicorn

    from crawler.heap import long_lived_heap
    from feeds.server import compile_page_templates, make_datasette, read_only
    from feeds.warm_up import WarmAtStart, facet_pages

    datasette = make_datasette(db_path, METADATA)
    compile_page_templates(datasette)  # before the first request, and kept with the frozen heap
    click.echo(f"Datasette: http://{host}:{port}/")
    click.echo(f"Feeds:     http://{host}:{port}/feeds/index.opml")
    # The imports, the app and its metadata are frozen: a full collection walked them all (about
    # 65,000 objects, 20 to 60 ms of CPU), some ten times in 300 requests.
    with long_lived_heap():
        # Once started, the facet pages are rendered once in the background (feeds/warm_up.py).
        app = WarmAtStart(read_only(datasette.app()), datasette, facet_pages(datasette))
        uvicorn.run(app, host=host, port=port, log_level="warning")


def project_settings():
    """The Scrapy settings of the project (crawler/settings.py), for commands outside a crawl."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings
