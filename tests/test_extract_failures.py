"""Pages that cannot be extracted are recorded with the reason and never stop the crawl."""

from __future__ import annotations

import functools
import shutil
import sqlite3
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawler import store
from crawler.extract import extract_article
from tests.conftest import run_cli

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"

LISTING = """<html><head><meta charset="utf-8"><title>Tin hoạt động</title></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div class="list-news">
<div class="news-item"><h3><a href="/tin/hoi-nghi-trien-khai-nghi-quyet-so-35-cua-bo-chinh-tri-5663.html">Liên đoàn Lao động tỉnh quán triệt Nghị quyết số 35 của Bộ Chính trị</a></h3><p>27/12/2019</p><p>Nghị quyết 35 của Bộ Chính trị khóa XII khẳng định bảo vệ nền tảng tư tưởng của Đảng...</p></div>
<div class="news-item"><h3><a href="/tin/anh-hoat-dong-dai-hoi-cong-doan-co-so-nam-2024-5664.html">Ảnh hoạt động Đại hội Công đoàn cơ sở năm 2024 của các đơn vị</a></h3><p>20/12/2019</p><p>Một số hình ảnh tại Đại hội Công đoàn cơ sở các đơn vị trực thuộc...</p></div>
<div class="news-item"><h3><a href="/tin/trang-dang-cap-nhat-noi-dung-bai-viet-so-5665.html">Thông báo lịch tiếp công dân của Thường trực Liên đoàn Lao động tỉnh</a></h3><p>18/12/2019</p><p>Thường trực Liên đoàn Lao động tỉnh thông báo lịch tiếp công dân...</p></div>
</div></body></html>"""

# A photo gallery page: a title and pictures, no text to store.
NO_BODY = """<html><head><meta charset="utf-8"><title>Ảnh hoạt động</title></head><body>
<h1>Ảnh hoạt động Đại hội Công đoàn cơ sở năm 2024 của các đơn vị</h1><div class="gallery">
<img src="/a1.jpg"><img src="/a2.jpg"><img src="/a3.jpg"></div></body></html>"""


@pytest.fixture
def portal(tmp_path):
    root = tmp_path / "site"
    (root / "tin").mkdir(parents=True)
    (root / "tin-hoat-dong.html").write_text(LISTING, encoding="utf-8")
    shutil.copy(PAGES / "dnn" / "dnn-phuyen-nghi-quyet-35.html", root / "tin" / "hoi-nghi-trien-khai-nghi-quyet-so-35-cua-bo-chinh-tri-5663.html")
    (root / "tin" / "anh-hoat-dong-dai-hoi-cong-doan-co-so-nam-2024-5664.html").write_text(NO_BODY, encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    registry = tmp_path / "registry.toml"
    registry.write_text(
        f"""[[source]]
id = "ldld-thu-nghiem"
name = "Liên đoàn Lao động tỉnh Phú Yên"
unit_level = "province"
province = "Phú Yên"
url = "{base}/"
listing_urls = ["{base}/tin-hoat-dong.html"]
max_pages = 1
""",
        encoding="utf-8",
    )
    yield base, registry
    server.shutdown()


def test_unextractable_pages_are_recorded_with_their_reason(portal, tmp_path):
    base, registry = portal
    db = tmp_path / "crawl.db"
    result = run_cli("crawl", "--registry", str(registry), "--db", str(db), "--delay", "0", timeout=300)
    assert "Traceback" not in result.stderr
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT url, coalesce(extraction, outcome) FROM fetches WHERE kind = 'article'"))
        stored = [r[0] for r in conn.execute("SELECT title FROM articles")]
    assert rows[f"{base}/tin/hoi-nghi-trien-khai-nghi-quyet-so-35-cua-bo-chinh-tri-5663.html"] == "ok"
    assert rows[f"{base}/tin/anh-hoat-dong-dai-hoi-cong-doan-co-so-nam-2024-5664.html"] == "no_body"
    assert rows[f"{base}/tin/trang-dang-cap-nhat-noi-dung-bai-viet-so-5665.html"] == "http_404"
    assert stored == ["Liên đoàn Lao động tỉnh quán triệt Nghị quyết số 35 của Bộ Chính trị"]
    counts = store.extraction_outcomes(store.open_db(db), "ldld-thu-nghiem")
    assert counts == {"ok": 1, "no_body": 1}


def test_store_marks_the_latest_fetch_of_a_url(fresh_db):
    for run in (1, 2):
        store.record_fetch(fresh_db, run_id=run, source_id="s", url="http://x/1", kind="article", status=200, outcome="ok")
    store.record_extraction(fresh_db, "http://x/1", "no_date", run_id=2)
    rows = fresh_db.execute("SELECT run_id, extraction FROM fetches ORDER BY id").fetchall()
    assert rows == [(1, None), (2, "no_date")]
    assert store.extraction_outcomes(fresh_db, "s") == {"no_date": 1}


@pytest.mark.parametrize(
    "html",
    ["", "   ", "<html>", "<?xml version='1.0'?><root/>", "\x00\x01 binary \xff", "<html><body><p>" + "<b>" * 5000 + "x"],
)
def test_malformed_pages_never_raise(html):
    found = extract_article(html, "http://ldld.example.gov.vn/tin/1.html")
    assert found.text == "" or isinstance(found.text, str)
    assert found.title is None or isinstance(found.title, str)
