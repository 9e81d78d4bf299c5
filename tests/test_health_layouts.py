"""Layout changes caught on real crawls of the sample web: registry selectors that stop
matching, and a listing that stops showing article links."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crawler.sampleweb import SampleWeb
from crawler.sampleweb.content import load_portals
from crawler.sampleweb.registry import portal_entry
from tests.conftest import run_cli

SELECTORS = """[source.selectors]
article_links = "article.post h2.entry-title a"
title = "h1.entry-title"
body = "div.entry-content"
"""


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("layouts")
    portals = [p for p in load_portals() if p.id in ("ldld-nghe-an", "ldld-soc-trang")]
    web = SampleWeb(portals=portals, slow_delay=0, today=date(2025, 11, 1)).start()
    try:
        wordpress, sharepoint = web.portal("ldld-nghe-an"), web.portal("ldld-soc-trang")
        registry = tmp / "registry.toml"
        registry.write_text(
            portal_entry(wordpress, date(2025, 11, 1)) + SELECTORS + "\n" + portal_entry(sharepoint, date(2025, 11, 1)),
            encoding="utf-8",
        )
        db = str(tmp / "unionwatch.db")

        def crawl() -> dict[str, dict]:
            result = run_cli("crawl", "--registry", str(registry), "--db", db, "--delay", "0")
            assert result.returncode == 0, result.stderr
            status = run_cli("status", "--db", db, "--json").stdout.splitlines()
            return {r["source_id"]: r for r in map(json.loads, status)}

        steps = {"first": crawl()}
        web.set_layout(wordpress.id, "v2")
        sharepoint.articles.clear()  # the news module now renders an empty list
        web.set_layout(sharepoint.id, "v1")  # (bumps the portal's version and Last-Modified)
        steps["changed"] = crawl()
        web.set_layout(wordpress.id, "v1")
        steps["restored"] = crawl()
        alerts = run_cli("status", "--db", db)
        yield steps, db, alerts.stdout
    finally:
        web.stop()


def test_selectors_that_match_nothing_are_a_layout_change(crawls):
    steps, _, _ = crawls
    assert steps["first"]["ldld-nghe-an"]["status"] != "broken"
    health = steps["changed"]["ldld-nghe-an"]
    assert (health["status"], health["cause"]) == ("broken", "layout")
    assert "registry selectors match nothing: article_links" in health["message"]


def test_a_listing_without_article_links_is_a_layout_change(crawls):
    steps, _, table = crawls
    health = steps["changed"]["ldld-soc-trang"]
    assert (health["status"], health["cause"]) == ("broken", "layout")
    assert "none of the listing's 7 links leads to an article" in health["message"]
    assert steps["restored"]["ldld-soc-trang"]["status"] == "broken"  # still no links
    assert "links leads to an article" in table


def test_restored_selectors_recover_with_an_alert(crawls):
    steps, db, _ = crawls
    assert steps["restored"]["ldld-nghe-an"]["status"] in ("ok", "stale")
    import sqlite3

    with sqlite3.connect(db) as conn:
        kinds = conn.execute(
            "SELECT source_id, kind, cause FROM alerts WHERE cause = 'layout' ORDER BY id"
        ).fetchall()
    assert kinds == [
        ("ldld-nghe-an", "broken", "layout"), ("ldld-soc-trang", "broken", "layout"),
        ("ldld-nghe-an", "recovered", "layout"),
    ]
