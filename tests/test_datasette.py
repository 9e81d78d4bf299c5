"""Datasette as researchers use it, over `unionwatch serve`: metadata, search, facets, canned
queries, pages, exports, feed discovery, read-only, hostile content."""

from __future__ import annotations

import csv
import html
import io
import json
import sqlite3
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

import pytest

from crawler import store
from feeds import search
from tests.publishing import HOSTILE_TITLE, HOSTILE_URL, assert_inert, assert_page_inert

DB = "unionwatch"
QUERIES = ("articles_by_resolution", "resolution_timeline", "resolution_spread", "units_on_resolution",
           "source_status", "untagged_articles", "search")


def get(base: str, path: str, data: bytes | None = None) -> tuple[int, str]:
    request = urllib.request.Request(base + path, data=data)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def get_json(base: str, path: str):
    status, body = get(base, path)
    assert status == 200, (path, body[:300])
    return json.loads(body)


def q(text: str) -> str:
    return urllib.parse.quote_plus(text)


def ids_for_search(base: str, text: str) -> set[str]:
    rows = get_json(base, f"/{DB}/articles.json?_search={q(text)}&_shape=array&_size=max&_col=id&_nofacet=1")
    return {r["id"] for r in rows}


def test_metadata_describes_tables_and_columns_in_both_languages(served):
    meta = get_json(served, "/-/metadata.json")
    tables = meta["databases"][DB]["tables"]
    for name in ("articles", "resolutions", "units", "article_resolutions", "article_units", "sources",
                 "crawl_runs", "fetches", "alerts", "article_versions", "source_health", "source_runs"):
        assert " / " in tables[name]["description"], name  # Vietnamese / English
    for column, text in tables["articles"]["columns"].items():
        assert " / " in text, column
    assert meta["license"] and meta["source"]
    settings = get_json(served, "/-/settings.json")
    assert settings["sql_time_limit_ms"] == 3000 and settings["suggest_facets"] is False
    listed = {t["name"]: t for t in get_json(served, f"/{DB}.json")["tables"]}
    for hidden in ("articles_fts", "_sqlite_migrations", "meta", "listing_state"):
        assert listed[hidden]["hidden"] is True, hidden
    assert listed["articles"]["hidden"] is False


def test_articles_are_newest_first_with_every_facet(served):
    data = get_json(served, f"/{DB}/articles.json?_size=20&_shape=objects")
    days = [r["published_day"] for r in data["rows"] if r["published_day"]]
    assert days == sorted(days, reverse=True)
    facets = data["facet_results"]
    assert set(facets) >= {"source_id", "province", "province_new", "unit", "unit_level", "resolutions", "year", "month"}
    codes = {v["value"]: v["count"] for v in facets["resolutions"]["results"]}
    assert codes["02-NQ/TW"] >= 2


def test_a_facet_narrows_the_rows(served, published_db):
    everything = get_json(served, f"/{DB}/articles.json?_size=0")["filtered_table_rows_count"]
    facet = get_json(served, f"/{DB}/articles.json?_size=0")["facet_results"]["resolutions"]["results"]
    chosen = next(v for v in facet if v["value"] == "02-NQ/TW")
    narrowed = get_json(served, f"/{DB}/articles.json?resolutions__arraycontains={q('02-NQ/TW')}&_size=0")
    assert narrowed["filtered_table_rows_count"] == chosen["count"] < everything
    with sqlite3.connect(published_db) as conn:
        expected = conn.execute(
            "SELECT count(DISTINCT article_id) FROM article_resolutions WHERE code = '02-NQ/TW'"
        ).fetchone()[0]
    assert chosen["count"] == expected


VARIANTS = [
    "Liên đoàn Lao động huyện Bình Lục",
    "lien doan lao dong huyen binh luc",
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN BÌNH LỤC",
    "Lien Doan Lao Dong Huyen Binh Luc",
    "liên doàn lao dộng huyện bình lục",  # đ typed as d, tones kept
    "lien\u00a0doan\u00a0lao\u00a0dong huyen binh luc",  # NBSP
    unicodedata.normalize("NFD", "Liên đoàn Lao động huyện Bình Lục"),  # decomposed input
]


@pytest.mark.parametrize("variant", VARIANTS, ids=["accented", "plain", "upper", "title", "d-for-đ", "nbsp", "nfd"])
def test_search_finds_the_same_articles_whatever_the_typing(served, variant):
    expected = ids_for_search(served, VARIANTS[0])
    assert expected
    assert ids_for_search(served, variant) == expected


