"""The sample web over real HTTP: listings, articles, robots.txt, conditional GET, faults, mutations."""

from __future__ import annotations

import json
import tomllib
import unicodedata
import urllib.error
import urllib.request
import urllib.robotparser
from pathlib import Path

import lxml.html
import pytest

from crawler.sampleweb import SampleWeb, generate
from crawler.sampleweb.legacy import encode_cp1258
from crawler.sampleweb.model import clean_line

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
CONTENT = Path(__file__).resolve().parents[1] / "crawler" / "sampleweb" / "content"


def fetch(url: str, headers: dict | None = None, method: str = "GET"):
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def page_text(body: bytes, charset: str = "utf-8") -> str:
    """Visible text of a page (scripts and styles dropped), NFC, whitespace collapsed."""
    doc = lxml.html.fromstring(body.decode(charset))
    for node in doc.xpath("//script|//style"):
        node.drop_tree()
    return clean_line(doc.text_content())


@pytest.fixture(scope="module")
def web():
    with SampleWeb(slow_delay=0.05) as running:
        yield running


@pytest.fixture()
def fresh_web():
    with SampleWeb(slow_delay=0.0) as running:
        yield running


def served(web):
    return [p for p in web.portals if p.kind != "broken"]


def test_portal_kinds_and_families(web):
    kinds = {p.kind for p in web.portals}
    families = {p.family for p in web.portals}
    assert kinds == {"normal", "legacy", "slow", "broken"}
    assert {"sharepoint", "dnn", "wordpress", "joomla", "vendor", "generic"} <= families
    ids = [p.id for p in web.portals]
    assert {"binhluc-gov", "ldld-soc-trang", "tld", "ldld-an-giang"} <= set(ids)
    assert len(set(p.port for p in web.portals)) == len(web.portals)
    for p in web.portals:
        assert p.base_url.startswith("http://127.0.0.1:")


def test_every_listing_has_three_pages_linking_the_articles(web):
    listings = web.expected_listings()
    for portal in served(web):
        pages = [x for x in listings if x["source_id"] == portal.id]
        assert len(pages) >= 3, portal.id
        assert pages[0]["url"] == portal.listing_urls[0]
        for page in pages:
            status, _, body = fetch(page["url"])
            assert status == 200, page["url"]
            html = body.decode(portal.charset).replace("&amp;", "&")
            for url in page["article_urls"]:
                assert url.removeprefix(portal.base_url.rstrip("/")) in html, (page["url"], url)
            if page["next_url"]:
                assert page["next_url"].removeprefix(portal.base_url.rstrip("/")) in html
        assert pages[-1]["next_url"] is None


def test_every_article_answers_with_its_title(web):
    expected = web.expected_articles()
    assert len(expected) >= 11 * len(served(web))
    for art in expected:
        portal = web.portal(art["source_id"])
        status, headers, body = fetch(art["url"])
        assert status == 200, art["url"]
        text = unicodedata.normalize("NFC", body.decode(portal.charset))
        assert art["title"] in clean_line(text), art["url"]
        assert art["text"] and art["text"] == unicodedata.normalize("NFC", art["text"])
        for line in art["chrome"]:
            assert line not in art["text"]


def test_seed_articles_keep_their_text(web):
    seeds = {a["seed"]: a for a in web.expected_articles() if a["seed"]}
    assert len(seeds) == 5
    placed = {name[:3]: art["source_id"] for name, art in seeds.items()}
    assert placed == {
        "000": "binhluc-gov",
        "001": "ldld-soc-trang",
        "002": "tld",
        "003": "ldld-soc-trang",
        "004": "ldld-an-giang",
    }
    if not SEEDS.is_dir():
        pytest.skip("shared seeds not present")
    for name, art in seeds.items():
        seed_lines = {
            clean_line(x) for x in (SEEDS / name).read_text(encoding="utf-8").splitlines()
        }
        for line in art["text"].split("\n"):
            assert line in seed_lines, (name, line[:60])
        assert art["title"] in seed_lines


