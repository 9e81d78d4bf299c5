"""The quicker paths of extraction give exactly what their plain definitions give.

- ``repair_segments`` leaves text nodes that no repair changes to the page's NFC: held to the
  node-by-node definition (``repair_text`` of every node, then NFC of the page);
- ``parse`` classes every element in C: the pages read the same as with lxml.html's parser;
- the class-name weights, chrome checks and title similarities remembered or folded once agree
  with their definitions.
"""

from __future__ import annotations

import random
import re
from difflib import SequenceMatcher
from pathlib import Path

import lxml.html
import pytest

from crawler.extract import blocks, chrome, titles
from crawler.extract.article import extract_article
from crawler.extract.html import _SEGMENT, decode_html, parse, repair_segments, select
from crawler.textnorm import fold, nfc, repair_text

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))


def plain_repair_segments(html: str) -> str:
    def fix(match: re.Match[str]) -> str:
        return ">" + repair_text(match.group(1)) + "<"

    return nfc(_SEGMENT.sub(fix, html))


# Text nodes of every kind the repair meets: Unicode Vietnamese (composed and decomposed),
# TCVN3 and VNI font text, UTF-8 read as cp1252, invisible characters, combining marks that
# start a node (they compose with the ">" before them in the page's NFC), ">" inside text.
NODES = [
    "Liên đoàn Lao động huyện Bình Lục",
    "Lie\u0302n \u0111oa\u0300n Lao \u0111o\u0323\u0302ng",
    "Li\u00aan \u00ae\u00b5n Lao \u00ae\u00e9ng t\u00d6nh",  # TCVN3 bytes read as Latin-1
    "Coâng ñoaøn cô sôû",  # VNI
    "Li\u00c3\u00aan \u00c4\u0091o\u00c3\u00a0n Lao \u00c4\u0091\u00e1\u00bb\u0099ng",  # mojibake
    "Ch\u00e0o m\u1eebng \u200bng\u00e0y\u00ad h\u1ed9i",
    "\u0338 and \u0301 start",
    "a > b \u00e0 c",
    "Tin t\u1ee9c \u00bb S\u1ef1 ki\u1ec7n",
    "caf\u00e9 \u00a9 2025",
    "   ",
    "plain ascii",
]


def _page(rng: random.Random, n: int) -> str:
    parts = ['<html><head><title>T</title></head><body class="Ã¡">']
    for _ in range(n):
        tag = rng.choice(["p", "div", "span", "td"])
        parts.append(f"<{tag}>{rng.choice(NODES)}</{tag}>{rng.choice(['', ' ', rng.choice(NODES)])}")
    parts.append("</body></html>")
    return "".join(parts)


def test_repair_segments_is_the_node_by_node_repair_on_generated_pages():
    rng = random.Random(7)
    for n in range(1, 120):
        page = _page(rng, n)
        assert repair_segments(page) == plain_repair_segments(page)
    for node in NODES:
        for page in (f"<p>{node}</p>", f">{node}<", f"{node}<b>{node}</b>{node}", f"<p>{node}"):
            assert repair_segments(page) == plain_repair_segments(page)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_saved_pages_decode_and_parse_as_before(path):
    body = path.read_bytes()
    for text in (body.decode("utf-8", "replace"), body.decode("cp1252", "replace"), body.decode("latin-1")):
        assert repair_segments(text) == plain_repair_segments(text)
    html, _ = decode_html(body)
    ours, theirs = parse(html), lxml.html.document_fromstring(html)
    assert lxml.html.tostring(ours, encoding="unicode") == lxml.html.tostring(theirs, encoding="unicode")
    assert [el.tag for el in ours.iter()] == [el.tag for el in theirs.iter()]
    assert [el.text_content() for el in ours.iter("div", "p")] == [el.text_content() for el in theirs.iter("div", "p")]


def test_parse_gives_html_elements_with_their_methods():
    root = parse('<html><body><form action="/a"><input name="q"></form><!-- c --><a href="x">y</a></body></html>')
    assert all(isinstance(el, lxml.html.HtmlElement) for el in root.iter() if isinstance(el.tag, str))
    root.make_links_absolute("http://example.org/")
    assert root.cssselect("a")[0].get("href") == "http://example.org/x"
    assert root.xpath("//comment()")[0].__class__ is lxml.html.HtmlComment


def plain_class_weight(el) -> float:
    words = f"{el.get('id') or ''} {el.get('class') or ''}".lower()
    if not words.strip():
        return 0.0
    return (25.0 if blocks.POSITIVE.search(words) else 0.0) - (25.0 if blocks.NEGATIVE.search(words) else 0.0)


def plain_in_chrome(el) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "aside"):
            return True
        words = f"{anc.get('id') or ''} {anc.get('class') or ''}".lower()
        if plain_class_weight(anc) < 0 and not blocks.POSITIVE.search(words):
            return True
    return False


