"""The unions of the three regional universities (Huế, Thái Nguyên, Đà Nẵng), each over its member schools' unions
under the education union, are sector unions of the gazetteer (enrich/data/units.csv), as the national universities'
are; a member school's union stays its own grassroots union."""

from __future__ import annotations

import pytest

from enrich import tag


def _units(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.name, u.level, u.province) for u in tag(text, published="2019-05-01").units)


@pytest.mark.parametrize(("text", "name", "province"), [
    ("Công đoàn Đại học Thái Nguyên tổ chức hội nghị cán bộ.", "Công đoàn Đại học Thái Nguyên", "Thái Nguyên"),
    ("Năm nay, Công đoàn ĐH Huế đăng cai hội thao.", "Công đoàn Đại học Huế", "Thừa Thiên Huế"),
    ("Đoàn đại biểu Công đoàn ĐHĐN dự hội nghị giao ban.", "Công đoàn Đại học Đà Nẵng", "Đà Nẵng"),
])
def test_a_regional_universitys_union_is_a_sector_union(text: str, name: str, province: str) -> None:
    assert _units(text) == [(name, "sector", province)]


def test_a_member_schools_union_stays_grassroots() -> None:
    units = _units("Công đoàn Trường Đại học Nông Lâm Huế tổ chức hội nghị cán bộ.")
    assert [(n, level) for n, level, _ in units] == [("Công đoàn Trường Đại học Nông Lâm Huế", "grassroots")]
