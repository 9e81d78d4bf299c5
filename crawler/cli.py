"""The `unionwatch` command: a thin click shell over the package's functions.

This is the composition root: the only module that imports spiders, enrich and feeds, and it
does so inside the commands.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from crawler import __version__

DEFAULT_DB = "data/unionwatch.db"
ROOT = Path(__file__).resolve().parent.parent
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


def _registry(path: str | None):
    from crawler.registry import RegistryError, load_registry

    try:
        return load_registry(path)
    except RegistryError as exc:
        raise UserError(str(exc)) from None


def _report_registry_errors(registry) -> None:
    for line in registry.errors:
        click.echo(f"unionwatch: skipped: {line}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unionwatch")
def cli() -> None:
    """Crawl Vietnamese trade-union news portals, tag articles by resolution and union unit,
    and publish them through Datasette and RSS feeds."""


# -- crawl ---------------------------------------------------------------------------------
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

    registry = _registry(registry_path)
    _report_registry_errors(registry)
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

        return _report(lambda: crawl_worker(redis_url, sources, PortalSpider, full=full,
                                            overrides=overrides_for(max_pages, delay)))
    from crawler.lock import AlreadyRunning, run_lock

    try:
        with run_lock(db_path):
            result = _crawl(db_path, registry, sources, full=full, max_pages=max_pages, delay=delay)
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


def _report(command) -> None:
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


def _crawl(db_path, registry, sources, *, full=False, max_pages=None, delay=None, mode="crawl"):
    from crawler import store
    from crawler.runner import overrides_for, run_crawl
    from spiders.portal import PortalSpider

    db = store.open_db(db_path)
    store.upsert_sources(db, registry.sources, str(registry.path))
    return run_crawl(db_path, sources, PortalSpider, full=full, mode=mode, overrides=overrides_for(max_pages, delay))


# -- enrich --------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-tag every article, not only new ones.")
def enrich(db_path, everything) -> None:
    """Tag stored articles by resolution and union unit."""
    from crawler import store
    from enrich.run import enrich_store

    result = enrich_store(store.open_db(db_path), everything=everything)
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
    registry = _registry(registry_path).sources if registry_path else None
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

    prefix = _project_settings().get("UNIONWATCH_REDIS_PREFIX")
    _report(lambda: ingest_records(db_path, redis_url, follow=follow, batch=batch, prefix=prefix,
                                   after_drain=None if no_tag else enrich_store))


# -- publish -------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path, host, port) -> None:
    """Serve the database with Datasette, the UnionWatch plugin and the live feeds."""
    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database (run `unionwatch crawl` or `unionwatch demo` first)")
    _serve(db_path, host, port)


def _serve(db_path: str, host: str, port: int) -> None:
    import uvicorn

    from feeds.server import make_datasette, read_only

    datasette = make_datasette(db_path, METADATA)
    click.echo(f"Datasette: http://{host}:{port}/")
    click.echo(f"Feeds:     http://{host}:{port}/feeds/index.opml")
    uvicorn.run(read_only(datasette.app()), host=host, port=port, log_level="warning")


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


# -- inspection ------------------------------------------------------------------------------
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

    registry = _registry(registry_path)
    _report_registry_errors(registry)
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


# -- operation -------------------------------------------------------------------------------
def _project_settings():
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return settings


@cli.command()
@db_option
@registry_option
@click.option("--feeds-dir", type=click.Path(file_okay=False), help="Also export static feeds here.")
@click.option("--base-url", default="http://127.0.0.1:8001", show_default=True, help="Where the exported feeds are served.")
@click.option("--full", is_flag=True, help="Re-crawl everything, not only what is new.")
@click.option("--max-pages", type=int, help="Listing pages per listing URL (default 5).")
@click.option("--delay", type=float, help="Seconds between requests to one host (default 1.0).")
def nightly(db_path, registry_path, feeds_dir, base_url, full, max_pages, delay) -> None:
    """One locked run: crawl, enrich, feeds, source health, alerts and their notifications.
    Exit 0 unless the run itself failed (a broken portal is reported, not a failure)."""
    from crawler import store, store_ops
    from crawler.lock import AlreadyRunning, run_lock
    from crawler.notify import Channels, deliver
    from enrich.run import enrich_store

    registry = _registry(registry_path)
    _report_registry_errors(registry)
    try:
        with run_lock(db_path):
            result = _crawl(db_path, registry, registry.sources, full=full, max_pages=max_pages,
                            delay=delay, mode="nightly")
            db = store.open_db(db_path)
            tagged = enrich_store(db)
            if feeds_dir:
                from feeds.export import export

                export(db, Path(feeds_dir), base_url)
            delivery = deliver(db, Channels.from_settings(_project_settings()))
    except AlreadyRunning as exc:
        raise UserError(str(exc)) from None
    c = result.counts
    states = [r["status"] for r in store_ops.source_health(db)]
    health = ", ".join(f"{states.count(s)} {s}" for s in ("ok", "stale", "broken", "new") if states.count(s))
    click.echo(
        f"nightly run {result.run_id}: {c['requests']} requests, {c['new']} new, {c['changed']} changed, "
        f"{c['failed']} failed; {tagged.articles} articles tagged; sources: {health}; "
        f"{len(result.alerts)} alerts"
    )
    for alert in store_ops.recent_alerts(db, limit=len(result.alerts)) if result.alerts else []:
        click.echo(f"  {alert['kind']}: {alert['source_id']} [{alert['cause'] or '-'}] {alert['message']}")
    for line in delivery.errors:
        click.echo(f"unionwatch: warning: {line}", err=True)
    if result.status != "ok":
        sys.exit(1)


@cli.command(context_settings={"ignore_unknown_options": True})
@db_option
@registry_option
@click.option("--at", "at_text", default="02:00", show_default=True, help="Time of day, Vietnam time (HH:MM[:SS]).")
@click.option("--max-runs", type=int, default=0, help="Stop after N runs (default: run until interrupted).")
@click.argument("nightly_options", nargs=-1, type=click.UNPROCESSED)
def schedule(db_path, registry_path, at_text, max_runs, nightly_options) -> None:
    """Run `unionwatch nightly` every day at --at, for hosts without cron or systemd timers.

    \b
    Options after the known ones go to nightly, e.g.:
        unionwatch schedule --at 02:30 --feeds-dir /srv/feeds --base-url https://example.org
    """
    from crawler.schedule import parse_at, run_daily

    try:
        at = parse_at(at_text)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    command = [sys.executable, "-m", "crawler.cli", "nightly", "--db", db_path]
    if registry_path:
        command += ["--registry", registry_path]
    command += list(nightly_options)
    try:
        status = run_daily(command, at, max_runs=max_runs, echo=lambda line: click.echo(line))
    except KeyboardInterrupt:
        return
    sys.exit(status)


@cli.command()
@click.option("--port", default=0, type=int, help="First port (portals use consecutive ports); 0 = free ports.")
@click.option("--registry-out", type=click.Path(dir_okay=False), help="Write a registry of the sample web here first.")
def sampleweb(port, registry_out) -> None:
    """Serve the bundled sample web of portals on 127.0.0.1 until interrupted."""
    from crawler.sampleweb import SampleWeb

    web = SampleWeb(base_port=port).start()
    if registry_out:
        Path(registry_out).write_text(web.registry_toml(), encoding="utf-8")
        click.echo(f"registry written to {registry_out}")
    for portal in web.portals:
        click.echo(f"{portal.id:<24} {portal.base_url}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface Datasette binds to (the sample web always stays on 127.0.0.1).")
@click.option("--port", default=8001, show_default=True, type=int, help="Datasette port.")
@click.option("--serve/--no-serve", default=True, help="Serve Datasette after building (default) or stop.")
def demo(db_path, host, port, serve) -> None:
    """Crawl the bundled sample web, tag, build feeds, and serve Datasette (on 127.0.0.1 unless
    --host says otherwise)."""
    from crawler import store
    from crawler.registry import parse_registry
    from crawler.sampleweb import SampleWeb
    from enrich.run import enrich_store
    from feeds.export import export

    web = SampleWeb(slow_delay=0.5).start()
    try:
        registry_file = Path(db_path).with_suffix(".sampleweb.toml")
        registry_file.parent.mkdir(parents=True, exist_ok=True)
        registry_file.write_text(web.registry_toml(), encoding="utf-8")
        registry = parse_registry(registry_file.read_text(encoding="utf-8"), registry_file)
        click.echo(f"sample web: {len(web.portals)} portals on 127.0.0.1; crawling ...")
        result = _crawl(db_path, registry, registry.sources, delay=0.05, mode="demo")
        c = result.counts
        click.echo(f"crawled: {c['requests']} requests, {c['new']} new articles, {c['failed']} failed requests")
        for source_id, cause in result.failed_sources.items():
            click.echo(f"  (source {source_id} did not answer: {cause} - part of the demo)")
        tagged = enrich_store(store.open_db(db_path))
        click.echo(f"tagged {tagged.articles} articles ({tagged.resolution_tags} resolution tags)")
        feeds_dir = Path(db_path).parent / "site"
        done = export(store.open_db(db_path), feeds_dir, f"http://{host}:{port}")
        click.echo(f"feeds: {done.written + done.unchanged} files in {feeds_dir}")
        if serve:
            click.echo(f"Resolution 02-NQ/TW feed: http://{host}:{port}/feeds/resolution/02-NQ-TW.rss")
            click.echo(f"Resolution 02-NQ/TW page: http://{host}:{port}/resolution/02-NQ-TW")
            _serve(db_path, host, port)
    finally:
        web.stop()


def main() -> None:
    cli(prog_name="unionwatch")


if __name__ == "__main__":
    main()
