"""A bare head ("Công đoàn Sở") after one body the passage wrote two ways, short with its province's abbreviation
and in full (enrich/unitshort.py ``named_before``, enrich/data/province_abbreviations.csv), and a name that a
dateline after a dash ends."""

import pytest

from enrich import tag
from enrich.stream import tag_record
from enrich.units import SourceContext
from enrich.unitshort import province_abbreviations

BAC_NINH = SourceContext(None, "province", "Bắc Ninh")


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(text, source=BAC_NINH, published="2022-10-20").units]


def test_a_department_written_short_with_its_provinces_abbreviation_and_in_full_is_one() -> None:
    text = ("Sở TT&TT AG - Chiều ngày 20/10 tại Hội trường Sở Thông tin và Truyền thông đã tổ chức họp mặt nữ công "
            "chức. Công đoàn Sở phối hợp cùng Chi đoàn tổ chức trò chơi.")
    record = {"id": "x", "text": text, "source": None, "date": "2022-10-20", "url": "https://sokhcn.angiang.gov.vn/a"}
    assert [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]] == [
        ("Công đoàn Sở Thông tin và Truyền thông tỉnh An Giang", "grassroots", "An Giang")]


def test_a_department_written_with_and_without_its_province_is_one() -> None:
    text = ("Sở Y tế tỉnh Bắc Ninh tổ chức hội nghị cán bộ. Tại hội trường Sở Y tế, Công đoàn Sở phối hợp với Chi "
            "đoàn tổ chức giải bóng đá.")
    assert units(text) == [("Công đoàn Sở Y tế tỉnh Bắc Ninh", "grassroots", "Bắc Ninh")]


def test_one_name_with_two_provinces_is_two_departments() -> None:
    text = ("Sở Y tế tỉnh Bắc Ninh và Sở Y tế tỉnh Bắc Giang ký kết hợp tác. Công đoàn Sở phối hợp với Chi đoàn tổ "
            "chức giải bóng đá.")
    assert not units(text)


@pytest.mark.parametrize("text", [
    "Công đoàn Trường THPT Nguyễn Trãi - Chiều ngày 20/10, trường tổ chức hội thi.",
    "Công đoàn Trường THPT Nguyễn Trãi - Sáng nay, trường tổ chức hội thi.",
])
def test_a_dateline_after_a_dash_ends_the_name(text: str) -> None:
    assert units(text) == [("Công đoàn Trường THPT Nguyễn Trãi", "grassroots", "Bắc Ninh")]


def test_every_abbreviation_names_a_province() -> None:
    from enrich.gazetteer import gazetteer

    assert province_abbreviations()
    for abbr, province in province_abbreviations().items():
        assert abbr.isupper() and gazetteer().find_province(province, None) is not None
