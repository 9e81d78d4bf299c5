"""The title choice gives the title its plain definition gives, on every page we have.

The plain definition (below) walks every candidate tag, reads the text of every short element and
scores every candidate in full; ``titles.find_title`` skips what cannot change the answer (a long
text known to be longer than every key from a prefix, the metadata comparison and the link and
ancestor checks of a candidate that cannot beat the best so far). Both must choose the same
element with the same text on the saved pages, the sample web's and a generated web's articles,
and random pages built to make candidates tie and lose in every way.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from crawler.extract import titles
from crawler.extract.blocks import in_chrome
from crawler.extract.html import attr_words, decode_html, parse, strip_noise
from crawler.sampleweb import SampleWeb, generate
from crawler.textnorm import clean_line, fold
from tests.rendered import page_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))


def plain_candidates(root, references):
    keys = {fold(r) for r in references if len(r) >= 15}
    lengths = {len(k) for k in keys}
    shortest = min(lengths, default=0)
    found = []
    for el in root.iter(*titles.HEADING_TAGS, *titles._INLINE_TITLE_TAGS):
        if el.tag in titles.HEADING_TAGS:
            found.append(el)
        elif titles._TITLE_CUES.search(attr_words(el)):
            found.append(el)
        elif len(el) <= 3 and keys:
            raw = el.text_content()
            if len(raw) < shortest:
                continue
            text = clean_line(raw)
            if len(text) in lengths and fold(text) in keys:
                found.append(el)
    return found


def plain_heading_score(el, text):
    score = 0.0
    score += {"h1": 3, "h2": 2, "h3": 1, "h4": 1}.get(el.tag, 0)
    if titles._TITLE_CUES.search(attr_words(el)):
        score += 2
    words = len(text.split())
    if words >= 6:
        score += 2
    elif words <= 3:
        score -= 3
    if text.isupper():
        score -= 2
    links = list(el.iter("a"))
    if links and len(clean_line(" ".join(a.text_content() for a in links))) >= 0.8 * len(text):
        score -= 2
    if in_chrome(el):
        score -= 5
    return score


def plain_find_title(root):
    meta = titles._meta(root, "og:title", "twitter:title", "title", "dc.title")
    parts = titles.page_title_parts(root)
    references = [t for t in [meta, *parts] if t]
    best = None
    for el in plain_candidates(root, references):
        text = clean_line(el.text_content())
        if not (8 <= len(text) <= 400):
            continue
        similarity = max((titles._similar_folded(fold(text), fold(ref), titles.MATCH) for ref in references), default=0.0)
        score = plain_heading_score(el, text) + (8 * similarity if similarity >= titles.MATCH else 0)
        if best is None or score > best[0]:
            best = (score, titles.Title(text, el))
    if best is not None and best[0] >= 3:
        return best[1]
    if meta:
        return titles.Title(meta, None)
    if best is not None and best[0] > 0:
        return best[1]
    if parts:
        return titles.Title(parts[0], None)
    return None


def assert_same_title(html: str) -> titles.Title | None:
    root = strip_noise(parse(html))
    ours, plain = titles.find_title(root), plain_find_title(root)
    assert (ours is None) == (plain is None)
    if ours is not None and plain is not None:
        assert ours.text == plain.text
        assert ours.element is plain.element
    return ours


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_saved_pages_get_the_plain_title(path):
    assert_same_title(decode_html(path.read_bytes())[0])


def _articles(web: SampleWeb) -> list[str]:
    return [page_html(web, page) for page in web.expected_articles()]


def test_sample_and_generated_articles_get_the_plain_title():
    today = date(2025, 11, 25)
    pages = _articles(SampleWeb(slow_delay=0, today=today)) + _articles(generate(6, 12, seed=3, slow_delay=0, today=today))
    found = [assert_same_title(html) for html in pages]
    assert len(pages) > 80 and sum(1 for t in found if t is not None and t.element is not None) > 0.9 * len(pages)


TITLE = "Liên đoàn Lao động huyện Bình Lục tổ chức Hội nghị tổng kết công tác năm 2025"
NEAR = "Liên đoàn Lao động huyện Bình Lục tổ chức hội nghị tổng kết năm 2025"
WRAPPERS = ['<div>{}</div>', '<div class="tieu-de">{}</div>', '<nav>{}</nav>', '<div class="menu">{}</div>',
            '<footer>{}</footer>', '<td>{}</td>', '<div id="Heading">{}</div>', '<div class="tenbaİ">{}</div>']
ITEMS = ['<h1>{t}</h1>', '<h2>{t}</h2>', '<h3 class="title">{t}</h3>', '<h4>{t}</h4>', '<strong>{t}</strong>',
         '<b>{t}</b>', '<span class="headline">{t}</span>', '<p>{t}</p>', '<font>{t}</font>',
         '<h2><a href="/x">{t}</a></h2>', '<h3><a href="/y">{t}</a> x</h3>', '<div><b>{t}</b></div>',
         '<p>{t}<br>{t}</p>', '<div>{t}<span></span><i></i><u></u></div>']


def _text(rng: random.Random) -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return TITLE
    if kind == 1:
        return NEAR
    if kind == 2:
        return TITLE.upper()
    if kind == 3:
        return " \u00a0\n".join(TITLE.split(" ")) + " " * rng.randrange(0, 400)  # spaced out
    if kind == 4:
        return "Tin liên quan"
    if kind == 5:
        return ("Nội dung bài viết dài " * rng.randrange(2, 60)).strip()
    if kind == 6:
        return " " * rng.randrange(150, 400) + TITLE + "\u200b" * rng.randrange(0, 3)
    if kind == 7:
        return "Cong doan co so " + "a\u0301 " * rng.randrange(5, 80)  # decomposed marks
    return rng.choice(["Hội nghị", "Thông báo mới nhất về hoạt động", TITLE[:40], TITLE + " - Tin tức"])


def _page(rng: random.Random) -> str:
    head = ""
    if rng.random() < 0.7:
        head += f"<title>{rng.choice([TITLE, NEAR, TITLE + ' | Cổng thông tin', 'Trang chủ'])}</title>"
    if rng.random() < 0.5:
        head += f'<meta property="og:title" content="{rng.choice([TITLE, NEAR, "Tin tức"])}">'
    body = []
    for _ in range(rng.randrange(1, 12)):
        item = rng.choice(ITEMS).format(t=_text(rng))
        if rng.random() < 0.4:
            item = rng.choice(WRAPPERS).format(item)
        body.append(item)
    return f"<html><head>{head}</head><body>{''.join(body)}</body></html>"


def test_random_pages_get_the_plain_title():
    rng = random.Random(11)
    chosen = {"heading": 0, "metadata": 0, "none": 0}
    for _ in range(800):
        found = assert_same_title(_page(rng))
        chosen["none" if found is None else "metadata" if found.element is None else "heading"] += 1
    assert min(chosen.values()) > 10  # every outcome is exercised


def test_a_long_text_is_only_called_longer_than_it_cleans():
    rng = random.Random(5)
    pieces = ["a", "Liên", "đoàn", "e\u0301", "\u0301", "\u200b", "\u00ad", " ", "  ", "\u00a0", "\n", "\t",
              "\u2003", "\u1100\u1161\u11a8", "\u0958", "\ufeff", "x" * 30]
    for _ in range(3000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 400)))
        limit = rng.randrange(1, 120)
        if titles._longer_than(raw, limit):
            assert len(clean_line(raw)) > limit
