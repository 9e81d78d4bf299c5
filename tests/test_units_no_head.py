"""A passage whose view can hold no head is tagged without the view and the reader (``may_name_head``): held to
HEAD searched in the view itself, on the recorded corpus, on its passages with every head taken out, and on
texts made to stress the view's joins (an abbreviation expanded, one in parentheses dropped, a glued "đ")."""

from __future__ import annotations

import re
import sys

import pytest

from enrich.unitheads import HEAD, _head_abbreviations, may_name_head
from enrich.units import SourceContext, tag_units
from enrich.unittext import View, _abbreviations
from tests import tagging_record

# every head's "đoàn" in any case, and the abbreviations that expand to a head, taken out of a passage
_HEADS = re.compile(r"(?i:đoàn)|Ðoàn|" + "|".join(re.escape(a) for a in sorted(_abbreviations()[1], key=len, reverse=True)
                                                  if "đoàn" in _abbreviations()[1][a].lower()))

MADE = [
    "", "đoàn", "ĐOÀN", "đOàN", "Ðoàn", "\u00d0OÀN", "Công đoan", "Cong doan", "LĐLĐ", "L\u00d0L\u00d0 tỉnh",
    "C\u00d0CS", "TLĐ", "NĐ-CP", "CĐ", "Công đ (AB)oàn", "Công đo (LĐ)àn cơ sở", "Công đoà (CĐCS)n", "Liên (AB CD) đoàn",
    "Công đ(AB)oàn", "Công (a) đoàn", "Côngđoàn", "xđoàn", "Huếđoàn", "Công đ\u00a0oàn", "Công đ  oàn", "Công đ’oàn",
    "Liên đoàn LĐ", "Nghiệp đ", "oàn", "(LĐLĐ) tỉnh", "Tổng Liên đoàn", "Lıên đoàn Lao động", "Công ty (TNHH) Đoàn Kết",
    "Đoàn Thanh niên", "Công ty Nam Đoàn", "TP.HCM (TP) và GTVT", "Bà Rịa - Vũng Tàu",
]


def _stripped(text: str) -> str:
    return _HEADS.sub("tổ chức", text)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    recorded = tagging_record.recorded_texts()
    return recorded + [_stripped(t) for t in recorded] + MADE + [m + " " + t for m in MADE for t in recorded[::97]]


def test_a_head_in_any_case_is_in_the_text_lower_cased() -> None:
    """HEAD reads "đoàn" case-insensitively: every character it reads as one of those letters lower-cases to it."""
    every = list(map(chr, range(sys.maxunicode + 1)))
    for letter in "đoàn":
        read = {c for c in every if re.fullmatch(f"(?i:{letter})", c)}
        assert read and all(c.lower() == letter for c in read)


def test_no_head_in_the_view_where_none_may_be(texts: list[str]) -> None:
    refused = 0
    for text in texts:
        if not may_name_head(text):
            refused += 1
            assert HEAD.search(View.of(text).text) is None, text[:200]
    assert refused > 1000


def test_the_made_joins_are_read() -> None:
    """The texts whose view makes a head of pieces are not refused (with the parentheses' test left out, or the
    case of "Đoàn" or "Ð", this fails)."""
    for text in ("Công đ (AB)oàn", "Công đo (LĐ)àn cơ sở", "Công đoà (CĐCS)n", "Công đ(AB)oàn", "CÔNG ĐOÀN", "Công \u00d0oàn", "công đOÀn", "Công ĐoÀN", "giai đoạn Công ĐOàn",
                 "Công đoÀN", "Đảng Công ĐOÀN", "LĐTBXH. CĐ",
                 "L\u00d0L\u00d0 tỉnh", "CĐCS X", "Côngđoàn", "Công Đoàn"):
        assert HEAD.search(View.of(text).text) is not None
        assert may_name_head(text)


def test_the_abbreviations_cover_every_expansion_with_a_head() -> None:
    pairs, others = _head_abbreviations()
    for abbr, expansion in _abbreviations()[1].items():
        if HEAD.search(expansion) is not None:
            assert any(pair in abbr for pair in pairs) or abbr in others or "đoàn" in abbr.lower(), abbr


def test_a_passage_without_a_head_is_tagged_as_the_reader_would() -> None:
    """The publisher alone, as the whole reading gives it: the same passage with an abbreviation in parentheses at its
    end (dropped from the view, but read by the whole path) is tagged alike."""
    source = SourceContext("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")
    checked = 0
    for name, inputs in list(tagging_record.recorded_inputs())[::5]:
        text, title = _stripped(inputs["text"]), _stripped(inputs["title"] or "")
        if may_name_head(title + "\n" + text):
            continue
        for src in (source, None):
            quick = tag_units(text, title=title, source=src, published=inputs["published"])
            whole = tag_units(text + " (AB)", title=title, source=src, published=inputs["published"])
            assert quick == whole, name
            checked += 1
    assert checked > 100
