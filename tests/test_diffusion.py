"""Resolution diffusion: the views, the canned queries and the pages in a real Datasette, seen in
headless Chromium; and the feed option and facet that hide syndicated copies."""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from datetime import date

import feedparser
import pytest

from bench.harness import Served
from crawler import store
from feeds.diffusion import lag_chart, uptake_chart
from tests.conftest import run_cli

CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def crawled(sample_registry, tmp_path_factory):
    db = tmp_path_factory.mktemp("diffusion") / "unionwatch.db"
    run_cli("crawl", "--registry", str(sample_registry), "--db", str(db), "--delay", "0")
    enrich = run_cli("enrich", "--db", str(db))
    assert enrich.returncode == 0, enrich.stderr
    return db


@pytest.fixture(scope="module")
def server(crawled):
    served = Served(crawled)
    yield served.base
    served.stop()


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def expected_first(db, key: str) -> dict[str, tuple[str, int]]:
    """Province -> (first day, lag) computed here from the tags, independently of the view."""
    with sqlite3.connect(db) as conn:
        issued = date.fromisoformat(conn.execute("SELECT date FROM resolutions WHERE key = ?", [key]).fetchone()[0])
        rows = conn.execute(
            "SELECT a.province, a.published_day FROM article_resolutions ar JOIN articles a ON a.id = ar.article_id "
            "WHERE ar.resolution_key = ? AND a.published_day IS NOT NULL AND a.province IS NOT NULL", [key]
        ).fetchall()
    first: dict[str, str] = {}
    for province, day in rows:
        first[province] = min(day, first.get(province, day))
    return {p: (d, (date.fromisoformat(d) - issued).days) for p, d in first.items()}


def test_first_article_per_province_and_unit(crawled):
    db = store.open_db(crawled)
    rows = db.execute("SELECT province, first_day, lag_days FROM resolution_province_first "
                      "WHERE resolution_key = '02-NQ/TW@2021'").fetchall()
    assert len(rows) >= 5
    assert {p: (d, lag) for p, d, lag in rows} == expected_first(crawled, "02-NQ/TW@2021")
    units = db.execute("SELECT unit_id, first_day, lag_days, level FROM resolution_unit_first "
                       "WHERE resolution_key = '02-NQ/TW@2021'").fetchall()
    assert {"tld", "ldld-soc-trang", "ldld-ha-nam--binh-luc"} <= {u[0] for u in units}
    binh_luc = next(u for u in units if u[0] == "ldld-ha-nam--binh-luc")
    assert binh_luc[1:3] == ("2021-10-20", 130)  # seed 000: 20/10/2021, 130 days after 12/6/2021


def test_charts_are_svg_with_one_bar_per_province():
    provinces = [{"province": "Hà Nam", "lag_days": 130, "first_day": "2021-10-20"},
                 {"province": "Sóc Trăng <b>", "lag_days": 257, "first_day": "2022-02-24"},
                 {"province": "Nghệ An", "lag_days": None, "first_day": "2024-03-12"}]
    svg = lag_chart(provinces)
    assert svg.startswith("<svg") and svg.count('class="uw-bar"') == 2 and "&lt;b&gt;" in svg
    assert uptake_chart(provinces).count("<polyline") == 1
    assert lag_chart([]) == "" and uptake_chart([]) == ""


def test_canned_queries_answer_in_datasette(server, crawled):
    status, body = get(server + "/unionwatch/resolution_diffusion.json?code=02-NQ%2FTW&_shape=array")
    assert status == 200
    rows = json.loads(body)
    assert {r["province"]: (r["first_day"], r["lag_days"]) for r in rows} == expected_first(crawled, "02-NQ/TW@2021")
    status, body = get(server + "/unionwatch/targets_by_resolution.json?code=02-NQ%2FTW&_shape=array")
    figures = {(r["figure_text"], r["deadline"]) for r in json.loads(body)}
    assert status == 200 and ("7.500 đoàn viên công đoàn", 2025) in figures and ("63.000 đoàn viên", 2023) in figures
    status, body = get(server + "/unionwatch/syndicated_copies.json?_shape=array")
    assert status == 200 and len(json.loads(body)) == 3


def test_copies_facet_and_feed_option(server):
    status, body = get(server + "/unionwatch/articles.json?_facet=syndication&_size=0")
    facets = json.loads(body)["facet_results"]["syndication"]["results"]
    assert {f["value"]: f["count"] for f in facets}["copy"] == 3
    every = feedparser.parse(get(server + "/feeds/resolution/02-NQ-TW.rss?limit=500")[1])
    no_copies = feedparser.parse(get(server + "/feeds/resolution/02-NQ-TW.rss?limit=500&copies=0")[1])
    assert len(every.entries) - len(no_copies.entries) == 3  # every copy in the sample web cites it
    titles = [e.title for e in no_copies.entries]
    assert titles.count("Nghị quyết 02 thúc đẩy đổi mới tổ chức và hoạt động Công đoàn Việt Nam") == 1
    assert get(server + "/feeds/all/all.rss?copies=maybe")[0] == 400


def test_pages_answer_redirect_and_404(server):
    assert get(server + "/diffusion")[0] == 200
    status, body = get(server + "/resolution/02-NQ-TW-2021/diffusion")
    assert status == 200 and "<svg" in body.decode() and "Bình Lục" in body.decode()
    assert get(server + "/resolution/khong-co/diffusion")[0] == 404
    with urllib.request.urlopen(server + "/resolution/02-NQ-TW/diffusion", timeout=10) as response:
        assert response.url.endswith("/resolution/02-NQ-TW-2021/diffusion")


@pytest.mark.browser
def test_diffusion_page_in_chromium(server, crawled):
    playwright = pytest.importorskip("playwright.sync_api")
    provinces = expected_first(crawled, "02-NQ/TW@2021")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(server + "/diffusion")
        page.click("text=02-NQ/TW")
        page.wait_for_selector("svg.uw-lag")
        assert page.url.endswith("/resolution/02-NQ-TW-2021/diffusion")
        assert page.locator("svg.uw-lag g.uw-bar").count() == len(provinces)
        assert page.locator("svg.uw-uptake polyline").count() == 1
        box = page.locator("svg.uw-lag").bounding_box()
        assert box and box["width"] > 300 and box["height"] > 20 * len(provinces)
        cells = page.locator("table.uw-provinces tbody tr td:first-child").all_inner_texts()
        assert sorted(cells) == sorted(provinces)
        page.click("text=Truy vấn / canned query")
        page.wait_for_selector("table.rows-and-columns tbody tr")
        assert "resolution_diffusion" in page.url and page.locator("table.rows-and-columns tbody tr").count() == len(provinces)
        browser.close()
