"""Work the unit tagger's view leaves out of a text: what is left out finds nothing there, and the view reads
as the full search would (texts composed at the edges of each pre-test, and the recorded corpus)."""

from __future__ import annotations

import re

import pytest

from enrich.catalog import DATA, read_csv
from enrich.unitheadings import _head_line, _shortest_head, head_lines
from enrich.unitspecial import anchored, other_spaces, special_needles
from enrich.unittext import _SPECIAL
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


def _special_texts() -> list[str]:
    """Texts at the edges of the special characters' needles: every white space but " " and "\\n" alone, after and
    before a space and a line break, two of them, before a parenthesis; parentheses with and without an abbreviation
    and a space before them, at the text's start and end; a ’ and a "đ" between letters, digits and signs."""
    out: list[str] = []
    for ch in other_spaces() + (" ", "\n"):
        out += [ch, f"a{ch}b", f" {ch}x", f"x{ch} ", f"{ch}{ch}", f"\n{ch}\n", f"x{ch}(LĐLĐ) tỉnh", f"{ch} (CĐCS)"]
    for paren in ("(LĐLĐ)", "(CĐ ngành)", "(ảnh)", "(L)", "(LĐ", "LĐ)", "()", "(TP. HCM)", "(A-B C&D.)"):
        out += [paren, f" {paren}", f"  {paren}", f"Liên đoàn Lao động {paren} tỉnh", f"x{paren}y", f"\n{paren}\n"]
    for a in ("a", "1", "_", " ", "ạ", "Đ", ""):
        for b in ("a", "1", "_", " ", "ễ", "Đ", ""):
            out += [f"{a}\u2019{b}", f"{a}đ{b}", f"Ea H{a}\u2019{b}leo", f"Huế{a}đ{b}ã"]
    return out


def test_special_matches_are_the_patterns(texts: list[str]) -> None:
    """The view's special characters found at their needles are the pattern's matches (``finditer``), on the recorded
    corpus and at the needles' edges."""
    needles = special_needles()
    for text in texts + _special_texts() + ["".join(_special_texts())]:
        assert [m.span() for m in anchored(_SPECIAL, text, needles)] == [m.span() for m in _SPECIAL.finditer(text)], text


def test_no_special_match_starts_away_from_the_needles() -> None:
    """Every place the pattern is not tried (no needle at any of its offsets) is one where it matches nothing."""
    assert set(_SPECIAL.groupindex) == {"paren", "space", "apos", "glued"}  # a new kind of special wants its needle
    assert {"\t", "\u00a0", "\r", "\u3000", "\u2028"} <= set(other_spaces()) and not {" ", "\n"} & set(other_spaces())
    needles = special_needles()
    for text in _special_texts():
        tried = {at - offset for needle, offsets in needles for offset in offsets
                 for at in range(len(text)) if text.startswith(needle, at) and at >= offset}
        for at in range(len(text) + 1):
            if at not in tried:
                assert _SPECIAL.match(text, at) is None, (text, at)
