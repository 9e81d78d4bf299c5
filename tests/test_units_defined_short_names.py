"""A union named in full with its company's acronym and the last words of its name in parentheses right after it
("Công đoàn Công ty cổ phần Điện lực X (PC X)") is the union the passage then writes "Công đoàn PC X", one unit named
in full (enrich/unitsame.py ``defined_acronyms``), as an acronym alone in parentheses already was."""

from __future__ import annotations

import pytest

from enrich import tag


def units(text: str, title: str = "") -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title=title, text=text, source=None, published="2022-03-10").units]


@pytest.mark.parametrize(("title", "text", "unit"), [
    ("", "Công đoàn Công ty cổ phần Điện lực Bình Định (PC Bình Định) tổ chức hội thao. Công đoàn PC Bình Định trao giải.",
     ("Công đoàn Công ty cổ phần Điện lực Bình Định", "grassroots", "Bình Định")),
    ("Công đoàn Công ty Điện lực Hà Tĩnh (PC Hà Tĩnh) thăm hỏi công nhân",
     "Chủ tịch Công đoàn PC Hà Tĩnh trao quà cho 30 đoàn viên có hoàn cảnh khó khăn.",
     ("Công đoàn Công ty Điện lực Hà Tĩnh", "grassroots", "Hà Tĩnh")),
])
def test_the_short_name_defined_in_parentheses_is_the_union(title: str, text: str,
                                                            unit: tuple[str, str, str | None]) -> None:
    assert units(text, title) == [unit]


@pytest.mark.parametrize("text", [
    # another province's company in the parentheses and after them: two unions
    "Công đoàn Công ty Điện lực Gia Lai (PC Kon Tum) tổ chức hội thao. Công đoàn PC Kon Tum trao giải.",
    # the short name defined, another written later
    "Công đoàn Công ty Điện lực Gia Lai (PC Gia Lai) tổ chức hội thao. Công đoàn PC Kon Tum trao giải.",
])
def test_a_short_name_not_of_the_union_stays_another_unit(text: str) -> None:
    assert len(units(text)) == 2


def test_an_acronym_alone_in_parentheses_as_before() -> None:
    text = "Công đoàn Tổng Công ty Cơ khí Giao thông Vận tải Sài Gòn (SAMCO) trao quà. Công đoàn SAMCO thăm hỏi."
    assert units(text) == [("Công đoàn Tổng Công ty Cơ khí Giao thông Vận tải Sài Gòn", "sector", "Hồ Chí Minh")]
