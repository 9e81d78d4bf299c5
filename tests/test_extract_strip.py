"""The page's noise removed without a Python step per node gives the tree its plain definition gives.

``strip_noise`` leaves comments, processing instructions and the never-text elements to lxml's
``strip_elements`` (their tails stay in place, beside the text before them) and finds the hidden
elements from their attributes with an XPath compiled once; the plain definition below removes each
node by ``_drop`` (its tail appended to the text before it), as the extractor always did. Both must
give the same serialised page and the same tag, attributes, text and tail for every element, on the
saved pages, the sample web's and a generated web's articles and listings, and random pages built
from every kind of node the removal meets. The XPath expressions the extractors run on every page
are compiled once.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from crawler.extract.article import ArticlePage, extract_article
from crawler.extract.html import DROP_TAGS, _drop, decode_html, hidden, parse, select, strip_noise
from crawler.extract.listing import extract_listing
from crawler.sampleweb import SampleWeb, generate
from tests.rendered import page_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))
PLAIN_HIDDEN = '//*[@hidden or contains(translate(@style," ",""),"display:none")]'


def plain_strip_noise(root):
    for el in root.xpath("//comment() | //processing-instruction()"):
        _drop(el)
    for el in list(root.iter(*DROP_TAGS)):
        _drop(el)
    for el in root.xpath(PLAIN_HIDDEN):
        _drop(el)
    return root


def assert_same_strip(html: str) -> int:
    """The two removals agree on ``html``; the number of nodes the plain one removed."""
    plain, ours = parse(html), parse(html)
    before = sum(1 for _ in plain.iter())
    plain_strip_noise(plain)
    assert strip_noise(ours) is ours
    assert lxml.html.tostring(ours, encoding="unicode") == lxml.html.tostring(plain, encoding="unicode")
    pairs = list(zip(plain.iter(), ours.iter(), strict=True))
    for a, b in pairs:
        assert (a.tag, dict(a.attrib), a.text, a.tail) == (b.tag, dict(b.attrib), b.text, b.tail)
    assert ours.text_content() == plain.text_content()
    assert list(ours.itertext()) == list(plain.itertext())
    return before - len(pairs)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_saved_pages_stripped_as_defined(path):
    assert_same_strip(decode_html(path.read_bytes())[0])


def _pages(web: SampleWeb) -> list[str]:
    """The web's article pages, then its listing pages."""
    return [page_html(web, page) for page in (*web.expected_articles(), *web.expected_listings())]


def test_sample_and_generated_pages_stripped_as_defined():
    today = date(2025, 11, 25)
    pages = _pages(SampleWeb(slow_delay=0, today=today)) + _pages(generate(6, 12, seed=3, slow_delay=0, today=today))
    removed = [assert_same_strip(html) for html in pages]
    assert len(pages) > 160 and sum(1 for n in removed if n) > 0.9 * len(pages)


# Every kind of node the removal meets, with and without tails, first in their parent or after
# another removed node, nested in each other.
NODES = [
    "<!-- a comment -->", "<!--x-->tail of a comment", "<?php echo 1 ?>", "<?php x ?>after a PI",
    "<script>var a = '<p>';</script>", "<script></script>tail of a script", "<style>p{}</style> t ",
    "<noscript><script>x</script>inside</noscript>after", "<iframe src='/x'></iframe>", "<svg><g></g></svg>",
    "<template><p>t</p></template>tmpl tail", "<select><option>1</option><option>2</option></select>s",
    "<button>b</button>", "<input value='v'>in tail", "<marquee>m</marquee>", "<map><area></map>",
    '<div style="display:none">hidden div</div>after hidden', '<p style="display: none">h</p>',
    '<span hidden>h</span>tail', '<div style="x" hidden><b style="display:none">k</b>inner</div>outer',
    '<div style="DISPLAY:NONE">case</div>', '<p style="color:red">shown</p>', '<p title="display:none">l</p>',
    "<b>bold</b>", "plain text", " ", "<br>", "<img src='/i.png'>img tail", "<a href='/a'>link</a>",
    "<em>Lao đ\u1ed9ng</em> ở Hà Nội", "&amp; &lt;x&gt;", "\u00a0nbsp\u00a0",
]
WRAPPERS = ["<div>{}</div>", "<p>{}</p>", "<td>{}</td>", "<span>{}</span>{}", "{}", "<ul><li>{}</li></ul>"]


def _random_page(rng: random.Random) -> str:
    def fragment(depth: int) -> str:
        parts = []
        for _ in range(rng.randrange(1, 6)):
            if depth < 3 and rng.random() < 0.3:
                wrapper = rng.choice(WRAPPERS)
                parts.append(wrapper.format(*[fragment(depth + 1) for _ in range(wrapper.count("{}"))]))
            else:
                parts.append(rng.choice(NODES))
        return "".join(parts)

    head = rng.choice(["", "<!-- head -->", "<script>h</script><style>s</style>", "<title>T</title>"])
    return f"{rng.choice(['', '<!-- before -->'])}<html><head>{head}</head><body>{fragment(0)}</body></html>"


