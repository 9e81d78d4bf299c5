"""Map offsets found in cleaned text back to the text a caller gave.

`unionwatch tag` cleans its input (NFC, invisible characters dropped, runs of spaces and NBSPs as
one space, lines stripped, blank lines dropped: ``crawler.textnorm.clean_text``) before tagging,
so evidence offsets must be carried back: cleaning only drops or merges white space and
invisible characters, and composes letters with their marks, so the two texts align greedily.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from crawler.textnorm import nfc


def _segments(raw: str) -> list[tuple[int, int]]:
    """Spans of a base character and the combining marks after it."""
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(raw):
        if spans and unicodedata.combining(ch):
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def alignment(raw: str, clean: str) -> list[tuple[int, int]] | None:
    """For each character of ``clean``, the span of ``raw`` it comes from; None if they differ
    in more than white space, invisible characters and composition."""
    normal: list[tuple[str, int, int]] = []
    for s, e in _segments(raw):
        for ch in nfc(raw[s:e]):
            normal.append((ch, s, e))
    out: list[tuple[int, int]] = []
    i = 0
    for ch in clean:
        while i < len(normal) and normal[i][0] != ch and not (ch.isspace() and normal[i][0].isspace()):
            if not normal[i][0].isspace():
                return None
            i += 1
        if i == len(normal):
            return None
        out.append((normal[i][1], normal[i][2]))
        i += 1
    return out


def remap(tags: list[dict[str, Any]], raw: str, clean: str) -> None:
    """Rewrite ``start``, ``end`` and ``evidence`` of tags found in ``clean`` to point into ``raw``."""
    if raw == clean:
        return
    spans = alignment(raw, clean)
    if spans is None:
        return
    for tag in tags:
        start, end = tag.get("start"), tag.get("end")
        if start is None or end is None or end <= start or end > len(spans):
            continue
        tag["start"], tag["end"] = spans[start][0], spans[end - 1][1]
        tag["evidence"] = raw[tag["start"] : tag["end"]]
