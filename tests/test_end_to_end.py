"""The real `unionwatch` command line against the sample web: crawl, enrich, serve, feeds."""

from __future__ import annotations

import sqlite3
import urllib.request

import feedparser
import pytest

from bench.harness import Served, free_port
from crawler.store import article_id
from crawler.urls import canonicalize
from tests.conftest import run_cli

CHROME = ("Skip Ribbon Commands", "Skip to main content", "Tổng truy cập", "Đang truy cập",
          "Liên kết web", "Văn bản mới", "In bài", "Gửi bài viết")


@pytest.fixture(scope="module")
def crawled(sample_registry, tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "unionwatch.db"
    crawl = run_cli("crawl", "--registry", str(sample_registry), "--db", str(db), "--delay", "0")
    enrich = run_cli("enrich", "--db", str(db))
    assert enrich.returncode == 0, enrich.stderr
    return db, crawl


@pytest.fixture(scope="module")
def server(crawled):
    served = Served(crawled[0])
    yield served.base
    served.stop()


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_crawl_reports_the_broken_portal_and_keeps_the_rest(crawled, sampleweb):
    db, crawl = crawled
    broken = [p.id for p in sampleweb.portals if p.kind == "broken"]
    assert crawl.returncode == 1
    assert [f"source {b!r} unreachable" in crawl.stderr for b in broken] == [True] * len(broken)
    stored = {r[0] for r in rows(db, "SELECT DISTINCT source_id FROM articles")}
    working = {p.id for p in sampleweb.portals if p.kind != "broken"}
    assert stored == working


def test_seed_articles_exact_title_date_and_no_chrome(crawled, sampleweb):
    db, _ = crawled
    seeds = [e for e in sampleweb.expected_articles() if e["seed"]]
    assert len(seeds) == 5
    for expected in seeds:
        found = rows(db, "SELECT title, published, text FROM articles WHERE id = ?",
                     [article_id(canonicalize(expected["url"]))])
        assert found, f"seed {expected['seed']} not stored"
        title, published, text = found[0]
        assert title == expected["title"]
        assert published == expected["published"]
        lines = text.split("\n")
        for chrome in (*CHROME, *expected["chrome"]):
            assert chrome not in lines, f"chrome line {chrome!r} in seed {expected['seed']}"
        first_line = expected["text"].split("\n")[0]
        assert first_line in lines


def test_every_article_is_stored_once(crawled, sampleweb):
    db, _ = crawled
    expected = [e for e in sampleweb.expected_articles()
                if next(p for p in sampleweb.portals if p.id == e["source_id"]).kind != "broken"]
    ids = {article_id(canonicalize(e["url"])) for e in expected}
    stored = {r[0] for r in rows(db, "SELECT id FROM articles")}
    assert len(ids & stored) >= 0.95 * len(ids)
    titles = rows(db, "SELECT source_id, title, published, count(*) FROM articles GROUP BY 1, 2, 3 HAVING count(*) > 1")
    assert titles == []


def test_articles_citing_02_nq_tw_carry_the_tag(crawled, sampleweb):
    db, _ = crawled
    for expected in sampleweb.expected_articles():
        aid = article_id(canonicalize(expected["url"]))
        if not rows(db, "SELECT 1 FROM articles WHERE id = ?", [aid]):
            continue
        codes = {r[0] for r in rows(db, "SELECT code FROM article_resolutions WHERE article_id = ?", [aid])}
        if "02-NQ/TW" in expected["resolutions"]:
            assert "02-NQ/TW" in codes, expected["title"]
        evidence = rows(db, "SELECT evidence FROM article_resolutions WHERE article_id = ? AND code = '02-NQ/TW'", [aid])
        for (span,) in evidence:
            assert "02" in span


def test_every_article_has_its_publisher(crawled):
    db, _ = crawled
    missing = rows(db, "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM article_units WHERE role = 'publisher')")
    assert missing == []


def test_feed_for_02_nq_tw_over_http(server, crawled):
    db, _ = crawled
    body = urllib.request.urlopen(server + "/feeds/resolution/02-NQ-TW.rss", timeout=10).read()
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    expected = rows(db, "SELECT count(DISTINCT article_id) FROM article_resolutions WHERE code = '02-NQ/TW'")[0][0]
    assert 0 < len(feed.entries) == min(expected, 50)
    assert all(e.published_parsed for e in feed.entries)
    assert all("02-NQ/TW" in [t.term for t in e.tags] for e in feed.entries)


def test_datasette_search_without_diacritics(server):
    import json

    url = server + "/unionwatch/articles.json?_search=lien+doan+lao+dong+huyen+binh+luc&_shape=array"
    found = json.loads(urllib.request.urlopen(url, timeout=10).read())
    assert any("Liên đoàn Lao động huyện" in r["title"] for r in found)


def test_bad_input_is_one_line_and_nonzero(crawled, sample_registry, tmp_path):
    db, _ = crawled
    before = rows(db, "SELECT count(*), sum(length(text)) FROM articles")
    unknown = run_cli("crawl", "--registry", str(sample_registry), "--db", str(db), "--source", "no-such-portal")
    missing = run_cli("crawl", "--registry", str(tmp_path / "missing.toml"), "--db", str(db))
    for result in (unknown, missing):
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stderr.startswith("unionwatch: ")
    assert rows(db, "SELECT count(*), sum(length(text)) FROM articles") == before


def test_unreachable_portal_is_one_line_and_keeps_the_store(crawled, tmp_path):
    db, _ = crawled
    before = rows(db, "SELECT count(*), sum(length(text)) FROM articles")
    port = free_port()
    registry = tmp_path / "dead.toml"
    registry.write_text(
        f"""[[source]]
id = "dead-portal"
name = "Liên đoàn Lao động tỉnh Hà Nam"
unit_level = "province"
province = "Hà Nam"
url = "http://127.0.0.1:{port}/"
listing_urls = ["http://127.0.0.1:{port}/tin-hoat-dong"]
""",
        encoding="utf-8",
    )
    result = run_cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        line for line in result.stderr.strip().splitlines() if line.startswith("unionwatch: source 'dead-portal' unreachable")
    ]
    assert len(result.stderr.strip().splitlines()) == 1
    assert rows(db, "SELECT count(*), sum(length(text)) FROM articles") == before
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
