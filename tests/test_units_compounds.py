"""A capitalised word whose second syllable is written in lower case is one word of a name (word group
``compound``): no name ends between "Kỹ" and "thuật", nor between "Xuất" and "bản". Every sentence here is
composed for the test."""

from __future__ import annotations

import pytest

from crawler.textnorm import fold
from enrich import unitedge
from enrich.gazetteer import gazetteer
from enrich.unittext import tokens
from tests import unit_tags


@pytest.mark.parametrize("text, first, second", [
    ("Chủ tịch Công đoàn Công ty CP Kỹ thuật mới phát biểu.", "Kỹ", "thuật"),
    ("Công đoàn Trung tâm Học liệu – Nhà Xuất bản Đại học Thái Nguyên trao quà.", "Xuất", "bản"),
])
def test_no_name_ends_inside_the_compound(text: str, first: str, second: str) -> None:
    toks = tokens(text, text.index("Công ty" if "Công ty" in text else "Trung tâm"), unitedge.WINDOW)
    joined = unitedge.joined_after(text, fold(text), toks, gazetteer().words)
    at = next(i for i, t in enumerate(toks) if t[0] == first)
    assert toks[at + 1][0] == second and joined[at]


def test_the_name_keeps_its_lower_case_last_word() -> None:
    assert unit_tags.units("Ông Trần Hồng Thể (Chủ tịch Công đoàn Công ty CP Kỹ thuật mới), bà Lê Thị Kim Dung "
                           "nhận giải thưởng.", date="2014-07-02") == {
        ("Công đoàn Công ty Cổ phần Kỹ thuật mới", "grassroots", None)}


@pytest.mark.parametrize("text, name", [
    ("Đại hội Công đoàn Văn phòng Đảng - Đoàn thể\nĐại hội đã bầu Ban Chấp hành nhiệm kỳ mới.",
     "Công đoàn Văn phòng Đảng - Đoàn thể"),
    ("Ban Chấp hành Công đoàn Văn phòng Đảng – Đoàn thể nhiệm kỳ 2023 – 2028 ra mắt đại hội.",
     "Công đoàn Văn phòng Đảng – Đoàn thể"),
])
def test_a_mass_organisations_office_keeps_its_last_syllable(text: str, name: str) -> None:
    assert [(n, level) for n, level, _ in unit_tags.units(text, date="2023-05-10")] == [(name, "grassroots")]
