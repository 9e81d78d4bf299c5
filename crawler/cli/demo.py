"""`unionwatch demo`: the sample web crawled, tagged, published and served."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.base import (
    cli,
    crawl_sources,
    db_option,
    serve_datasette,
)


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
        result = crawl_sources(db_path, registry, registry.sources, delay=0.05, mode="demo")
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
            serve_datasette(db_path, host, port)
    finally:
        web.stop()
