"""The meta refresh middleware skips only pages that cannot hold a refresh: on every page, in
every encoding, it answers as Scrapy's own MetaRefreshMiddleware does."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler import settings as project
from crawler.guards import QuickMetaRefreshMiddleware, cannot_refresh

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))
URL = "http://portal.example.vn/tin-tuc/bai-1.html"

# Refreshes as pages write them, and look-alikes that are none.
REFRESHES = [
    '<meta http-equiv="refresh" content="0; url=/moi.html">',
    "<META HTTP-EQUIV='Refresh' CONTENT='0;URL=http://portal.example.vn/moi.html'>",
    '<meta http-equiv="refresh" content="0; url=/moi.html?tieu-de=Liên-đoàn">',
    '<meta content="3; url=/sau.html" http-equiv="REFRESH">',
    '<meta http-equiv="refresh" content="30; url=/cham.html">',  # too slow: not followed
    '<meta http-equiv="refresh" content="0">',  # no URL
    '<meta http-equiv="&#114;efresh" content="0; url=/entity.html">',
    '<!-- <meta http-equiv="refresh" content="0; url=/comment.html"> -->',
    '<noscript><meta http-equiv="refresh" content="0; url=/noscript.html"></noscript>',
    "<script>var refresh = 1;</script>",
]


def _middlewares() -> tuple[MetaRefreshMiddleware, QuickMetaRefreshMiddleware]:
    crawler = get_crawler(settings_dict={"METAREFRESH_MAXDELAY": project.METAREFRESH_MAXDELAY})
    return MetaRefreshMiddleware.from_crawler(crawler), QuickMetaRefreshMiddleware.from_crawler(crawler)


def _outcome(answer: object) -> object:
    if isinstance(answer, Request):
        return ("request", answer.url, answer.method, answer.meta.get("redirect_reasons"))
    return ("response", answer.url)


def _same(body: bytes, headers: dict[str, str]) -> bool:
    theirs, ours = _middlewares()
    request = Request(URL)
    answers = [
        mw.process_response(request, HtmlResponse(URL, body=body, headers=headers, request=request))
        for mw in (theirs, ours)
    ]
    assert _outcome(answers[0]) == _outcome(answers[1])
    return isinstance(answers[0], Request)


def _bodies(page: str) -> list[tuple[bytes, dict[str, str]]]:
    """A page in the encodings portals serve, declared or not."""
    out = [
        (page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}),
        (page.encode("utf-8"), {"Content-Type": "text/html"}),
        (b"\xef\xbb\xbf" + page.encode("utf-8"), {"Content-Type": "text/html; charset=windows-1252"}),
        (page.encode("utf-16"), {"Content-Type": "text/html; charset=utf-16"}),
        (page.encode("utf-16"), {"Content-Type": "text/html; charset=utf-8"}),
        (page.encode("utf-32"), {"Content-Type": "text/html; charset=utf-32"}),
        (page.encode("cp1258", "replace"), {"Content-Type": "text/html; charset=windows-1258"}),
        (page.encode("latin-1", "replace"), {"Content-Type": "text/html; charset=iso-8859-1"}),
        (page.encode("utf-7"), {"Content-Type": "text/html; charset=utf-7"}),
    ]
    return out


@pytest.mark.parametrize("refresh", REFRESHES)
@pytest.mark.parametrize("where", ["head", "mid", "late", "none"])
def test_same_answer_as_scrapy_with_and_without_refreshes(refresh, where):
    # 58 characters, 77 bytes in UTF-8: "mid" is within the 4,096 characters Scrapy reads but
    # past byte 4,096; "late" past the 4,096 characters.
    line = "<p>Liên đoàn Lao động huyện Bình Lục tổ chức hội nghị.</p>"
    before = {"head": 0, "mid": 55, "late": 80, "none": 80}[where]
    head = refresh if where == "head" else ""
    body = line * before + (refresh if where in ("mid", "late") else "") + line * 20
    page = f"<html><head><title>Tin</title>{head}</head><body>{body}</body></html>"
    followed = [_same(body, headers) for body, headers in _bodies(page)]
    if where in ("head", "mid") and "url=/moi" in refresh.lower():
        assert followed[:2] == [True, True]  # real refreshes are met, not only pages without one
    if where in ("late", "none"):
        assert not any(followed)


def test_pages_with_a_refresh_are_never_skipped():
    page = '<html><head><meta http-equiv="refresh" content="0; url=/moi.html"></head><body>x</body></html>'
    for body, headers in _bodies(page):
        assert not cannot_refresh(HtmlResponse(URL, body=body, headers=headers))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_saved_pages_answer_as_with_scrapy(path):
    body = path.read_bytes()
    for headers in ({"Content-Type": "text/html"}, {"Content-Type": "text/html; charset=utf-8"}):
        _same(body, headers)
    with_refresh = body.replace(b"<head>", b'<head><meta http-equiv="Refresh" content="0; url=/moi.html">', 1)
    assert _same(with_refresh, {"Content-Type": "text/html"}) == (with_refresh != body)
    # Saved pages without a refresh are skipped without being decoded.
    assert cannot_refresh(HtmlResponse(URL, body=body, headers={"Content-Type": "text/html; charset=utf-8"}))


def test_the_crawl_uses_it_in_place_of_scrapys():
    middlewares = project.DOWNLOADER_MIDDLEWARES
    assert middlewares["scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware"] is None
    assert middlewares["crawler.guards.QuickMetaRefreshMiddleware"] == 580
