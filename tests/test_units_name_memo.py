"""A text's memo of its names' tokens (enrich/unitorgs.py ``TextMemo``), shared by the rules' reading of a name
(``organisation_span``, ``person_tail``) and the learned reader's of its end (``right_edge``), gives what each
reading gives alone, with names read one after another at every capitalised word of the recorded texts."""

from __future__ import annotations

import re

from enrich.gazetteer import gazetteer
from enrich.unitedge import right_edge
from enrich.unitends import person_tail
from enrich.unitnames import _LOCAL_TYPES, PROVINCE_TYPES
from enrich.unitorgs import (
    NAME_WINDOW,
    TextMemo,
    listed_at,
    name_tokens,
    organisation_span,
    phrase_end,
)
from enrich.unittext import View, starts_with, tokens
from tests import tagging_record

_CAPITAL = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ]")


def _texts() -> list[str]:
    return tagging_record.recorded_texts()


def test_names_read_with_a_shared_memo_as_each_alone() -> None:
    gaz = gazetteer()
    words = gaz.words

    def is_province(name: str) -> bool:  # as Reader._is_province
        return gaz.find_province(name, None) is not None

    spans = moved = 0
    for text in _texts()[::6]:
        view = View.of(text)
        text, folded = view.text, view.folded
        memo = TextMemo()
        for m in _CAPITAL.finditer(text):
            pos = m.start()
            for listed, described in ((False, False), (True, True)):
                alone = organisation_span(text, folded, pos, words, PROVINCE_TYPES, _LOCAL_TYPES, listed, described,
                                          is_province)
                shared = organisation_span(text, folded, pos, words, PROVINCE_TYPES, _LOCAL_TYPES, listed, described,
                                           is_province, memo)
                assert shared == alone, text[pos:pos + 80]
            if alone is None:
                continue
            first, end, _ = alone
            spans += 1
            assert person_tail(text, pos, first, end, words, name_tokens(text, first, memo)) \
                == person_tail(text, pos, first, end, words)
            edge = right_edge(text, folded, first, end, words, is_province, gaz.province_names, memo)
            assert edge == right_edge(text, folded, first, end, words, is_province, gaz.province_names), \
                text[first:first + 80]
            moved += edge != end
    assert spans > 5000 and moved > 500


def test_the_memo_keeps_what_a_fresh_reading_gives() -> None:
    words = gazetteer().words
    text = ("Công ty Cổ phần Phát triển Nhà Bà Rịa - Vũng Tàu và Sở Nông nghiệp và Phát triển nông thôn, "
            "Bệnh viện Phục hồi chức năng\nTrường THCS Trần Hưng Đạo")
    folded = View.of(text).folded
    memo = TextMemo()
    plain = []
    for _ in range(2):  # the second round reads what the first kept
        for m in re.finditer(r"\S+", text):
            at = m.start()
            expected = phrase_end(folded, at, words), starts_with(text, at, words.get("compound", ()), exact=True)
            assert listed_at(text, folded, at, words, memo) == expected
            assert name_tokens(text, at, memo) == tokens(text, at, NAME_WINDOW)
            plain.append(expected)
    assert len(memo.listed) == len(plain) // 2 and len(memo.tokens) == len(plain) // 2
    assert any(p is not None for p, _ in plain) and any(c is not None for _, c in plain)  # both kinds are read