def test_seed_chrome_is_on_the_page_and_not_in_text(web):
    data = json.loads((CONTENT / "seeds.json").read_text(encoding="utf-8"))
    arts = {a["seed"]: a for a in web.expected_articles() if a["seed"]}
    for name, lines in data["seed_chrome"].items():
        art = arts[name]
        text = page_text(fetch(art["url"])[2])
        for line in map(clean_line, lines):
            assert line in text, (name, line)
            assert line in art["chrome"] or line in art["text"], (name, line)


def test_chrome_lines_are_on_the_page(web):
    for art in web.expected_articles()[::3]:
        portal = web.portal(art["source_id"])
        text = page_text(fetch(art["url"])[2], portal.charset)
        assert art["title"] in text
        for line in art["text"].split("\n") + art["chrome"]:
            assert line in text, (art["url"], line)


def test_robots_txt_allows_listings_and_articles(web):
    for portal in web.portals:
        status, headers, body = fetch(portal.url("/robots.txt"))
        assert status == 200
        assert headers["Content-Type"].startswith("text/plain")
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(body.decode().splitlines())
        assert "Disallow:" in body.decode()
        for url in portal.listing_urls:
            assert rp.can_fetch("UnionWatch", url), url
    for art in web.expected_articles():
        portal = web.portal(art["source_id"])
        rp = urllib.robotparser.RobotFileParser()
        rp.parse(fetch(portal.url("/robots.txt"))[2].decode().splitlines())
        assert rp.can_fetch("UnionWatch", art["url"])


def test_conditional_get_and_head(web):
    art = web.expected_articles()[0]
    listing = web.expected_listings()[0]["url"]
    for url in (art["url"], listing):
        status, headers, body = fetch(url)
        assert status == 200 and body
        etag, modified = headers["ETag"], headers["Last-Modified"]
        assert fetch(url, {"If-None-Match": etag})[0] == 304
        assert fetch(url, {"If-Modified-Since": modified})[0] == 304
        assert fetch(url, {"If-None-Match": '"other"'})[0] == 200
        status, head_headers, head_body = fetch(url, method="HEAD")
        assert status == 200 and head_body == b""
        assert head_headers["Content-Length"] == str(len(body))
        assert head_headers["ETag"] == etag


def test_unknown_path_is_404(web):
    for portal in served(web):
        assert fetch(portal.url("/khong-co-trang-nay.html"))[0] == 404


def test_legacy_portal_serves_windows_1258(web):
    portal = next(p for p in web.portals if p.kind == "legacy")
    art = next(a for a in web.expected_articles() if a["source_id"] == portal.id)
    status, headers, body = fetch(art["url"])
    assert "windows-1258" in headers["Content-Type"]
    assert b"charset=windows-1258" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    decoded = body.decode("cp1258")
    assert decoded != unicodedata.normalize("NFC", decoded)  # tones are combining marks
    text = clean_line(unicodedata.normalize("NFC", decoded))
    for line in art["text"].split("\n"):
        assert line in text
    sample = "Liên đoàn Lao động tỉnh Hà Tĩnh: “Tháng Công nhân” – ộ ặ ữ Ỵ"
    assert unicodedata.normalize("NFC", encode_cp1258(sample).decode("cp1258")) == sample


def test_slow_and_broken_portals(web):
    slow = next(p for p in web.portals if p.kind == "slow")
    assert fetch(slow.listing_urls[0])[0] == 200
    broken = next(p for p in web.portals if p.kind == "broken")
    assert fetch(broken.listing_urls[0])[0] in (500, 503)
    assert fetch(broken.url("/robots.txt"))[0] == 200


def test_refusing_portal():
    web = SampleWeb()
    broken = next(p for p in web.portals if p.kind == "broken")
    broken.broken_mode = "refuse"
    with web:
        with pytest.raises(urllib.error.URLError):
            urllib.request.urlopen(broken.listing_urls[0], timeout=5)


