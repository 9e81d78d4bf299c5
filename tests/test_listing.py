"""Listing discovery on saved listing pages, selector overrides, and pagination forms."""

from __future__ import annotations

import pytest

from crawler.extract import extract_listing
from crawler.urls import canonicalize
from tests.eval import extraction as ev

CASES = ev.listing_cases()


@pytest.mark.parametrize("path, golden", CASES, ids=[p.stem for p, _ in CASES])
def test_listing_page(path, golden):
    listing = extract_listing(path.read_text(encoding="utf-8"), golden["url"])
    found = [canonicalize(u) for u in listing.urls]
    want = [canonicalize(u) for u in golden["article_urls"]]
    assert [u for u in want if u in found] == want  # every item, in page order
    allowed = set(want) | {canonicalize(u) for u in golden.get("also_articles", [])}
    assert [u for u in found if u not in allowed] == []
    expected_next = golden["next_url"]
    assert (canonicalize(listing.next_url) if listing.next_url else None) == (
        canonicalize(expected_next) if expected_next else None
    )


def test_registry_selectors_override_the_heuristics():
    path, golden = next((p, g) for p, g in CASES if p.stem == "vendor-trang")
    html = path.read_text(encoding="utf-8")
    selectors = {"article_links": ".col-side .box:first-child a", "next_page": '.phantrang a[href$="trang-4.html"]'}
    listing = extract_listing(html, golden["url"], selectors)
    assert listing.urls == golden["also_articles"]  # the sidebar, because the registry says so
    assert listing.next_url == golden["url"].replace("trang-2", "trang-4")


def test_a_bad_selector_falls_back_to_the_heuristics():
    path, golden = CASES[0]
    listing = extract_listing(path.read_text(encoding="utf-8"), golden["url"], {"article_links": "a[[["})
    assert [canonicalize(u) for u in listing.urls][: len(golden["article_urls"])] == [
        canonicalize(u) for u in golden["article_urls"]
    ]


@pytest.mark.parametrize(
    "url, pager, expected",
    [
        ("http://x.vn/tin?page=4", '<a href="?page=3">3</a><span class="active">4</span><a href="?page=5">5</a>', "http://x.vn/tin?page=5"),
        ("http://x.vn/category/tin/page/2/", '<a class="next page-numbers" href="/category/tin/page/3/">Sau »</a>', "http://x.vn/category/tin/page/3/"),
        ("http://x.vn/tin/trang-2", '<a href="/tin/trang-1">1</a><b class="current">2</b><a href="/tin/trang-3">3</a>', "http://x.vn/tin/trang-3"),
        ("http://x.vn/tin?start=20", '<li class="pagination-next"><a title="Tiếp" href="/tin?start=30">Tiếp</a></li>', "http://x.vn/tin?start=30"),
        ("http://x.vn/Pages/default.aspx?Page=2", '<a href="default.aspx?Page=1">1</a><span class="current">2</span><a href="default.aspx?Page=3">3</a>', "http://x.vn/Pages/default.aspx?Page=3"),
        ("http://x.vn/tabid/126/pageid/3/Default.aspx", '<a href="/tabid/126/pageid/2/Default.aspx">2</a><span class="current">3</span><a href="/tabid/126/pageid/4/Default.aspx">4</a>', "http://x.vn/tabid/126/pageid/4/Default.aspx"),
        ("http://x.vn/tin?p=5", '<a href="/tin?p=4">4</a><span class="active">5</span>', None),
    ],
)
def test_next_page_forms(url, pager, expected):
    items = "".join(
        f'<li><a href="/tin/bai-viet-so-{i}-ve-hoat-dong-cong-doan-{i}.html">Bài viết số {i} về hoạt động công đoàn cơ sở</a> <span>0{i}/03/2024</span></li>'
        for i in range(1, 8)
    )
    html = f"<html><body><ul class='list-news'>{items}</ul><div class='paging'>{pager}</div></body></html>"
    assert extract_listing(html, url).next_url == expected


def test_sample_web_listings_exactly(sampleweb):
    """Every listing page of the sample web: its articles, nothing else, and its next page."""
    import urllib.request

    from crawler.extract import decode_html

    for expected in sampleweb.expected_listings():
        with urllib.request.urlopen(expected["url"], timeout=30) as response:
            html, _ = decode_html(response.read(), response.headers.get("Content-Type"))
        listing = extract_listing(html, expected["url"])
        assert {canonicalize(u) for u in listing.urls} == {canonicalize(u) for u in expected["article_urls"]}, expected["url"]
        want_next = canonicalize(expected["next_url"]) if expected["next_url"] else None
        assert (canonicalize(listing.next_url) if listing.next_url else None) == want_next, expected["url"]


def test_the_page_s_remembered_shapes_find_the_items_the_plain_climb_finds():
    from crawler.extract.html import parse
    from crawler.extract.listing import _item_of, _Page

    links = 0
    for path, golden in CASES:
        root = parse(path.read_text(encoding="utf-8"))
        page = _Page(golden["url"])
        for a in root.iter("a"):
            assert _item_of(a, page.shape, page.shape_count) is _item_of(a), path.stem
            links += 1
    assert links > 200
