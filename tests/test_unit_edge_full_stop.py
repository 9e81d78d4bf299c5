"""The learned reader never reads a name on past a sentence's full stop (enrich/unitedge.py ``_past_full_stop``):
"Công đoàn Sở Y tế dự. Ông A" is the rules' "Công đoàn Sở Y tế"; an abbreviation's dot is no full stop."""

import pytest

from enrich.unitedge import _past_full_stop
from enrich.unittext import tokens
from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Đại diện Công đoàn cơ sở Sở Y tế dự. Ông A phát biểu.", ["Công đoàn cơ sở Sở Y tế"]),
    ("Đại diện Công đoàn Sở Y tế dự. Ông A phát biểu.", ["Công đoàn Sở Y tế"]),
    ("Đại diện Công đoàn cơ sở Sở Tư pháp dự. Ông A phát biểu.", ["Công đoàn cơ sở Sở Tư pháp"]),
])
def test_a_name_ends_before_a_sentences_full_stop(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "stop"), [
    ("Sở Y tế dự. Ông A phát biểu", True),
    ("Cấp nước tp. Huế tổ chức", False),  # a lower-case abbreviation's dot
    ("Cấp nước TP. Huế tổ chức", False),  # a capitalised word before the dot
    ("Sở Y tế dự.Ông A", False),  # no space after the dot: not read as a sentence's end
])
def test_a_full_stop_is_a_dot_after_a_lower_case_word_before_a_space(text: str, stop: bool) -> None:
    toks = tokens(text, 0)
    assert _past_full_stop(text, toks, 1, len(toks)) is stop
