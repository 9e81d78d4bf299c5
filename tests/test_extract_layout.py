"""A listing's layout signature, with each element's shape remembered by its tag and classes, is
the one its plain definition (below: every shape worked out again) gives, on the saved listing
pages, the sample web's and a generated web's listings, and pages of random class names."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from pathlib import Path

from crawler.extract.html import decode_html, parse, strip_noise
from crawler.extract.listing import extract_listing
from crawler.incremental import NO_LINKS, layout_signature
from crawler.sampleweb import generate
from crawler.urls import canonicalize, join
from tests.rendered import page_html

LISTINGS = sorted((Path(__file__).parent / "fixtures" / "pages" / "listings").glob("*.html"))


def plain_layout_signature(html, base_url, urls, depth=4, sample=3):
    if not urls:
        return NO_LINKS
    wanted = {canonicalize(u) for u in urls}
    paths = []
    for a in parse(html).iter("a"):
        try:
            href = join(base_url, (a.get("href") or "").strip()).split("#")[0]
        except ValueError:
            continue
        if canonicalize(href) not in wanted:
            continue
        chain, el = [], a
        for _ in range(depth + 1):
            if el is None or not isinstance(el.tag, str):
                break
            tokens = sorted(t for t in (el.get("class") or "").split() if not any(c.isdigit() for c in t))
            chain.append(".".join([el.tag, *tokens]))
            el = el.getparent()
        path = "<".join(chain)
        if path not in paths:
            paths.append(path)
        if len(paths) >= sample:
            break
    return hashlib.sha1("|".join(paths).encode("utf-8")).hexdigest()[:16] if paths else NO_LINKS


def _listing_pages() -> list[tuple[str, str]]:
    pages = [(decode_html(p.read_bytes())[0], "http://example.org/tin-tuc/trang-2.html") for p in LISTINGS]
    web = generate(6, 12, seed=3, slow_delay=0, today=date(2025, 11, 25))
    return pages + [(page_html(web, page), page["url"]) for page in web.expected_listings()]


def test_listing_layouts_as_defined():
    signed = 0
    for _ in range(2):  # the second time from the remembered shapes
        for html, url in _listing_pages():
            urls = [a.url for a in extract_listing(html, url).articles]
            ours = layout_signature(html, url, urls)
            assert ours == plain_layout_signature(html, url, urls)
            signed += ours != NO_LINKS
    assert signed > 40


CLASSES = ["", "item", "news-item post-12", "  item\tnews ", "col-md-4 row", "x\u0663", "², news", "Item ITEM",
           "a b a", "tin-tuc", "post 12"]


def test_random_class_names_as_defined():
    rng = random.Random(4)
    for _ in range(300):
        items = []
        for n in range(rng.randrange(1, 8)):
            cls = rng.choice(CLASSES)
            items.append(f'<li class="{rng.choice(CLASSES)}"><div class="{cls}"><a class="{rng.choice(CLASSES)}" '
                         f'href="/tin/{n}.html">Tin {n}</a></div></li>')
        html = f'<html><body><div class="{rng.choice(CLASSES)}"><ul>{"".join(items)}</ul></div></body></html>'
        urls = [f"http://example.org/tin/{n}.html" for n in range(8)]
        assert layout_signature(html, "http://example.org/", urls) == plain_layout_signature(html, "http://example.org/", urls)


NOISE = [
    '<noscript><a href="/tin/{n}.html">Tin {n}</a></noscript>',
    '<div hidden><ul class="item"><li><a href="/tin/{n}.html">Tin {n}</a></li></ul></div>',
    '<p style="display : none"><a href="/tin/{n}.html">Tin {n}</a></p>',
    '<template><a href="/tin/{n}.html">Tin {n}</a></template>',
    '<svg><a href="/tin/{n}.html">Tin {n}</a></svg>',
    '<map name="m"><area href="/tin/{n}.html"><a href="/khac.html">Khác</a></map>',
    '<!-- <a href="/tin/{n}.html">Tin {n}</a> -->',
    '<script>document.write("<a href=/tin/{n}.html>x</a>")</script>',
    '<div style="color:red">tail</div>text',
    '<button><span>Xem</span></button>',
]


def _noisy_listing(rng: random.Random) -> str:
    items = []
    for n in range(rng.randrange(0, 9)):
        if rng.random() < 0.3:
            items.append(rng.choice(NOISE).format(n=n))
        items.append(f'<li class="{rng.choice(CLASSES)}"><div class="{rng.choice(CLASSES)}"><h3><a href="/tin/{n}.html">'
                     f'Liên đoàn Lao động tỉnh tổ chức hội nghị số {n} ngày {n + 1}/3/2025</a></h3></div></li>')
    if rng.random() < 0.5:
        items.insert(rng.randrange(len(items) + 1), rng.choice(NOISE).format(n=rng.randrange(9)))
    return f'<html><body><div class="{rng.choice(CLASSES)}"><ul>{"".join(items)}</ul></div></body></html>'


def test_the_listings_tree_serves_the_signature_as_a_second_parse_does():
    """The tree a listing was read from gives the same listing and, when it comes back (no link
    went with the noise), the signature a parse of the page gives; it does not come back when a
    link went with the noise. Saved, sample-web and generated listings, and random listings
    with links inside noise (noscript, hidden, templates, svg, maps) or beside it."""
    from crawler.extract.listing import extract_listing_tree
    from crawler.sampleweb import SampleWeb

    sample = SampleWeb(slow_delay=0, today=date(2025, 11, 25))
    pages = _listing_pages() + [(page_html(sample, page), page["url"]) for page in sample.expected_listings()]
    rng = random.Random(7)
    pages += [(_noisy_listing(rng), "http://example.org/tin-tuc/") for _ in range(600)]
    shared = apart = wrong = 0
    for html, url in pages:
        for selectors in ({}, {"article_links": "h3 a", "next_page": "a.next"}):
            listing, tree = extract_listing_tree(html, url, selectors)
            assert listing == extract_listing(html, url, selectors)
            stripped = strip_noise(parse(html))
            assert (tree is None) == (len(parse(html).xpath("//a")) != len(stripped.xpath("//a")))
            urls = [a.url for a in listing.articles]
            if tree is not None:
                assert layout_signature(html, url, urls, tree=tree) == plain_layout_signature(html, url, urls)
                shared += bool(urls)
            else:  # the stripped tree would have been wrong for some of these
                apart += bool(urls)
                wrong += layout_signature(html, url, urls, tree=stripped) != plain_layout_signature(html, url, urls)
    assert shared > 300 and apart > 100 and wrong > 20, (shared, apart, wrong)
