"""A school's pages on a school-site platform (enrich/data/school_platforms.csv: "edu.viettel.vn/hni-socson-mntrunggia")
are placed by the district the path names after the province's code, when one district only has that name."""

import pytest

from enrich.presshosts import host_province
from enrich.stream import tag_record


def test_a_school_on_the_platform_is_placed_by_its_path_s_district() -> None:
    record = {"id": "r1", "date": "2021", "url": "https://edu.viettel.vn/hpg-tienlang-mnquangphuc/tin-tuc/hoi-nghi.html",
              "text": "Ngày 20/5, công đoàn trường mầm non Quang Phục tổ chức hội nghị tổng kết năm học."}
    assert [(u["name"], u["province"]) for u in tag_record(record, [])["units"]] == [
        ("Công đoàn Trường Mầm non Quang Phục", "Hải Phòng")]


def test_a_district_abolished_in_2025_is_read_in_its_new_province() -> None:
    assert host_province("https://edu.viettel.vn/bdh-phucat-thphucat1/tin-tuc/a.html", "2025-09-01") == "Gia Lai"
    assert host_province("https://edu.viettel.vn/bdh-phucat-thphucat1/tin-tuc/a.html", "2024-09-01") == "Bình Định"


@pytest.mark.parametrize("url", [
    "https://edu.viettel.vn/vlg-chauthanh-thcsan/tin-tuc/a.html",  # a name several districts share
    "https://edu.viettel.vn/tin-tuc/a.html",  # no school's path
    "https://example.vn/hni-socson-mntrunggia/tin-tuc/a.html",  # not a listed platform
])
def test_no_province_from_another_path(url: str) -> None:
    assert host_province(url, "2021-09-10") is None
