"""A school's own host in edu.vn ending with its province's name after a hyphen ("thcs-thainguyen-khanhhoa.edu.vn")
places its pages there: a school named after a person or a street ("Trường THCS Thái Nguyên") is not placed by the
province its name recalls."""

import pytest

from enrich.presshosts import host_province
from enrich.stream import tag_record


def test_a_schools_host_ending_with_its_province() -> None:
    record = {"id": "r1", "date": "2010-09-10", "url": "https://thcs-thainguyen-khanhhoa.edu.vn/TCDT-CD/News/191.aspx",
              "text": "Sáng ngày 10/9/2010, Công đoàn cơ sở trường THCS Thái Nguyên tổ chức Đại hội công đoàn cơ sở."}
    assert [(u["name"], u["province"]) for u in tag_record(record, [])["units"]] == [
        ("Công đoàn cơ sở Trường THCS Thái Nguyên", "Khánh Hòa")]


@pytest.mark.parametrize("url", [
    "https://thcs-nguyen-hue.edu.vn/",  # a person's name ending with Huế's: a province of one syllable is not read
    "https://thpt-thainguyen.edu.vn/",  # the school's name alone
    "https://thcs-thainguyen-khanhhoa.vn/",  # not in edu.vn
])
def test_no_province_from_a_schools_name(url: str) -> None:
    assert host_province(url, "2010-09-10") is None
