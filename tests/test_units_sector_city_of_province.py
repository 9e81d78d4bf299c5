"""A sector union of a city that bears its province's name ("Công đoàn Giáo dục thành phố Thái Bình", the city
Thái Bình of the province Thái Bình) is the district-level sector union of that city, as "Liên đoàn Lao động thành
phố Sóc Trăng" is the city's federation, not the province's (issue 6's scope): the province is named "tỉnh X". A
centrally-run city ("thành phố Hải Phòng") is the province, and "tỉnh X" or an untyped "X" stay the province's."""

import pytest

from enrich.stream import tag_record


def units(text: str, title: str | None = None) -> list[tuple[str, str, str, str | None]]:
    record = {"id": "x", "text": text, "title": title, "source": None, "date": "2019-10-02",
              "url": "http://example.vn/tin-tuc/hoi-nghi.html"}
    return [(u["id"], u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]
            if u["role"] != "publisher"]


@pytest.mark.parametrize("text, name, province", [
    ("Công đoàn Giáo dục thành phố Thái Bình tổ chức hội nghị cán bộ.", "Công đoàn Giáo dục thành phố Thái Bình",
     "Thái Bình"),
    ("Chủ tịch Công đoàn Y tế thành phố Hà Tĩnh phát biểu tại hội nghị.", "Công đoàn Y tế thành phố Hà Tĩnh",
     "Hà Tĩnh"),
])
def test_a_city_of_the_province_name_is_the_district_sector_union(text: str, name: str, province: str) -> None:
    found = units(text)
    assert [(n, level, p) for _, n, level, p in found] == [(name, "sector", province)]
    assert found[0][0] != units(text.replace("thành phố", "tỉnh"))[0][0]  # not the province's sector union


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Giáo dục tỉnh Thái Bình tổ chức hội nghị cán bộ.", "Công đoàn Giáo dục tỉnh Thái Bình"),
    ("Công đoàn ngành Giáo dục Thái Bình tổ chức hội nghị cán bộ.", "Công đoàn ngành Giáo dục tỉnh Thái Bình"),
    ("Công đoàn Giáo dục thành phố Hải Phòng tổ chức hội nghị cán bộ.", "Công đoàn Giáo dục thành phố Hải Phòng"),
])
def test_the_province_and_a_central_city_stay_provincial(text: str, name: str) -> None:
    assert [(n, level) for _, n, level, _ in units(text)] == [(name, "sector")]


def test_a_city_of_the_province_name_in_a_title_beside_the_province_union() -> None:
    text = "Chủ tịch Công đoàn Giáo dục tỉnh Thái Bình thăm Trường THPT thành phố Thái Bình."
    title = "Công đoàn Giáo dục tỉnh Thái Bình thăm trường học"
    assert [(n, level) for _, n, level, _ in units(text, title)] == [("Công đoàn Giáo dục tỉnh Thái Bình", "sector")]
