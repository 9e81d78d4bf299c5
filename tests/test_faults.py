"""A real crawl of the fault web: every fault portal beside well-behaved ones, through the CLI.

Each fault portal says what must happen (crawler/sampleweb/faults.py): every article stored once,
or all but its victims, whose failure is recorded in ``fetches`` with its cause, or none (the
source fails, with its cause); the server counts requests a careful crawler never makes.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from urllib.parse import urlsplit

import pytest

from bench.harness import crawl
from crawler.sampleweb.faults import FAULTS, FaultWeb
from crawler.urls import canonicalize
from tests.publishing import assert_inert

NORMAL = ("ldld-nghe-an", "ldld-hai-phong")  # two well-behaved bundled portals beside the faults


def rows(db, sql, params=()):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    """The fault web crawled once; yields (web, db, completed crawl, server report)."""
    web = FaultWeb(bundled=NORMAL, retry_after=1.0, hang=8.0).start()
    try:
        workdir = tmp_path_factory.mktemp("faults")
        registry = workdir / "faults.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        db = workdir / "unionwatch.db"
        done = crawl(registry, db)
        yield web, db, done, web.report()
    finally:
        web.stop()


def test_the_run_finishes_and_names_the_dead_sources(faulty):
    web, db, done, _ = faulty
    assert rows(db, "SELECT status, finished IS NOT NULL FROM crawl_runs") == [("ok", 1)]
    dead = [source_id for source_id, name in web.fault_of.items() if FAULTS[name].expect == "none"]
    assert len(dead) == 3
    for source_id in dead:
        assert f"unionwatch: source {source_id!r} unreachable" in done.stderr, done.stderr
    assert done.returncode == 1  # some sources failed; the run itself did not


def test_every_expected_article_is_stored_once_and_nothing_else(faulty):
    web, db, _, _ = faulty
    expected = {canonicalize(a["url"]): a for a in web.expected_articles()}
    stored = {url: title for url, title in rows(db, "SELECT url, title FROM articles")}
    assert set(stored) == set(expected)
    for url, title in stored.items():
        assert title == expected[url]["title"], url
    assert rows(db, "SELECT count(*) - count(DISTINCT source_id || content_hash) FROM articles") == [(0,)]


def test_every_failure_is_recorded_with_its_cause(faulty):
    web, db, _, _ = faulty
    for failure in web.expected_failures():
        outcomes = Counter(o for (o,) in rows(db, "SELECT outcome FROM fetches WHERE source_id = ?", [failure["source_id"]]))
        fault = FAULTS[failure["fault"]]
        wanted = 1 if fault.expect == "none" else fault.victims
        assert outcomes[failure["cause"]] >= wanted, (failure, outcomes)
    # The other sources have no failure at all once retries are done.
    quiet = [p.id for p in web.portals if web.fault(p.id) is None or web.fault(p.id).cause is None]
    for source_id in quiet:
        bad = rows(db, "SELECT outcome, url FROM fetches WHERE source_id = ? AND outcome NOT IN ('ok', 'not_modified')", [source_id])
        assert bad == [], (source_id, bad)


def test_no_request_a_careful_crawler_never_makes(faulty):
    web, db, _, report = faulty
    # Before Retry-After, to a robots-disallowed path, off the source's host, into the calendar,
    # the same article twice under another spelling: the server saw none.
    assert report["violations"] == {}
    assert report["injected"]["http_429"] >= 2 and report["injected"]["robots"] >= 1
    # Only http(s), and only the source's own host unless refused as off-site.
    for url, source_id, outcome in rows(db, "SELECT url, source_id, outcome FROM fetches"):
        assert urlsplit(url).scheme in ("http", "https"), url
        assert urlsplit(url).hostname == web.portal(source_id).host or outcome == "offsite", url
    assert rows(db, "SELECT count(*) FROM fetches WHERE outcome = 'offsite'") == [(2,)]


def test_retries_waited_and_recovered(faulty):
    web, db, _, report = faulty
    for name in ("flaky_5xx", "rate_limit", "reset"):
        source = f"fault-{name.replace('_', '-')}"
        stored = rows(db, "SELECT count(*) FROM articles WHERE source_id = ?", [source])[0][0]
        assert stored == len(web.portal(source).articles) - FAULTS[name].victims
    injected = report["injected"]
    assert injected["http_500"] + injected["http_502"] + injected["http_503"] >= 6
    assert injected["reset"] >= 5


def test_traps_are_bounded(faulty):
    web, db, _, report = faulty
    listings = rows(db, "SELECT count(*) FROM fetches WHERE source_id = 'fault-pagination-trap' AND kind = 'listing'")
    assert listings[0][0] <= 5  # UNIONWATCH_MAX_PAGES
    assert report["injected"]["endless_page"] >= 1  # the trap was there, and offered
    assert rows(db, "SELECT count(*) FROM fetches WHERE url LIKE '%lich-cong-tac%'") == [(0,)]
    dup = "fault-duplicates"
    fetched = rows(db, "SELECT count(*) FROM fetches WHERE source_id = ? AND kind = 'article'", [dup])[0][0]
    assert fetched == len(web.portal(dup).articles)  # one request per article, whatever the spelling


def test_size_caps_hold(faulty):
    _, db, _, _ = faulty
    bomb = rows(db, "SELECT outcome, error FROM fetches WHERE source_id = 'fault-gzip-bomb' AND outcome != 'ok'")
    assert len(bomb) == 1 and bomb[0][0] == "too_large" and "decompression" in bomb[0][1]
    huge = rows(db, "SELECT outcome FROM fetches WHERE source_id = 'fault-huge-page' AND outcome != 'ok'")
    assert huge == [("too_large",)]
    assert rows(db, "SELECT max(bytes) FROM fetches")[0][0] < 10 * 1024 * 1024


def test_hostile_markup_is_stored_inert(faulty):
    _, db, _, _ = faulty
    bodies = rows(db, "SELECT body_html, title FROM articles WHERE source_id = 'fault-hostile-html'")
    assert len(bodies) == 6
    for body, title in bodies:
        assert_inert(body)
        # Markup the editor typed is text, kept as such; markup in the page's code is gone.
        assert title.endswith("<script>alert('tiêu đề')</script>")
        assert "&lt;img src=x onerror=alert('bằng chứng')&gt;" in body


def test_wrong_charset_and_broken_markup_keep_the_text(faulty):
    web, db, _, _ = faulty
    first = {canonicalize(a["url"]): a["text"].split("\n")[0] for a in web.expected_articles()}
    for source in ("fault-wrong-charset", "fault-invalid-html", "fault-truncated"):
        for url, text in rows(db, "SELECT url, text FROM articles WHERE source_id = ?", [source]):
            assert first[url] in text, (source, url)
            assert "\x00" not in text and "\x0b" not in text
