"""The listing reader's remembered parts against their plain definitions, element by element: a
leaf's text read without XPath, an item's signature built on its parent's, the children's shapes
counted once per parent, the item's dates found once. Saved pages, every page of the sample web
and of a generated web, and random pages of comments, processing instructions, entities,
nested and empty elements and class names with digits."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from crawler.dates import find_dates
from crawler.extract.html import decode_html, parse, strip_noise, text_content
from crawler.extract.listing import _Page, _shape_count, _signature
from crawler.sampleweb import SampleWeb, generate
from crawler.textnorm import clean_line
from tests.rendered import page_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))
TODAY = date(2025, 11, 25)
CLASSES = ["", "item", "news-item post-12", "  item\tnews ", "x\u0663", "², news", "Item ITEM", "a b a"]
INLINE = ["", "Tin 1", "  ", "\u00a0", "&amp; 12/3/2025", "<!-- c -->x", "<?pi x?>y", "<b>b</b>t", "<br>",
          "<span></span>z", "Ngày 05/11/2025 <i>mới</i>", "<img src='a.png'>", "<a href='/n'><span>N</span></a>"]


def _random_page(rng: random.Random) -> str:
    def block(depth: int) -> str:
        tag = rng.choice(["div", "ul", "li", "p", "span", "a", "td", "h3"])
        cls = f' class="{rng.choice(CLASSES)}"' if rng.random() < 0.6 else ""
        href = ' href="/tin/1.html"' if tag == "a" else ""
        inner = "".join(block(depth + 1) if depth < 4 and rng.random() < 0.4 else rng.choice(INLINE)
                        for _ in range(rng.randrange(0, 4)))
        return f"<{tag}{cls}{href}>{inner}</{tag}>{rng.choice(INLINE)}"
    return f"<html><body>{''.join(block(0) for _ in range(rng.randrange(1, 6)))}</body></html>"


def _pages() -> list[tuple[str, str]]:
    pages = [(decode_html(p.read_bytes())[0], "http://example.org/tin-tuc/") for p in PAGES]
    for web in (SampleWeb(slow_delay=0, today=TODAY), generate(6, 12, seed=3, slow_delay=0, today=TODAY)):
        pages += [(page_html(web, p), p["url"]) for p in web.expected_listings() + web.expected_articles()]
    rng = random.Random(12)
    return pages + [(_random_page(rng), "http://example.org/") for _ in range(500)]


def test_the_remembered_parts_are_their_definitions():
    rng = random.Random(3)
    elements = 0
    for html, url in _pages():
        root = strip_noise(parse(html)) if rng.random() < 0.5 else parse(html)
        page = _Page(url)
        nodes = [el for el in root.iter() if isinstance(el.tag, str)]
        rng.shuffle(nodes)  # ancestors' signatures remembered in any order
        for el in nodes:
            assert text_content(el) == el.text_content()
            assert page.signature(el) == _signature(el)
            if len(el):
                for shape in {page.shape(c) for c in el if isinstance(c.tag, str)} | {"div.", "x.y"}:
                    assert page.shape_count(el, shape) == _shape_count(el, shape)
            text, dates = page.item_dates(el)
            assert text == clean_line(el.text_content())
            assert [d.iso() for d in dates] == [d.iso() for d in find_dates(text[:400])]
            assert page.item_text(el) == (text, bool(dates))
        elements += len(nodes)
    assert elements > 40_000
