"""Feeds: every feed parses, filters and limits, validators and 304, hostile HTML, OPML, export."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest

from crawler import store, store_pub
from feeds.build import guid
from feeds.export import export
from feeds.specs import all_specs, code_slug, find_spec, province_redirect
from tests.conftest import run_cli
from tests.publishing import HOSTILE_URL, assert_inert


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


def parsed(body: bytes):
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_slug_rule():
    assert code_slug("02-NQ/TW@2021") == "02-NQ-TW-2021"
    assert code_slug("02-NQ/TW") == "02-NQ-TW"
    assert code_slug("45/KH-LĐLĐ@2022") == "45-KH-LDLD-2022"
    assert code_slug("202/2025/QH15") == "202-2025-QH15"


def test_every_kind_of_feed_exists_and_old_provinces_redirect(published_db):
    db = store.open_db(published_db)
    kinds = {s.kind for s in all_specs(db)}
    assert kinds == {"all", "resolution", "unit", "province", "source", "alerts"}
    assert find_spec(db, "resolution", "02-NQ-TW").key == "02-NQ/TW@2021"  # the code alone
    assert find_spec(db, "province", "can-tho").key == "Cần Thơ"
    assert find_spec(db, "province", "soc-trang") is None
    assert province_redirect(db, "soc-trang") == "can-tho"
    assert province_redirect(db, "an-giang") is None  # kept its name in 2025


def test_every_live_feed_listed_in_the_opml_parses(served):
    status, headers, body = fetch(served + "/feeds/index.opml")
    assert status == 200 and "opml" in headers["content-type"]
    outlines = [o for o in ET.fromstring(body).iter("outline") if o.get("xmlUrl")]
    kinds = {o.get("xmlUrl").split("/feeds/")[1].split("/")[0] for o in outlines}
    assert kinds == {"all", "resolution", "unit", "province", "source", "alerts"}
    for outline in outlines:
        for fmt in ("rss", "atom"):
            url = outline.get("xmlUrl").rsplit(".", 1)[0] + "." + fmt
            status, headers, body = fetch(url)
            assert status == 200, url
            feed = parsed(body)
            assert feed.feed.title, url
            assert fetch(outline.get("htmlUrl"))[0] == 200, outline.get("htmlUrl")


def test_items_carry_what_a_reader_needs(served, published_db):
    feed = parsed(fetch(served + "/feeds/resolution/02-NQ-TW.rss")[2])
    count = store.open_db(published_db).execute(
        "SELECT count(*) FROM article_resolutions WHERE code = '02-NQ/TW'"
    ).fetchone()[0]
    assert 0 < len(feed.entries) == min(count, 50)
    for entry in feed.entries:
        assert entry.id.startswith("urn:unionwatch:article:")
        assert entry.link.startswith("http")
        assert entry.published.endswith("+0700")
        assert "02-NQ/TW" in [t.term for t in entry.tags]
        assert entry.get("author")
        assert "02-NQ/TW" in entry.content[0].value  # the evidence sentence
        assert entry.summary
    dates = [e.published_parsed for e in feed.entries]
    assert dates == sorted(dates, reverse=True)
    atom = parsed(fetch(served + "/feeds/resolution/02-NQ-TW.atom")[2])
    assert [e.id for e in atom.entries] == [e.id for e in feed.entries]


def test_limit_and_combined_filters(served, published_db):
    assert len(parsed(fetch(served + "/feeds/all/all.rss?limit=3")[2]).entries) == 3
    status, _, body = fetch(served + "/feeds/all/all.rss?limit=lots")
    assert status == 400 and len(body.decode().strip().splitlines()) == 1
    url = served + "/feeds/all/all.rss?resolution=02-NQ/TW&province=can%20tho"
    feed = parsed(fetch(url)[2])
    db = store.open_db(published_db)
    expected = db.execute(
        "SELECT count(DISTINCT a.id) FROM articles a JOIN article_resolutions ar ON ar.article_id = a.id "
        "WHERE ar.code = '02-NQ/TW' AND (a.province_new = 'Cần Thơ' OR a.province = 'Cần Thơ')"
    ).fetchone()[0]
    assert 0 < len(feed.entries) == expected
    ids = {e.id.rsplit(":", 1)[1] for e in feed.entries}
    provinces = db.execute(
        f"SELECT DISTINCT province_new FROM articles WHERE id IN ({','.join('?' * len(ids))})", list(ids)
    ).fetchall()
    assert provinces == [("Cần Thơ",)]


def test_old_province_redirects_to_the_new_one(served):
    request = urllib.request.Request(served + "/feeds/province/soc-trang.rss?limit=5")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.build_opener(NoRedirect).open(request, timeout=10)
    assert exc.value.code == 301
    assert exc.value.headers["Location"] == "/feeds/province/can-tho.rss?limit=5"
    assert len(parsed(fetch(served + "/feeds/province/soc-trang.rss?limit=5")[2]).entries) == 5
    assert fetch(served + "/feeds/province/atlantis.rss")[0] == 404


def test_conditional_get_answers_304(served):
    url = served + "/feeds/resolution/02-NQ-TW.rss"
    status, headers, body = fetch(url)
    assert status == 200 and headers["etag"] and headers["last-modified"]
    assert fetch(url, {"If-None-Match": headers["etag"]})[:1] == (304,)
    assert fetch(url, {"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"something-else"'})[0] == 200
    assert fetch(url, {"If-None-Match": '"other"', "If-Modified-Since": headers["last-modified"]})[0] == 200
    opml = fetch(served + "/feeds/index.opml")[1]
    assert fetch(served + "/feeds/index.opml", {"If-None-Match": opml["etag"]})[0] == 304


def test_hostile_html_comes_out_inert(served):
    for fmt in ("rss", "atom"):
        feed = parsed(fetch(served + f"/feeds/resolution/02-NQ-TW.{fmt}")[2])
        entry = next(e for e in feed.entries if e.link == HOSTILE_URL)
        assert_inert(entry.content[0].value)
        assert_inert(entry.summary)
        assert "&lt;script&gt;" in entry.summary  # the text's markup is shown as text, not run


def test_alert_feed(served, published_db):
    db = store.open_db(published_db)
    store.bulk_load(db, "alerts", [
        {"source_id": "ldld-lai-chau", "kind": "broken", "cause": "http_503",
         "message": "Nguồn không trả lời 3 lần liên tiếp", "created": "2030-11-21T02:00:00+07:00"},
        {"source_id": "ldld-lai-chau", "kind": "recovered", "cause": None,
         "message": "Nguồn hoạt động trở lại", "created": "2030-11-22T02:00:00+07:00"},
    ])
    feed = parsed(fetch(served + "/feeds/alerts/all.rss")[2])
    assert [e.title.split("]")[0] for e in feed.entries[:2]] == ["[recovered", "[broken"]
    assert all(e.id.startswith("urn:unionwatch:alert:") for e in feed.entries)
    assert fetch(served + "/feeds/alerts/all.rss?province=x")[0] == 400


def test_export_writes_the_same_feeds(published_db, tmp_path):
    result = run_cli("feeds", "export", str(tmp_path), "--db", str(published_db), "--base-url", "http://feeds.example")
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("feeds/*/*.*"))
    assert len(files) >= 20 and not list(tmp_path.rglob("*.tmp"))
    for path in files:
        parsed(path.read_bytes())
    index = ET.fromstring((tmp_path / "feeds" / "index.opml").read_bytes())
    urls = [o.get("xmlUrl") for o in index.iter("outline") if o.get("xmlUrl")]
    written = {"http://feeds.example/" + str(p.relative_to(tmp_path)) for p in files}
    assert set(urls) <= written


def test_export_rewrites_only_feeds_that_changed(published_db, tmp_path):

    db = store.open_db(published_db)
    first = export(db, tmp_path, "http://feeds.example")
    assert first.written > 20 and first.unchanged == 0
    again = export(db, tmp_path, "http://feeds.example")
    assert again.written == 0 and again.unchanged == first.written
    store.save_article(db, {"url": "http://tld.example/tin/moi", "source_id": "tld", "title": "Tin mới",
                            "text": "Tổng Liên đoàn Lao động Việt Nam.", "published": "2030-01-01T08:00:00+07:00"})
    after = export(db, tmp_path, "http://feeds.example")
    assert 0 < after.written < first.written  # the all and tld feeds, not every feed
    assert "Tin mới" in (tmp_path / "feeds" / "source" / "tld.rss").read_text(encoding="utf-8")
    assert export(db, tmp_path, "http://feeds.example", rebuild=True).written == first.written
    db.execute("DELETE FROM articles WHERE url = 'http://tld.example/tin/moi'")
    db.conn.commit()


def test_guid_survives_an_edit_and_recrawl(tmp_path):
    """Re-crawling an edited article changes its item, never its guid, order or count."""
    from crawler.sampleweb import SampleWeb

    with SampleWeb(slow_delay=0) as web:
        registry = tmp_path / "web.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        db_path = tmp_path / "edit.db"

        def crawl_and_feed(*extra: str) -> feedparser.FeedParserDict:
            crawl = run_cli("crawl", "--registry", str(registry), "--db", str(db_path), "--delay", "0",
                            "--source", "tld", "--source", "ldld-soc-trang", *extra)
            assert crawl.returncode == 0, crawl.stderr
            assert run_cli("enrich", "--db", str(db_path)).returncode == 0
            out = tmp_path / f"site{len(extra)}"
            assert run_cli("feeds", "export", str(out), "--db", str(db_path)).returncode == 0
            return parsed((out / "feeds" / "all" / "all.rss").read_bytes())

        before = crawl_and_feed()
        target = next(e for e in web.expected_articles() if e["source_id"] == "tld")
        web.edit_article(target["url"], title=target["title"] + " (cập nhật)")
        after = crawl_and_feed("--full")

    assert [e.id for e in after.entries] == [e.id for e in before.entries]
    assert len({e.id for e in after.entries}) == len(after.entries)
    db = store.open_db(db_path)
    aid, version = db.execute(
        "SELECT id, version FROM articles WHERE title = ?", [target["title"] + " (cập nhật)"]
    ).fetchone()
    assert version == 2
    edited = [e for e in after.entries if e.id == guid(aid)]
    if edited:  # among the newest 50
        assert edited[0].title.endswith("(cập nhật)")
    assert db.execute("SELECT count(*) FROM article_versions WHERE article_id = ?", [aid]).fetchone()[0] == 2


def test_feed_rows_filters_use_keys(fresh_db):
    fresh_db["sources"].insert({"id": "s", "name": "Liên đoàn Lao động tỉnh Sóc Trăng", "unit_level": "province",
                                "province": "Sóc Trăng", "province_new": "Cần Thơ", "url": "http://a.vn/",
                                "listing_urls": "[]"})
    store.save_article(fresh_db, {"url": "http://a.vn/1", "source_id": "s", "title": "T", "text": "x",
                                  "published": "2024-01-02T08:00:00+07:00", "province": "Sóc Trăng"})
    fresh_db.execute("UPDATE articles SET province_new = 'Cần Thơ'")
    fresh_db.conn.commit()
    for value in ("Sóc Trăng", "soc trang", "SOC-TRANG", "Cần Thơ", "can-tho"):
        assert len(store_pub.feed_rows(fresh_db, "all", filters={"province": value})) == 1, value
    assert store_pub.feed_rows(fresh_db, "all", filters={"province": "Hà Nội"}) == []
    with pytest.raises(ValueError):
        store_pub.feed_rows(fresh_db, "everything")


def test_static_and_live_feeds_have_the_same_items(served, published_db, tmp_path):
    from feeds.export import export

    export(store.open_db(published_db), tmp_path, served)
    static = parsed((tmp_path / "feeds" / "source" / "tld.rss").read_bytes())
    live = parsed(fetch(served + "/feeds/source/tld.rss")[2])
    assert [e.id for e in static.entries] == [e.id for e in live.entries]
    assert Path(tmp_path / "feeds" / "alerts" / "all.atom").exists()


def test_export_in_worker_processes_writes_what_one_process_writes(published_db, tmp_path):
    db = store.open_db(published_db)
    one, two = tmp_path / "one", tmp_path / "two"
    serial = export(db, one, "http://127.0.0.1:8001", workers=1)
    parallel = export(db, two, "http://127.0.0.1:8001", workers=2)
    assert (parallel.written, parallel.unchanged) == (serial.written, serial.unchanged) and serial.written > 20
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    for name in files:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name
    again = export(db, two, "http://127.0.0.1:8001", workers=2)
    assert again.written == 0 and again.unchanged == serial.written


@pytest.mark.parametrize("limit", [50, 3])
def test_combined_filters_select_what_their_definition_selects(published_db, limit):
    """A resolution or unit combined with a province: the newest articles that carry the tag and
    lie in the province (before or since 2025), newest first, whichever plan the query takes."""
    db = store.open_db(published_db)
    articles = db.execute(
        "SELECT id, coalesce(published, first_seen), province, province_new FROM articles"
    ).fetchall()
    resolution_tags = set(db.execute("SELECT article_id, resolution_key FROM article_resolutions").fetchall())
    unit_tags = set(db.execute("SELECT article_id, unit_id FROM article_units").fetchall())
    keys = sorted({key for _, key in resolution_tags})
    units = sorted({unit for _, unit in unit_tags})[:15]
    provinces = sorted({p for row in articles for p in row[2:] if p})
    assert keys and units and provinces
    checked = 0
    for name, values, tags in (("resolution", keys, resolution_tags), ("unit", units, unit_tags)):
        for value in values:
            for province in provinces:
                names = set(store_pub.province_names_matching(db, province) or [province])
                chosen = [(day or "", aid) for aid, day, old, new in articles
                          if (aid, value) in tags and (old in names or new in names)]
                chosen.sort(key=lambda r: r[1])
                chosen.sort(key=lambda r: r[0], reverse=True)
                expected = [aid for _, aid in chosen[:limit]]
                got = store_pub.feed_ids(db, "all", None, limit, {name: value, "province": province})
                assert got == expected, (name, value, province)
                checked += bool(expected)
    assert checked > 10