def test_search_matches_what_the_text_says(served, published_db):
    found = ids_for_search(served, "đoàn viên")
    with sqlite3.connect(published_db) as conn:
        rows = conn.execute("SELECT id, title, text FROM articles").fetchall()
    expected = {aid for aid, title, text in rows if search.spans(title + "\n" + text, "doan vien")
                and {"doan", "vien"} <= set(search.fold_same_length(title + " " + text).split())}
    assert found >= expected and found


def test_ranked_search_has_highlighted_snippets(served):
    rows = get_json(served, f"/{DB}/search.json?q={q('lien doan lao dong huyen binh luc')}&_shape=array")
    assert rows and len(rows) <= 50
    assert "<mark>Bình</mark>" in rows[0]["title_match"] or "<mark>Bình</mark>" in rows[0]["snippet"]
    top = (rows[0]["title_match"] + rows[0]["snippet"]).replace("<mark>", "").replace("</mark>", "")
    assert "Bình Lục" in top
    status, page = get(served, f"/{DB}/search?q={q('nghi quyet 02')}")
    assert status == 200 and "<mark>" in page


def test_ranked_search_weighs_titles(served):
    rows = get_json(served, f"/{DB}/search.json?q={q('mái ấm công đoàn')}&_shape=array")
    assert rows
    in_title = ["<mark>" in r["title_match"] for r in rows]
    assert in_title[0] and in_title == sorted(in_title, reverse=True)


@pytest.mark.parametrize("name", QUERIES)
def test_canned_queries_answer_in_html_json_and_csv(served, name):
    params = {"code": "02-NQ/TW", "date_from": "", "date_to": "", "province": "", "source": "", "status": "",
              "q": "công đoàn"}
    meta = get_json(served, "/-/metadata.json")["databases"][DB]["queries"][name]
    assert meta["title"] and meta["description"]
    wanted = "&".join(f"{k}={q(v)}" for k, v in params.items() if f":{k}" in meta["sql"])
    status, page = get(served, f"/{DB}/{name}?{wanted}")
    assert status == 200, page[:500]
    rows = get_json(served, f"/{DB}/{name}.json?{wanted}&_shape=array")
    assert isinstance(rows, list)
    status, text = get(served, f"/{DB}/{name}.csv?{wanted}")
    assert status == 200
    assert len(list(csv.reader(io.StringIO(text)))) == len(rows) + 1
    if name != "untagged_articles":
        assert rows, name


def test_articles_by_resolution_filters_dates_and_province(served):
    base = f"/{DB}/articles_by_resolution.json?code={q('02-NQ/TW')}&_shape=array"
    every = get_json(served, base + "&date_from=&date_to=&province=")
    narrowed = get_json(served, base + "&date_from=2022-01-01&date_to=2023-12-31&province=soc+trang")
    assert len(every) > len(narrowed)
    assert all("2022-01-01" <= r["published_day"] <= "2023-12-31" for r in narrowed)
    assert all("Sóc Trăng" in (r["province"], r["province_new"]) for r in narrowed)


def test_resolution_spread_lists_each_province_once(served):
    rows = get_json(served, f"/{DB}/resolution_spread.json?code={q('02-NQ/TW')}&_shape=array")
    provinces = [r["province"] for r in rows]
    assert len(provinces) == len(set(provinces)) >= 2
    assert [r["first_mention"] for r in rows] == sorted(r["first_mention"] for r in rows)


def test_source_health_reports_the_broken_portal(served, sampleweb):
    rows = {r["source_id"]: r for r in get_json(served, f"/{DB}/source_status.json?status=&_shape=array")}
    broken = [p.id for p in sampleweb.portals if p.kind == "broken"]
    assert broken and all(rows[b]["status"] == "broken" for b in broken)
    assert rows["tld"]["status"] == "ok" and rows["tld"]["articles"] > 0 and rows["tld"]["last_run"]
    only = get_json(served, f"/{DB}/source_status.json?status=broken&_shape=array")
    assert {r["source_id"] for r in only} == set(broken)


def test_every_table_exports_csv_and_json(served):
    tables = [t["name"] for t in get_json(served, f"/{DB}.json")["tables"] if not t["hidden"]]
    assert "articles" in tables and "alerts" in tables
    for table in tables:
        data = get_json(served, f"/{DB}/{table}.json?_size=5&_nofacet=1")
        assert "rows" in data, table
        status, text = get(served, f"/{DB}/{table}.csv?_size=5")
        assert status == 200, table
        header = next(csv.reader(io.StringIO(text)))
        assert header, table
    status, text = get(served, f"/{DB}/articles.csv?_stream=on&_size=max")
    assert status == 200 and len(text.splitlines()) > 50