def test_registry_toml_lists_every_portal(web):
    data = tomllib.loads(web.registry_toml())
    sources = data["source"]
    assert [s["id"] for s in sources] == [p.id for p in web.portals]
    allowed = {
        "id",
        "name",
        "unit_level",
        "province",
        "district",
        "url",
        "listing_urls",
        "family",
        "active_from",
        "active_until",
        "unit_id",
        "allowed_domains",
        "max_pages",
        "delay",
        "evidence_url",
        "checked_on",
        "verified",
        "notes",
    }
    for src in sources:
        assert set(src) <= allowed
        assert src["verified"] is True
        assert src["url"] == src["evidence_url"]
        assert src["unit_level"] in ("national", "province", "district", "sector", "commune")
    by_id = {s["id"]: s for s in sources}
    assert by_id["binhluc-gov"]["unit_id"] == "ldld-ha-nam--binh-luc"
    assert by_id["binhluc-gov"]["district"] == "Bình Lục"
    assert by_id["ldld-soc-trang"]["family"] == "sharepoint"


def test_add_edit_and_layout_change_over_http(fresh_web):
    web = fresh_web
    portal = web.portal("ldld-nghe-an")
    listing = portal.listing_urls[0]
    _, headers, before = fetch(listing)

    new = web.add_article(
        "ldld-nghe-an",
        title="Công đoàn phường tổ chức Hội nghị người lao động năm 2026",
        body="Đoạn thứ nhất của bài mới.\n\nĐoạn thứ hai nhắc Nghị quyết số 02-NQ/TW.",
        author="Hoài Thu",
        byline="Hoài Thu",
        resolutions=["02-NQ/TW"],
    )
    page1 = next(x for x in web.expected_listings() if x["url"] == listing)
    assert page1["article_urls"][0] == new["url"]
    status, _, after = fetch(listing, {"If-None-Match": headers["ETag"]})
    assert status == 200 and after != before
    assert new["url"].removeprefix(portal.base_url.rstrip("/")) in after.decode()
    status, art_headers, body = fetch(new["url"])
    assert status == 200 and "Đoạn thứ hai" in body.decode()
    assert new["text"] == "Đoạn thứ nhất của bài mới.\nĐoạn thứ hai nhắc Nghị quyết số 02-NQ/TW."

    edited = web.edit_article(new["url"], body="Đoạn đã sửa.")
    assert edited["text"] == "Đoạn đã sửa."
    status, edited_headers, body = fetch(new["url"], {"If-None-Match": art_headers["ETag"]})
    assert status == 200 and "Đoạn đã sửa." in body.decode()
    assert edited_headers["ETag"] != art_headers["ETag"]

    _, _, v1 = fetch(listing)
    web.set_layout("ldld-nghe-an", "v2")
    _, _, v2 = fetch(listing)
    assert b'class="post ' in v1 and b'class="post ' not in v2
    assert new["url"].removeprefix(portal.base_url.rstrip("/")).encode() in v2


def test_generated_web_is_realistic_and_deterministic():
    a = generate(6, 12, seed=7)
    b = generate(6, 12, seed=7)
    assert [p.id for p in a.portals] == [p.id for p in b.portals]
    assert [x.title for x in a.portals[2].articles] == [x.title for x in b.portals[2].articles]
    with a:
        assert len(a.portals) == 6
        sizes = []
        for art in a.expected_articles()[::7]:
            status, _, body = fetch(art["url"])
            assert status == 200
            sizes.append(len(body))
        assert min(sizes) > 30_000 and max(sizes) < 130_000
        data = tomllib.loads(a.registry_toml())
        assert len(data["source"]) == 6


def test_cached_web_serves_rendered_pages_until_a_portal_changes():
    plain = generate(3, 8, seed=5)
    cached = generate(3, 8, seed=5, cache=True)
    with plain, cached:
        assert cached.warm() == 3 * 2 + len(cached.expected_listings()) + len(cached.expected_articles())
        pairs = list(zip(plain.expected_articles(), cached.expected_articles(), strict=True))
        for want, got in pairs[::3]:
            status, headers, body = fetch(got["url"])
            assert status == 200 and body == fetch(want["url"])[2]
            assert fetch(got["url"], {"If-None-Match": headers["ETag"]})[0] == 304
        url = cached.expected_articles()[0]["url"]
        cached.edit_article(url, title="Tiêu đề đã sửa sau khi đăng")
        assert "Tiêu đề đã sửa sau khi đăng" in fetch(url)[2].decode("utf-8")
