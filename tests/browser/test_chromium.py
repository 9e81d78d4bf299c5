"""Researchers' paths in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright)
against `unionwatch serve`: search, facets, article and resolution pages, subscribing, and
hostile content that must never run. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from pathlib import Path

import feedparser
import pytest

from crawler import store
from tests.conftest import ROOT
from tests.publishing import HOSTILE_URL

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"
DB = "unionwatch"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (`make test` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A fresh page that records console errors, uncaught errors and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.problems = problems
    yield tab
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name).strip("_")
    # The whole page unless it is very tall (a raw feed's XML tree): then its first screens, so that
    # painting tens of thousands of pixels on a loaded machine cannot fail a test that has passed.
    tall = tab.evaluate("() => document.documentElement.scrollHeight") > 6000
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=not tall, timeout=60_000)
    context.close()
    assert problems == [], problems


def open_page(tab, url: str) -> None:
    response = tab.goto(url)
    assert response is not None and response.status == 200, url
    tab.wait_for_load_state("networkidle")


def rows_count(tab) -> int:
    heading = tab.locator("h3").filter(has_text=re.compile(r"\d+ rows?")).first.inner_text()
    return int(re.search(r"([\d,]+) rows?", heading).group(1).replace(",", ""))


def test_unaccented_search_finds_the_accented_article(page, served):
    open_page(page, f"{served}/{DB}/articles")
    page.fill("#_search", "lien doan lao dong huyen binh luc")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert "_search=" in page.url
    titles = page.locator("td.col-title").all_inner_texts()
    assert any("Liên đoàn Lao động huyện" in t for t in titles), titles
    with page.expect_navigation():
        page.get_by_text("Ranked by relevance with snippets").locator("a").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("td.col-snippet mark").count() > 0


def test_a_facet_narrows_the_results(page, served):
    open_page(page, f"{served}/{DB}/articles")
    before = rows_count(page)
    link = page.locator('a[href*="resolutions__arraycontains=02-NQ%2FTW"]').first
    with page.expect_navigation():
        link.click()
    page.wait_for_load_state("networkidle")
    after = rows_count(page)
    assert "resolutions__arraycontains=02-NQ%2FTW" in page.url
    assert 0 < after < before
    assert page.locator('link[rel="alternate"][href="/feeds/resolution/02-NQ-TW.rss"]').count() == 1


def test_article_page_shows_the_evidence(page, served, published_db):
    with sqlite3.connect(published_db) as conn:
        aid = conn.execute(
            "SELECT article_id FROM article_resolutions WHERE code = '02-NQ/TW' AND evidence_start IS NOT NULL "
            "AND article_id != ? LIMIT 1", [store.article_id(HOSTILE_URL)]
        ).fetchone()[0]
    open_page(page, f"{served}/{DB}/articles?id={aid}")
    with page.expect_navigation():
        page.locator("td.col-title a").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith(f"/article/{aid}")
    evidence = page.locator('.uw-text mark.uw-evidence[title="02-NQ/TW"]')
    assert evidence.count() >= 1 and "02-NQ/TW" in evidence.first.inner_text()
    assert evidence.first.is_visible()
    assert page.locator("blockquote.uw-evidence-sentence mark").first.is_visible()
    assert page.locator("a.uw-original").get_attribute("href").startswith("http://127.0.0.1:")


def test_resolution_page_charts_and_its_subscribe_link_returns_a_feed(page, served):
    open_page(page, f"{served}/resolution/02-NQ-TW")
    assert page.url.endswith("/resolution/02-NQ-TW-2021")
    page.wait_for_selector("#uw-timeline svg", timeout=15_000)
    assert page.locator("#uw-timeline svg .mark-rect path").count() >= 1  # one bar per month
    subscribe = page.locator("a.uw-subscribe").first
    assert subscribe.is_visible() and "Subscribe" in subscribe.inner_text()
    href = urllib.parse.urljoin(page.url, subscribe.get_attribute("href"))
    response = page.request.get(href)
    assert response.status == 200 and "rss" in response.headers["content-type"]
    feed = feedparser.parse(response.body())
    assert not feed.bozo and feed.entries
    assert page.locator('head link[rel="alternate"][type="application/rss+xml"]').count() >= 1


PAGES_WITH_HOSTILE_CONTENT = [
    "/article/{aid}", "/resolution/02-NQ-TW-2021", f"/{DB}/articles", f"/{DB}/articles/{{aid}}",
    f"/{DB}/articles?_search=pwned", f"/{DB}/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt+02",
    f"/{DB}/search?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
    f"/{DB}/articles_by_resolution?code=02-NQ%2FTW&date_from=&date_to=&province=",
    "/feeds/resolution/02-NQ-TW.rss",
]


@pytest.mark.parametrize("path", PAGES_WITH_HOSTILE_CONTENT)
def test_hostile_content_never_runs(page, served, path):
    aid = store.article_id(HOSTILE_URL)
    open_page(page, served + path.format(aid=aid))
    for details in page.locator("details").all():
        details.evaluate("d => d.open = true")
    for element in page.locator("td, h1, .uw-text p, .uw-body p, blockquote, a").all()[:80]:
        if element.is_visible():
            element.hover(timeout=2000)
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("script:not([src])").evaluate_all(
        "scripts => scripts.filter(s => s.textContent.includes('__pwned')).length"
    ) == 0
