"""Find the article's content block by text density, link density and class cues."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from crawler.extract.html import BLOCK_TAGS, attr_words

POSITIVE = re.compile(
    r"(article|content|detail|chitiet|chi-tiet|noidung|noi-dung|news-?body|post|entry|main|"
    r"rtestate|body|fulltext|story|baiviet|bai-viet|text)"
)
NEGATIVE = re.compile(
    r"(comment|binhluan|sidebar|side-bar|widget|footer|header|menu|nav|breadcrumb|related|"
    r"lienquan|lien-quan|tinkhac|tin-khac|othernews|other-news|banner|advert|quangcao|"
    r"quang-cao|share|social|counter|thongke|thong-ke|visitor|truycap|weblink|lienket|"
    r"lien-ket|vanban|van-ban|marquee|slogan|ribbon|toolbar|pager|paging|pagination|tags?\b|"
    r"mostview|most-view|xemnhieu|xem-nhieu|hotnews|popup|modal|login|search|rightcol|"
    r"leftcol|col-right|col-left|box-right|box-left|s4-ribbon|ms-navframe|ms-quicklaunch)"
)
STRUCTURAL_NEGATIVE = frozenset({"nav", "footer", "aside", "header"})
CANDIDATE_TAGS = frozenset({"div", "td", "article", "section", "main", "body", "span", "font", "center"})


@dataclass
class Block:
    """A candidate content container with its score."""

    element: etree._Element
    score: float
    text_len: int
    link_len: int

    @property
    def link_density(self) -> float:
        return self.link_len / self.text_len if self.text_len else 1.0


def class_weight(el: etree._Element) -> float:
    """+25 for content-like id/class, -25 for chrome-like, 0 otherwise."""
    return words_weight(attr_words(el))


@lru_cache(maxsize=8192)
def words_weight(words: str) -> float:
    """``class_weight`` of an element whose id and class read ``words`` (see attr_words):
    remembered, as a page's elements repeat a few class names over and over."""
    if not words.strip():
        return 0.0
    weight = 0.0
    if POSITIVE.search(words):
        weight += 25
    if NEGATIVE.search(words):
        weight -= 25
    return weight


@lru_cache(maxsize=8192)
def _chrome_words(words: str) -> bool:
    """An element named like chrome and not like content."""
    return words_weight(words) < 0 and not POSITIVE.search(words)


def in_chrome(el: etree._Element) -> bool:
    """True when an ancestor is structural chrome (nav, footer, aside) or named like chrome."""
    for anc in el.iterancestors():
        if anc.tag in ("nav", "footer", "aside"):
            return True
        if _chrome_words(attr_words(anc)):
            return True
    return False


# An element's text, all its text nodes joined (what ``"".join(el.itertext())`` gives: comments
# and processing instructions are not text), read in one call instead of node by node in Python.
_TEXT = etree.XPath("string()", smart_strings=False)


def _own_text(el: etree._Element) -> str:
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        if child.tag not in BLOCK_TAGS:
            parts.append(_TEXT(child) if len(child) else (child.text or ""))  # a leaf's text is its text
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def paragraphs(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Elements carrying running text of their own (not via child blocks)."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "body", "html", "head", "title"):
            continue
        text = _own_text(el)
        if len(text) >= 25:
            yield el, text


def _collapsed_len(el: etree._Element) -> int:
    """The length of the element's text with its white space collapsed."""
    return len(" ".join(_TEXT(el).split()))


def _link_len(el: etree._Element, known: dict[etree._Element, int]) -> int:
    """The length of the text of the links in ``el``; each link's length remembered in ``known``,
    as a page's nested candidates hold the same links."""
    total = 0
    for a in el.iter("a"):
        length = known.get(a)
        if length is None:
            length = known[a] = _collapsed_len(a)
        total += length
    return total


def score_blocks(root: etree._Element) -> list[Block]:
    """Score containers: each paragraph feeds its ancestors, decaying with distance."""
    scores: dict[etree._Element, float] = {}
    for el, text in paragraphs(root):
        value = 1.0 + text.count(",") + min(len(text) / 100.0, 3.0)
        if text.rstrip().endswith((".", "!", "?", ":", ";", "”", '"')):
            value += 1.0
        el_for_score = el if el.tag in CANDIDATE_TAGS else el.getparent()
        depth = 0
        node = el_for_score
        while node is not None and depth < 4:
            if isinstance(node.tag, str) and node.tag in CANDIDATE_TAGS:
                scores[node] = scores.get(node, 0.0) + value / (1 + depth)
                depth += 1
            node = node.getparent()
    blocks = []
    links: dict[etree._Element, int] = {}
    for el, base in scores.items():
        text_len = _collapsed_len(el)
        if text_len < 80:
            continue
        link_len = _link_len(el, links)
        score = (base + class_weight(el) / 5.0) * (1.0 - min(link_len / text_len, 1.0))
        if el.tag in STRUCTURAL_NEGATIVE or in_chrome(el):
            score *= 0.2
        blocks.append(Block(el, score, text_len, link_len))
    blocks.sort(key=lambda b: b.score, reverse=True)
    return blocks


def best_block(root: etree._Element) -> Block | None:
    """The highest-scoring content block, widened to its parent when text is split across it."""
    blocks = score_blocks(root)
    if not blocks:
        return None
    top = blocks[0]
    parent = top.element.getparent()
    if parent is not None:
        for block in blocks[1:6]:
            if block.element.getparent() is parent and block.score >= 0.5 * top.score:
                widened = next((b for b in blocks if b.element is parent), None)
                if widened is not None and widened.link_density < 0.3:
                    return widened
                break
    return top
