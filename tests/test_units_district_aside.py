"""A grassroots unit that neither the source nor the passage places takes the province of the district written in
parentheses after it with its type ("(huyện Mỹ Đức)"), when only one province has a district of that name; a
district several provinces have gives none. Every sentence here is composed for the test."""

from __future__ import annotations

import pytest

from tests import unit_tags


@pytest.mark.parametrize("text, name, province", [
    ("Công đoàn Trường THCS Hợp Thanh (huyện Mỹ Đức) đã tổ chức hội nghị cán bộ, viên chức.",
     "Công đoàn Trường THCS Hợp Thanh", "Hà Nội"),
    ("Công đoàn Trường Tiểu học Kim Đồng (quận Hoàn Kiếm) tổ chức hội thao cho đoàn viên.",
     "Công đoàn Trường Tiểu học Kim Đồng", "Hà Nội"),
])
def test_the_district_in_parentheses_places_the_unit(text: str, name: str, province: str) -> None:
    assert unit_tags.units(text, date="2024-10-01") == {(name, "grassroots", province)}


def test_a_district_several_provinces_have_places_nothing() -> None:
    text = "Công đoàn Trường THCS Nguyễn Trãi (huyện Châu Thành) tổ chức hội thao cho đoàn viên."
    assert unit_tags.units(text, date="2024-10-01") == {("Công đoàn Trường THCS Nguyễn Trãi", "grassroots", None)}
