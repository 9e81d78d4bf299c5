"""A government bloc's union ("Công đoàn Khối Chính quyền ...", `sectors.csv` khoi-chinh-quyen) is a sector union at a
province, its type written or not, and the offices' grassroots union at a district, a town or a district's city (group
``province_bloc`` of enrich/data/unit_words.csv; enrich/unitmention.py ``province_sector_at``), as the sets label a
province's (b7u086) and a district's or a city's blocs (b34u023, b43u040)."""

from __future__ import annotations

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2017-06-02").units]


@pytest.mark.parametrize(("text", "unit"), [
    ("Giải nhì thuộc về công đoàn khối Chính quyền thành phố Cẩm Phả.",
     ("Công đoàn Khối Chính quyền thành phố Cẩm Phả", "grassroots", "Quảng Ninh")),
    ("Công đoàn Khối Chính quyền huyện Tiên Yên tổ chức hội thao.",
     ("Công đoàn Khối Chính quyền huyện Tiên Yên", "grassroots", "Quảng Ninh")),
    ("Công đoàn Khối Chính quyền thị xã Quảng Yên tổ chức hội thao.",
     ("Công đoàn Khối Chính quyền thị xã Quảng Yên", "grassroots", "Quảng Ninh")),
])
def test_a_districts_government_bloc_is_grassroots(text: str, unit: tuple[str, str, str | None]) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(("text", "unit"), [
    ("Công đoàn Khối Chính quyền tỉnh Hưng Yên tổ chức hội thao.",
     ("Công đoàn Khối Chính quyền tỉnh Hưng Yên", "sector", "Hưng Yên")),
    ("Công đoàn Khối Chính quyền thành phố Hải Phòng tổ chức hội thao.",
     ("Công đoàn Khối Chính quyền thành phố Hải Phòng", "sector", "Hải Phòng")),
    ("Công đoàn Khối Chính quyền Hải Phòng tổ chức hội thao.",  # the province's name without its type
     ("Công đoàn Khối Chính quyền thành phố Hải Phòng", "sector", "Hải Phòng")),
])
def test_a_provinces_government_bloc_stays_sector(text: str, unit: tuple[str, str, str | None]) -> None:
    assert units(text) == [unit]


def test_a_communes_committee_stays_as_before() -> None:
    assert units("Công đoàn UBND xã Hải Tiến tổ chức hội thao.") == [
        ("Công đoàn UBND xã Hải Tiến", "grassroots", None)]
