"""Turn a content element into text lines, remembering how much of each line is link text."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from crawler.extract.html import BLOCK_TAGS
from crawler.textnorm import clean_line

CAPTION_CUES = ("caption", "chuthich", "chu-thich", "image_desc", "img-desc", "desc", "note")


@dataclass
class Line:
    """One line of visible text."""

    text: str
    link_chars: int = 0
    caption: bool = False
    element: etree._Element | None = field(default=None, repr=False)

    @property
    def link_ratio(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


class _Collector:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.caption = False
        self.element: etree._Element | None = None

    def text(self, value: str | None, in_link: bool) -> None:
        if value:
            self.parts.append(value)
            if in_link:
                self.link_chars += len(" ".join(value.split()))

    def flush(self) -> None:
        text = clean_line("".join(self.parts))
        if text:
            self.lines.append(
                Line(text, min(self.link_chars, len(text)), self.caption, self.element)
            )
        self.parts, self.link_chars, self.caption = [], 0, False


def _is_caption(el: etree._Element) -> bool:
    if el.tag == "figcaption":
        return True
    words = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return any(cue in words for cue in CAPTION_CUES)


def lines_of(root: etree._Element) -> list[Line]:
    """Visible text lines of ``root``: block elements and <br> break lines."""
    out = _Collector()

    def walk(el: etree._Element, in_link: bool, caption: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in BLOCK_TAGS
        if tag == "br":
            out.flush()
            return
        if is_block:
            out.flush()
            out.element = el
        here_caption = caption or (is_block and _is_caption(el))
        if here_caption:
            out.caption = True
        link = in_link or tag == "a"
        if isinstance(el.tag, str):
            out.text(el.text, link)
        for child in el:
            walk(child, link, here_caption)
            out.text(child.tail, link)
            if here_caption:
                out.caption = True
        if is_block:
            out.flush()

    walk(root, False, False)
    out.flush()
    return out.lines