def plain_similar(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    if len(fa) >= 15 and len(fb) >= 15 and (fa in fb or fb in fa):
        return min(len(fa), len(fb)) / max(len(fa), len(fb)) * 0.5 + 0.5
    return SequenceMatcher(None, fa, fb).ratio()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_remembered_weights_and_chrome_checks_agree_with_their_definitions(path):
    root = parse(decode_html(path.read_bytes())[0])
    for el in root.iter():
        if isinstance(el.tag, str):
            assert blocks.class_weight(el) == plain_class_weight(el)
            assert blocks.in_chrome(el) == plain_in_chrome(el)
    found = titles.find_title(root)
    references = titles.page_title_parts(root)
    for el in root.iter("h1", "h2", "h3", "strong", "div"):
        text = " ".join(el.text_content().split())[:200]
        for ref in references:
            assert titles._similar(text, ref) == plain_similar(text, ref)
            assert titles._similar_folded(fold(text), fold(ref)) == plain_similar(text, ref)
    assert found is None or found.text


def plain_is_chrome(line: str) -> bool:
    exact, prefixes, stops = chrome.phrases()
    key = chrome._key(line)
    if not key or key in exact or key in stops:
        return True
    if len(key.split()) <= 8:
        rest = f" {key} "
        for phrase in sorted(exact, key=len, reverse=True):
            rest = rest.replace(f" {phrase} ", " ")
        if not rest.strip():
            return True
    return any(key.startswith(p) for p in prefixes)


def test_chrome_lines_as_defined():
    exact, prefixes, stops = chrome.phrases()
    lines = [*exact, *prefixes, *stops, "In bài Gửi bài viết", "Chia sẻ Facebook Zalo", "", " - ",
             "Lượt xem: 120", "Liên đoàn Lao động tỉnh tổ chức hội nghị"]
    lines += [f"{a} {b}" for a in list(exact)[:40] for b in ("", "tin", *list(exact)[:10])]
    for path in PAGES[:10]:
        article = extract_article(decode_html(path.read_bytes())[0], "http://example.org/a")
        lines += article.text.split("\n")
    for line in lines:
        assert chrome.is_chrome(line) == plain_is_chrome(line), line


SELECTORS = ["h1", "div.content p", "#main > .title", "a[href*='tin-tuc']", "td:nth-child(2)", "p:first-child",
             "ul li a", "div[class~=detail]", "*", "div >", "[[bad", "a:contains(x)", "::", ""]


@pytest.mark.parametrize("path", PAGES[:15], ids=lambda p: p.name)
def test_select_is_cssselect(path):
    root = parse(decode_html(path.read_bytes())[0])
    for css in SELECTORS * 2:  # the second time from the remembered translation
        try:
            expected = root.cssselect(css)
        except Exception as exc:  # noqa: BLE001 - the same rejection is expected
            with pytest.raises(type(exc)):
                select(root, css)
            continue
        assert select(root, css) == expected


def test_chrome_keys_are_the_folded_lines_without_punctuation():
    for line in ["Tin liên quan:", "  CHIA SẺ » Facebook | Zalo  ", "Lượt xem: 1.234", "", "-- --", "Bản in"] * 2:
        assert chrome._key(line) == chrome._PUNCT.sub(" ", fold(line)).strip()


def plain_shape(el) -> str:
    classes = el.get("class")
    if not classes:
        return f"{el.tag}."
    return f"{el.tag}.{'.'.join(sorted(t for t in classes.split() if not re.search(r'[0-9]', t)))}"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_listing_shapes_and_links_as_defined(path):
    from urllib.parse import urlsplit

    from crawler.extract import listing
    from crawler.urls import is_http, join

    root = parse(decode_html(path.read_bytes())[0])
    base = "http://example.org/tin-tuc/trang-2.html"
    for _ in range(2):  # the second time from what was remembered
        for el in root.iter():
            if isinstance(el.tag, str):
                assert listing._shape(el) == plain_shape(el)
        for a in root.iter("a", "link", "img"):
            href = (a.get("href") or a.get("src") or "").strip()
            if href and not href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
                url = join(base, href)
                plain = is_http(url) and not listing._ASSET.search(urlsplit(url).path)
                assert listing._page_url(url) == plain


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_a_leaf_text_content_is_its_text(path):
    for root in (parse(decode_html(path.read_bytes())[0]), lxml.html.document_fromstring(path.read_bytes())):
        for el in root.iter():
            if isinstance(el.tag, str) and not len(el):
                assert el.text_content() == (el.text or "")


HIDDEN_CASES = [
    '<div style="display:none">a</div>', '<div style="display: none">b</div>',
    '<p style="color:red; display :  none ;">c</p>', '<p style="DISPLAY:NONE">d</p>',
    '<p style="display:\tnone">e</p>', '<span hidden>f</span>', '<span hidden="hidden" style="">g</span>',
    '<div style="display:block"><p style="display:none">h</p>i</div>', '<p style="">j</p>',
    '<div style="x" hidden><b style="display:none">k</b></div>', '<p title="display:none">l</p>',
]


def _plain_hidden(root) -> list:
    return root.xpath('//*[@hidden or contains(translate(@style," ",""),"display:none")]')


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_hidden_elements_as_defined(path):
    from crawler.extract.html import hidden

    pages = [decode_html(path.read_bytes())[0]]
    rng = random.Random(path.name)
    pages.append("<html><body>" + "".join(rng.choice(HIDDEN_CASES) for _ in range(40)) + "</body></html>")
    for html in pages:
        root = parse(html)
        ours, theirs = hidden(root), _plain_hidden(root)
        assert len(ours) == len(theirs) and all(a is b for a, b in zip(ours, theirs, strict=True))
    assert len(_plain_hidden(parse(pages[1]))) > 0  # the generated page has hidden elements
