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


@pytest.mark.parametrize("dash", [" - ", " – ", "-", "–"])
def test_a_district_sector_union_with_the_districts_dash_written_any_way(dash: str) -> None:
    """A district's name with a dash ("Bà Rịa - Vũng Tàu" is a province's; "Phan Rang - Tháp Chàm" a city's) is
    compared word by word with its tones: the dash is a word of its own however it is written."""
    text = f"Bà Nguyễn Thị Lan, Chủ tịch Công đoàn Y tế thành phố Phan Rang{dash}Tháp Chàm, báo cáo kết quả."
    found = [(u.unit_id, u.name, u.level, u.province) for u in tag(text, published="2018-05-02").units]
    assert found == [("cd-ninh-thuan--phan-rang-thap-cham--y-te", "Công đoàn Y tế thành phố Phan Rang - Tháp Chàm",
                      "sector", "Ninh Thuận")]


def test_tones_are_compared_with_the_dash_as_a_word() -> None:
    from enrich.unitresolve import tones_agree
    assert tones_agree("Phan Rang-Tháp Chàm", "Phan Rang - Tháp Chàm")
    assert tones_agree("Phan Rang–Tháp Chàm", "Phan Rang - Tháp Chàm")
    assert not tones_agree("Phan Răng-Tháp Chàm", "Phan Rang - Tháp Chàm")