def test_the_database_cannot_be_written(served, published_db):
    before = store.table_counts(store.open_db(published_db, migrate=False))
    attempts = [
        get(served, f"/{DB}?sql={q('delete from articles')}"),
        get(served, f"/{DB}?sql={q('update articles set title = 1')}"),
        get(served, f"/{DB}?sql={q('insert into alerts (kind, message, created) values (1, 2, 3)')}"),
        get(served, f"/{DB}/search", data=b"q=x"),
        get(served, f"/{DB}/articles/-/insert", data=b'{"row": {"id": "x"}}'),
    ]
    assert all(status >= 400 for status, _ in attempts), [s for s, _ in attempts]
    assert store.table_counts(store.open_db(published_db, migrate=False)) == before


def test_article_page_shows_facts_evidence_and_original_link(served, published_db):
    with sqlite3.connect(published_db) as conn:
        aid, url, title, evidence = conn.execute(
            "SELECT a.id, a.url, a.title, ar.evidence FROM articles a JOIN article_resolutions ar "
            "ON ar.article_id = a.id WHERE ar.code = '02-NQ/TW' AND a.url != ? ORDER BY a.published LIMIT 1",
            [HOSTILE_URL],
        ).fetchone()
    status, page = get(served, f"/article/{aid}")
    assert status == 200
    assert f'title="02-NQ/TW">{evidence}</mark>' in page
    assert f'href="{html.escape(url)}"' in page and "/resolution/02-NQ-TW-2021" in page
    assert 'type="application/rss+xml"' in page
    assert get(served, "/article/0123456789abcdef")[0] == 404


def test_resolution_page_has_catalog_entry_chart_and_subscribe(served):
    status, page = get(served, "/resolution/02-NQ-TW-2021")
    assert status == 200
    assert "Bộ Chính trị" in page and "Về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam" in page
    assert 'class="uw-subscribe" href="/feeds/resolution/02-NQ-TW-2021.rss"' in page
    assert '<link rel="alternate" type="application/rss+xml"' in page
    spec = json.loads(page.split('id="uw-timeline-spec">')[1].split("</script>")[0])
    assert spec["mark"]["type"] == "bar" and sum(v["articles"] for v in spec["data"]["values"]) >= 2
    assert "vendor/vega-lite.min.js" in page and "cdn" not in page.lower()
    assert get(served, "/-/static-plugins/unionwatch/vendor/vega.min.js")[0] == 200
    assert get(served, "/resolution/02-NQ-TW")[0] == 200  # the code alone redirects to the document
    assert get(served, "/resolution/NO-SUCH-CODE")[0] == 404


def test_datasette_pages_link_their_feeds(served):
    page = get(served, f"/{DB}/articles?resolutions__arraycontains={q('02-NQ/TW')}")[1]
    assert 'href="/feeds/resolution/02-NQ-TW.rss"' in page
    page = get(served, f"/{DB}/articles?province_new={q('Cần Thơ')}&resolutions__arraycontains={q('02-NQ/TW')}")[1]
    assert "/feeds/all/all.rss?province=C%E1%BA%A7n%20Th%C6%A1&amp;resolution=02-NQ%2FTW" in page
    assert 'href="/feeds/all/all.rss"' in get(served, "/")[1]
    assert "/feeds/alerts/all.rss" in get(served, f"/{DB}/alerts")[1]
    table = get(served, f"/{DB}/articles?_search=binh+luc")[1]
    assert f"/{DB}/search?q=binh%20luc" in table  # the ranked search, one click away


@pytest.mark.parametrize("path", [
    "/article/{aid}", "/resolution/02-NQ-TW-2021", f"/{DB}/articles", f"/{DB}/articles/{{aid}}",
    f"/{DB}/search?q=ngh%E1%BB%8B+quy%E1%BA%BFt+02", f"/{DB}/articles_by_resolution?code=02-NQ%2FTW&date_from=&date_to=&province=",
    f"/{DB}/search?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
])
def test_hostile_content_is_escaped_everywhere(served, path):
    aid = store.article_id(HOSTILE_URL)
    status, page = get(served, path.format(aid=aid))
    assert status == 200
    assert_page_inert(page)
    if path.startswith("/article/"):
        assert HOSTILE_TITLE not in page and "&lt;script&gt;" in page
        formatted = page.split('class="uw-body"', 1)[1].split("</details>")[0]
        assert_inert("<details " + formatted + "</details>")
