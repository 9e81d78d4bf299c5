"""Block scoring reads each candidate's text in one call and each link's text once a page, and
scores every block as its plain definition (below: every text node joined in Python, every link
of every candidate read again) does, on the saved pages, the sample web's and a generated web's
articles, and random pages of nested containers, links, comments and white space of every kind."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from crawler.extract import blocks
from crawler.extract.html import decode_html, parse, strip_noise
from crawler.sampleweb import SampleWeb, generate
from tests.rendered import page_html

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").rglob("*.html"))


def plain_score_blocks(root):
    scores = {}
    for el, text in blocks.paragraphs(root):
        value = 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)
        if text.rstrip().endswith((".", "!", "?", ":", ";", "”", '"')):
            value += 1.0
        node, depth = (el if el.tag in blocks.CANDIDATE_TAGS else el.getparent()), 0
        while node is not None and depth < 4:
            if isinstance(node.tag, str) and node.tag in blocks.CANDIDATE_TAGS:
                scores[node] = scores.get(node, 0.0) + value / (1 + depth)
                depth += 1
            node = node.getparent()
    out = []
    for el, base in scores.items():
        text_len = len(" ".join("".join(el.itertext()).split()))
        if text_len < 80:
            continue
        link_len = sum(len(" ".join("".join(a.itertext()).split())) for a in el.iter("a"))
        score = (base + blocks.class_weight(el) / 5.0) * (1.0 - min(link_len / text_len, 1.0))
        if el.tag in blocks.STRUCTURAL_NEGATIVE or blocks.in_chrome(el):
            score *= 0.2
        out.append(blocks.Block(el, score, text_len, link_len))
    out.sort(key=lambda b: b.score, reverse=True)
    return out


def assert_same_blocks(html: str, strip: bool = True) -> int:
    root = parse(html)
    if strip:
        strip_noise(root)
    ours, plain = blocks.score_blocks(root), plain_score_blocks(root)
    assert [(b.element, b.score, b.text_len, b.link_len) for b in ours] == \
        [(b.element, b.score, b.text_len, b.link_len) for b in plain]
    return len(ours)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_saved_pages_scored_as_defined(path):
    html = decode_html(path.read_bytes())[0]
    assert_same_blocks(html)
    assert_same_blocks(html, strip=False)  # comments and scripts left in


def test_sample_and_generated_articles_scored_as_defined():
    today = date(2025, 11, 25)
    counts = []
    for web in (SampleWeb(slow_delay=0, today=today), generate(6, 12, seed=3, slow_delay=0, today=today)):
        counts += [assert_same_blocks(page_html(web, page)) for page in web.expected_articles()]
    assert len(counts) > 80 and all(counts)


SPACES = [" ", "\u00a0", "\n", "\t", "\u2003", "\u3000", "\x1c", "", "  \n "]
WORDS = ["Công", "đoàn", "Lao động,", "năm 2025.", "x", "Hà Nội", "cơ sở", "(*)"]


def _text(rng: random.Random) -> str:
    return "".join(rng.choice(SPACES) + rng.choice(WORDS) for _ in range(rng.randrange(0, 12))) + rng.choice(SPACES)


def _random_page(rng: random.Random) -> str:
    def fragment(depth: int) -> str:
        parts = []
        for _ in range(rng.randrange(1, 5)):
            kind = rng.randrange(7)
            if kind == 0 and depth < 5:
                tag = rng.choice(["div", "td", "section", "span", "font", "article"])
                cls = rng.choice(["", ' class="content"', ' class="menu"', ' id="sidebar"'])
                parts.append(f"<{tag}{cls}>{fragment(depth + 1)}</{tag}>")
            elif kind == 1:
                parts.append(f"<a href='/t/{rng.randrange(99)}'>{_text(rng)}<b>{_text(rng)}</b></a>{_text(rng)}")
            elif kind == 2:
                parts.append(f"<!--{_text(rng)}-->")
            elif kind == 3 and depth < 5:
                parts.append(f"<p>{_text(rng)}{fragment(depth + 1)}{_text(rng)}</p>")
            else:
                parts.append(f"<p>{_text(rng)} {_text(rng)}, {_text(rng)}.</p>")
        return "".join(parts)

    return f"<html><body>{fragment(0)}</body></html>"


def test_random_pages_scored_as_defined():
    rng = random.Random(7)
    counts = [assert_same_blocks(_random_page(rng), strip=rng.random() < 0.5) for _ in range(600)]
    assert sum(1 for n in counts if n >= 2) > 200


def plain_paragraphs(root):
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "body", "html", "head", "title"):
            continue
        parts = [el.text or ""]
        for child in el:
            if not isinstance(child.tag, str):
                parts.append(child.tail or "")
                continue
            if child.tag not in blocks.BLOCK_TAGS:
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        text = " ".join("".join(parts).split())
        if len(text) >= 25:
            yield el, text


def test_paragraphs_as_defined():
    rng = random.Random(8)
    pages = [decode_html(path.read_bytes())[0] for path in PAGES] + [_random_page(rng) for _ in range(300)]
    found = 0
    for html in pages:
        for strip in (True, False):
            root = parse(html)
            if strip:
                strip_noise(root)
            ours, plain = list(blocks.paragraphs(root)), list(plain_paragraphs(root))
            assert ours == plain
            found += len(ours)
    assert found > 1000
