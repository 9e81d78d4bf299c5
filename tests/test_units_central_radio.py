"""The national radio's union, "Công đoàn Đài Tiếng nói Việt Nam", is a central agency's union over its grassroots
unions: sector, no province (group ``central_office`` of enrich/data/unit_words.csv), as the sets label the central
agencies' unions (b11u016, b19u050, b43u016); written "Công đoàn cơ sở", or a department's, it stays grassroots."""

from __future__ import annotations

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2019-11-20").units]


@pytest.mark.parametrize("text", [
    "Ban Chấp hành Công đoàn Đài Tiếng nói Việt Nam tặng 200 suất quà cho phóng viên vùng lũ.",
    "Đại hội công đoàn Đài Tiếng nói Việt Nam nhiệm kỳ 2023 - 2028 bầu 15 ủy viên.",
])
def test_the_national_radios_union_is_sector(text: str) -> None:
    assert units(text) == [("Công đoàn Đài Tiếng nói Việt Nam", "sector", None)]


@pytest.mark.parametrize(("text", "unit"), [
    ("Công đoàn cơ sở Đài Tiếng nói Việt Nam tặng 200 suất quà.",
     ("Công đoàn cơ sở Đài Tiếng nói Việt Nam", "grassroots", None)),
    ("Công đoàn Ban Văn hóa Đài Tiếng nói Việt Nam tặng 200 suất quà.",
     ("Công đoàn Ban Văn hóa Đài Tiếng nói Việt Nam", "grassroots", None)),
    ("Công đoàn Đài Phát thanh và Truyền hình Bạc Liêu tặng 200 suất quà.",
     ("Công đoàn Đài Phát thanh và Truyền hình Bạc Liêu", "grassroots", "Bạc Liêu")),
])
def test_other_radios_and_the_grassroots_stay_grassroots(text: str, unit: tuple[str, str, str | None]) -> None:
    assert units(text) == [unit]
