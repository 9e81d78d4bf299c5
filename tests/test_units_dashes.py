"""A name whose words a dash joins is one name however the dash is written, a hyphen or an en dash, spaced or not
("Việt - Nga", "Việt-Nga"): the gazetteer's aliases and the brands' forms (enrich/gazetteer.py ``dash_spellings``)."""

import pytest

from enrich import tag
from enrich.gazetteer import dash_spellings


def units(text: str) -> list[tuple[str, str, str]]:
    return sorted((u.unit_id, u.name, u.level) for u in tag(text, published="2025-08-06").units)


@pytest.mark.parametrize("dash", [" - ", " – ", "-", "–"])
def test_a_brands_union_with_its_dash_written_any_way(dash: str) -> None:
    text = f"Ông Hoàng Phúc Long, Chủ tịch Công Đoàn Liên doanh Việt{dash}Nga Vietsovpetro, trao học bổng."
    assert [(i, level) for i, _, level in units(text)] == [("cd-lien-doanh-viet-nga-vietsovpetro", "sector")]


@pytest.mark.parametrize("dash", [" - ", " – ", "-", "–"])
def test_a_gazetteer_union_with_its_dash_written_any_way(dash: str) -> None:
    text = f"Chủ tịch Công đoàn Than{dash}Khoáng sản Việt Nam phát biểu tại hội nghị."
    assert units(text) == [("cd-than-khoang-san", "Công đoàn Than - Khoáng sản Việt Nam", "sector")]


def test_the_spellings_of_a_dash() -> None:
    assert dash_spellings("liên doanh việt - nga") == [
        "liên doanh việt - nga", "liên doanh việt – nga", "liên doanh việt-nga", "liên doanh việt–nga"]
    assert dash_spellings("bà rịa-vũng tàu") == ["bà rịa-vũng tàu"]