def test_random_pages_stripped_as_defined():
    rng = random.Random(11)
    removed = [assert_same_strip(_random_page(rng)) for _ in range(1500)]
    assert sum(1 for n in removed if n >= 3) > 1000


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_hidden_found_from_their_attributes(path):
    pages = [decode_html(path.read_bytes())[0], _random_page(random.Random(path.name))]
    for html in pages:
        root = parse(html)
        ours, plain = hidden(root), root.xpath(PLAIN_HIDDEN)
        assert len(ours) == len(plain) and all(a is b for a, b in zip(ours, plain, strict=True))


def test_no_xpath_compiled_per_page(monkeypatch):
    """strip_noise, the article and listing extractors and the families' selectors evaluate XPath
    objects compiled once: the elements' ``xpath`` method and a new ``etree.XPath`` are never
    called for a page (before, each page compiled several)."""
    web = generate(1, 3, seed=5, slow_delay=0, today=date(2025, 11, 25))
    html, listing = _pages(web)[0], _pages(web)[-1]
    hints = (".entry-content", "[id$='_lblContent']", ".item-page .article-content")
    for css in hints:  # each selector's XPath compiled once, before the pages
        select(parse(html), css)
    expected = (extract_article(html, "http://example.org/a.html", body_hints=hints),
                extract_listing(listing, "http://example.org/tin-tuc"))

    def refused(*args, **kwargs):
        raise AssertionError("XPath compiled for a page")

    monkeypatch.setattr(lxml.html.HtmlElement, "xpath", refused)
    monkeypatch.setattr(etree, "XPath", refused)
    root = strip_noise(parse(html))
    assert not list(root.iter(*DROP_TAGS)) and not list(root.iter(etree.Comment))
    ours = (extract_article(html, "http://example.org/a.html", body_hints=hints),
            extract_listing(listing, "http://example.org/tin-tuc"))
    assert ours == expected and ours[0].text and ours[1].articles


def test_a_contains_selector_still_compiled_per_call():
    """``:contains()`` calls an extension function: its XPath is compiled for each call, so that it
    reads each document's text (a kept one mis-read the second document)."""
    first = parse("<html><body><p>Công đoàn</p><p>khác</p></body></html>")
    second = parse("<html><body><p>khác</p><p>Công đoàn cơ sở</p></body></html>")
    for _ in range(2):
        assert [p.text for p in select(first, "p:contains('Công')")] == ["Công đoàn"]
        assert [p.text for p in select(second, "p:contains('Công')")] == ["Công đoàn cơ sở"]


BASES = ["", '<base href="http://cdn.example.org/a/b/">', '<base href="/goc/">', '<base target="_blank">',
         '<base href="">', '<base href="http://x.org/1/"><base href="http://y.org/2/">', '<base href="http://[::1">']
LINKS = ['<a href="tin/1.html">a</a>', '<img src="../i.png">', '<a href="http://[bad">b</a>', '<a href="#top">c</a>',
         '<a href=" /x y ">d</a>', '<p style="background:url(bg.png)">e</p>', '<a href="mailto:a@b.vn">f</a>',
         '<form action="gui.aspx"><input value="1"></form>', "<p>no link</p>", '<a>g</a>']


TEXT = "Liên đoàn Lao động huyện Bình Lục tổ chức hội nghị, tổng kết công tác công đoàn năm 2025. " * 3


@pytest.mark.parametrize("seed", range(6))
def test_links_made_absolute_as_lxml_does(seed):
    rng = random.Random(seed)
    pages = [decode_html(path.read_bytes())[0] for path in PAGES[seed::6]]
    for _ in range(60):
        body = "".join(rng.choice(LINKS) for _ in range(rng.randrange(1, 8)))
        pages.append(f"<html><head>{rng.choice(BASES)}</head><body><div><p>{TEXT}</p>{body}<p>{TEXT}</p>"
                     f"{rng.choice(BASES)}</div></body></html>")
    compared = 0
    for html in pages:
        ours_page = ArticlePage(html, "http://example.org/tin-tuc/bai.html")
        ours_body = ours_page.body_element()
        if ours_body is None:
            continue
        plain_root = strip_noise(parse(html))
        plain_body = [el for el in plain_root.iter() if plain_root.getroottree().getpath(el)
                      == ours_page.root.getroottree().getpath(ours_body)][0]
        try:
            plain_body.make_links_absolute("http://example.org/tin-tuc/bai.html", resolve_base_href=True)
        except ValueError:
            pass
        assert ours_page._absolute(ours_body) is ours_body
        assert lxml.html.tostring(ours_page.root) == lxml.html.tostring(plain_root)
        compared += 1
    assert compared >= 60
