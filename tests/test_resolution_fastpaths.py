"""The quick paths of resolution tagging give what their plain definitions give: the fold of a
whole text and the search for document codes, on the recorded corpus and on texts made to stress
them (no code at all, codes at the ends of a text, odd spaces, upper case, no diacritics)."""

from __future__ import annotations

import random
import sys

import pytest

from enrich.citations import _CODE, _WALK, code_matches
from enrich.folding import (
    _NONE,
    _WHOLE,
    _quick_single_fold,
    fold_text,
    plain_fold_text,
    single_fold,
)
from tests import tagging_record

ODD = [
    "", "02-NQ/TW", "Nghị quyết số 02-NQ/TW", "NGHỊ QUYẾT SỐ 02-NQ/TW NGÀY 12/6/2021", "nghi quyet so 02-nq/tw",
    "Theo 13 CTr/TU và 13  CTr / TU,\n13\tctr\t/\ttu", "191/2013/NĐ-CP; 18-2019-TT-BGDĐT; 119/2004/TTLT/BTC-TLĐ",
    "Công văn số 41/TTg-QHĐP và 243/LĐLĐ", "NQ20/NQTW", "123456/QĐ-TTg 1234567-NQ/TW", "12a/QĐ-BCH 6b/NQ-BCH",
    "số\u00a002-NQ/TW, số\u202f03/CT\u2013TLĐ", "Ð 05-CT/TW", "1" + " " * 60 + "/QĐ-TTg", "1 a" + " " * 30 + "b /x",
    "- / - / 1/ 2- 3 /4 -5", "/ bắt đầu", "kết thúc 02-NQ/", "3/", "20" + "/" * 10, "Chỉ thị 05", "NQ 02 và CT 05", "5 HDLT/BTC-TLĐ, 12a ttlt/btc-tld", "7b\tnqlt /x",
    "Luật Công đoàn năm 2012, Điều lệ Công đoàn Việt Nam", "do Đại hội XIII của Đảng đề ra", "Văn kiện Đại hội",
]


def _texts() -> list[str]:
    out = []
    for _, inputs in tagging_record.recorded_inputs():
        out += [inputs["text"], inputs["title"] or ""]
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = _texts()
    rng = random.Random(7)
    made = []
    for text in corpus[:400]:  # halves, upper case, no diacritics, odd spaces
        made += [text[: len(text) // 2], text[len(text) // 2 :], text.upper(), plain_fold_text(text).folded,
                 text.replace(" ", "\u00a0", 5), text.replace(" ", "  ", 5)]
    for _ in range(300):  # separators, digits, letters and spaces thrown together
        made.append("".join(rng.choice("0123456789/-  \t\nnqtwctrhdabcđĐ.,") for _ in range(rng.randint(1, 120))))
    return corpus + made + ODD + [t * 3 for t in ODD]


def test_single_fold_is_quick_for_every_code_point() -> None:
    for code in range(0x10000):
        assert _quick_single_fold(code) == single_fold(chr(code)), hex(code)


def test_fold_at_once_is_the_plain_fold(texts: list[str]) -> None:
    for text in texts:
        assert fold_text(text) == plain_fold_text(text), text[:80]


def test_fold_at_once_on_every_code_point() -> None:
    """Each code point in a whole text, among Vietnamese letters and symbols, folds as the plain fold
    does, whether it folds to one character (the table) or not (the plain fold)."""
    letters = "Nghị quyết Đảng “Công đoàn” – số 02 ½ ﬁ Ð "
    rng = random.Random(11)
    codes = list(range(0x10000))
    rng.shuffle(codes)
    for i in range(0, len(codes), 64):
        text = letters + "".join(chr(c) for c in codes[i : i + 64]) + letters
        assert fold_text(text) == plain_fold_text(text)
    for code in range(0x10000):
        if single_fold(chr(code)) is None:
            continue
        for text in (letters + chr(code) * 3 + letters, chr(code) * _WHOLE):
            assert fold_text(text) == plain_fold_text(text), hex(code)
    assert _NONE >= 0x80


def test_fold_beyond_the_basic_plane_and_with_marks() -> None:
    cases = ["Công đoàn 😀" * 10, "Cộng" + "\u0301" * 3 + " đoàn" * 20, "\ud800 lẻ" * 20, "İ ẞ ǅ ﬀ Å Ω" * 10,
             "a\u0591b" * 40, "\u0f73" * 70, "\u2028\u2029" * 40]
    for text in cases:
        assert fold_text(text) == plain_fold_text(text)
    assert sys.maxunicode > 0xFFFF


def test_codes_found_as_by_finditer(texts: list[str]) -> None:
    for text in texts:
        folded = fold_text(text).folded
        expected = [(m.span(), m.groups()) for m in _CODE.finditer(folded)]
        assert [(m.span(), m.groups()) for m in code_matches(folded)] == expected, folded[:120]


def test_codes_far_from_their_separator_use_the_whole_search() -> None:
    folded = "so 12" + " " * (_WALK + 5) + "/qd-ttg va 13-nq/tw"
    assert [m.span() for m in code_matches(folded)] == [m.span() for m in _CODE.finditer(folded)]
    assert len(list(code_matches(folded))) == 2


def test_a_documents_derived_values_are_its_plain_ones_worked_out_once() -> None:
    """What the tagger derives from a catalog document (its title's words, term, plenum, family, locality) is
    the plain definition's value, and a second read gives the very object of the first: compiled, where a
    class keeps no instance dictionary, it is not worked out again on every read."""
    import re

    from crawler.textnorm import fold
    from enrich.catalog import _PLENUM, load_catalog, roman_value
    from enrich.citations import LOCAL_HEADS

    for res in load_catalog().resolutions:
        words = re.findall(r"\w+", fold(res.title))
        while words and words[0] in ("ve", "viec"):
            words = words[1:]
        assert res.title_words == tuple(words)
        term = re.search(r"khóa\s+([IVXLC]+|\d+)", res.term, re.IGNORECASE)
        assert res.term_number == (roman_value(term.group(1)) if term else None)
        plenum = _PLENUM.search(fold(res.issuer))
        assert res.plenum == (int(plenum.group(1)) if plenum else None)
        assert res.local == (fold(res.issuer_code.split("-")[0]) in LOCAL_HEADS)
        assert res.collision == ("collision" in res.category)
        family = " ".join(re.findall(r"\w+", fold(re.sub(r"\(.*?\)", "", res.title))))
        assert res.family == (family if res.category.startswith(("state-law", "union-charter")) else "")
        assert res.title_words is res.title_words and res.family is res.family
