"""Stage 3 helpers of the article cascade: the lead before the body, inline boxes inside it,
and chrome containers below it."""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.chrome import is_stop
from crawler.extract.html import attr_words
from crawler.extract.lines import Line
from crawler.textnorm import clean_line

MIN_TEXT = 200


_LEAD_CUES = re.compile(r"(sapo|lead|summary|tomtat|tom-tat|mota|mo-ta|intro|description|excerpt|chapeau)")


def lead_elements(body: etree._Element) -> list[etree._Element]:
    """The lead paragraph ("sapo") when it sits just before the body, outside it."""
    node: etree._Element | None = body
    for _ in range(3):
        if node is None:
            break
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str):
                continue
            if _LEAD_CUES.search(attr_words(sib)):
                return [sib]
            if len(clean_line(sib.text_content())) > 300:
                break
        node = node.getparent()
    return []


def article_resumes(rest: list[Line], kept: list[Line]) -> bool:
    """Whether running text of the article follows a stop heading: a long, link-free line whose
    element is a sibling of the article's paragraphs (related-news teasers sit in their own list)."""
    parents = {line.element.getparent() for line in kept if line.element is not None}
    for line in rest:
        if is_stop(line.text):
            return False
        if (
            len(line.text) >= 100
            and line.link_ratio < 0.2
            and line.element is not None
            and line.element.getparent() in parents
            and not any(len(clean_line(a.text_content())) >= 20 for a in line.element.iter("a"))
        ):
            return True  # a teaser carries its title link in the same element; a paragraph does not
    return False


def text_rich(el: etree._Element) -> bool:
    """An element with enough running text and few links to be an article body."""
    text = " ".join(el.text_content().split())
    if len(text) < MIN_TEXT:
        return False
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links / len(text) < 0.3


def is_chrome_element(el: etree._Element, body: etree._Element) -> bool:
    """A line whose element (below the body root) is a chrome container."""
    node: etree._Element | None = el
    while node is not None and node is not body:
        if node.tag in ("nav", "aside", "footer"):
            return True
        words = attr_words(node)
        if words.strip() and re.search(
            r"(share|social|related|tinkhac|tin-khac|lienquan|comment|tags?\b|print|toolbar|rating)",
            words,
        ):
            return True
        node = node.getparent()
    return False
