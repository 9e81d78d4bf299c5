"""Commands for operators: `nightly`, `maintain`, `schedule` and the `sampleweb` server."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from crawler.cli.base import (
    UserError,
    cli,
    crawl_sources,
    db_option,
    load_registry_or_fail,
    project_settings,
    registry_option,
    report_registry_errors,
)


@cli.command()
@db_option
@registry_option
@click.option("--feeds-dir", type=click.Path(file_okay=False), help="Also export static feeds here.")
@click.option("--base-url", default="http://127.0.0.1:8001", show_default=True, help="Where the exported feeds are served.")
@click.option("--full", is_flag=True, help="Re-crawl everything, not only what is new.")
@click.option("--max-pages", type=int, help="Listing pages per listing URL (default 5).")
@click.option("--delay", type=float, help="Seconds between requests to one host (default 1.0).")
def nightly(db_path, registry_path, feeds_dir, base_url, full, max_pages, delay) -> None:
    """One locked run: crawl, enrich, the full-text index's upkeep, feeds, source health, alerts
    and their notifications. Exit 0 unless the run itself failed (a broken portal is reported,
    not a failure)."""
    from crawler import store, store_ops, store_upkeep
    from crawler.lock import AlreadyRunning, run_lock
    from crawler.notify import Channels, deliver
    from enrich.run import enrich_store

    registry = load_registry_or_fail(registry_path)
    report_registry_errors(registry)
    try:
        with run_lock(db_path):
            result = crawl_sources(db_path, registry, registry.sources, full=full, max_pages=max_pages,
                            delay=delay, mode="nightly")
            db = store.open_db(db_path)
            tagged = enrich_store(db)
            merged = store_upkeep.merge_fts(db)
            if feeds_dir:
                from feeds.export import export

                export(db, Path(feeds_dir), base_url)
            delivery = deliver(db, Channels.from_settings(project_settings()))
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
    click.echo(f"  {merged.line()}")
    for alert in store_ops.recent_alerts(db, limit=len(result.alerts)) if result.alerts else []:
        click.echo(f"  {alert['kind']}: {alert['source_id']} [{alert['cause'] or '-'}] {alert['message']}")
    for line in delivery.errors:
        click.echo(f"unionwatch: warning: {line}", err=True)
    if result.status != "ok":
        sys.exit(1)


@cli.command()
@db_option
def maintain(db_path) -> None:
    """Merge the full-text index's segments into one, so that every search reads less (`nightly`
    does it after tagging). One transaction: an interruption leaves the index as it was."""
    from crawler import store, store_upkeep
    from crawler.lock import AlreadyRunning, run_lock

    if not Path(db_path).exists():
        raise UserError(f"{db_path}: no database")
    try:
        with run_lock(db_path):
            merged = store_upkeep.merge_fts(store.open_db(db_path))
    except AlreadyRunning as exc:
        raise UserError(str(exc)) from None
    click.echo(merged.line())


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
