"""Work the unit tagger's view leaves out of a text: what is left out finds nothing there, and the view reads
as the full search would (texts composed at the edges of each pre-test, and the recorded corpus)."""

from __future__ import annotations

import re

import pytest

from enrich.catalog import DATA, read_csv
from enrich.unitheadings import _head_line, _shortest_head, head_lines
from tests import tagging_record


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def _split_heads() -> list[str]:
    return [row["word"] for row in read_csv(DATA / "unit_words.csv") if row["group"] == "split_head"]


def _head_line_texts() -> list[str]:
    """Lines at the edges of the line-start test: a head alone on its line (every head, any case, one character
    short, with spaces, tabs and other spaces around it), at the text's start, its end with and without a break,
    after "\\r", between empty lines and one after another, with a place on the next line or none."""
    heads = _split_heads()
    lines: list[str] = []
    for head in heads:
        lines += [head, head.upper(), head.lower(), head[1:], head[:-1], f"  {head}", f"{head} \t", f"\u00a0{head}\u3000",
                  f"\r{head}", f"{head}\r", f"x{head}", f"{head}x", f"{head} {head}", ""]
    places = ["Tỉnh Bắc Ninh", "THÀNH PHỐ HỒ CHÍ MINH", "huyện x", ""]
    out: list[str] = []
    for line in lines:
        for place in places:
            out += [f"{line}\n{place}", f"{line}\n{place}\n", f"Tin\n{line}\n{place}\n{line}\n{line}\n", line, f"{line}\n"]
    out.append("\n".join(lines))
    return out


def test_head_lines_are_the_patterns_matches(texts: list[str]) -> None:
    pattern = _head_line()
    assert len(pattern.pattern) > 10 and pattern.flags & re.MULTILINE
    for text in texts + _head_line_texts():
        for chunk in (text, text[1:], text[:-1]):
            assert [m.span(1) for m in head_lines(chunk)] == [m.span(1) for m in pattern.finditer(chunk)], chunk


def test_lines_too_short_for_a_head_match_nothing() -> None:
    """The lines left out (shorter than the shortest head) never match, whatever their characters."""
    pattern, shortest = _head_line(), _shortest_head()
    assert shortest == min(map(len, _split_heads()))
    for text in _head_line_texts():
        for line in text.split("\n"):
            for cut in range(shortest):
                assert pattern.match(line[:cut] + "\n") is None, line
