"""An alias ending in a bare place type ("Công đoàn các khu chế xuất và công nghiệp Thành phố", Hồ Chí Minh City's zones
union as the city writes it) does not stand before a province's or district's name: the type is that place's
("... thành phố Cần Thơ"), read by the zone rule (enrich/unitaliases.py). The zones' abbreviations joined by a dash
("KCX-KCN", "KCX - KCN", "KCN-KCX") are read spelt out, so that "CĐ các KCX-KCN TP" is the city's zones union as its
bare alias is, and "Công đoàn các KCX-KCN Hà Nội" another city's."""

import pytest

from enrich import tag

Unit = tuple[str, str, str | None]
HCM_ZONES = ("Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh", "sector", "Hồ Chí Minh")


def units(text: str) -> list[Unit]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2024-04-10").units]


@pytest.mark.parametrize("text, province", [
    ("Công đoàn các khu chế xuất và công nghiệp thành phố Cần Thơ tổ chức hội thi văn nghệ.", "Cần Thơ"),
    ("Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Thành phố Đà Nẵng phát biểu.", "Đà Nẵng"),
    ("Công đoàn các KCX-KCN thành phố Hải Phòng trao quà cho công nhân.", "Hải Phòng"),
])
def test_an_alias_ending_in_a_place_type_leaves_another_places_name_to_its_unit(text: str, province: str) -> None:
    found = units(text)
    assert len(found) == 1 and found[0][1:] == ("sector", province), found


@pytest.mark.parametrize("text", [
    "Công đoàn các khu chế xuất và công nghiệp Thành phố tổ chức hội thi văn nghệ.",
    "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp Thành phố Nguyễn Văn A phát biểu.",
    "Các đơn vị gửi danh sách đăng ký về Văn phòng CĐ các KCX-KCN TP từ nay đến ngày 30-4.",
    "Công đoàn các KCX - KCN TP.HCM tổ chức hội thi văn nghệ.",
])
def test_the_city_zones_union_written_bare_or_short(text: str) -> None:
    assert units(text) == [HCM_ZONES]


@pytest.mark.parametrize("text, unit", [
    ("Công đoàn KCN-KCX Đồng Nai trao quà cho công nhân.", ("sector", "Đồng Nai")),
    ("Công đoàn các KCX-KCN Hà Nội trao quà cho công nhân.", ("sector", "Hà Nội")),
])
def test_zone_abbreviations_joined_by_a_dash_are_one_zones_union(text: str, unit: tuple[str, str]) -> None:
    found = units(text)
    assert len(found) == 1 and found[0][1:] == unit, found


def test_the_zones_themselves_are_no_union() -> None:
    assert units("Hội thi tạo sân chơi cho công nhân làm việc trong các KCX-KCN TP.") == []
