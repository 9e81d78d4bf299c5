"""A province met inside a list of places ("Đoàn Đồng Tháp, TPHCM, Gia Lai, ...") says nothing about where a
unit is: a bare reference is not completed from it. A province named alone, or at the end of an address, still is."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag(title="", text=text, published="2010-08-13").units]


@pytest.mark.parametrize("text", [
    "Đoàn gồm 157 người thuộc đoàn các tỉnh như: Đoàn Đồng Tháp, TPHCM, Gia Lai, Phú Yên. "
    "Chủ tịch Công đoàn ngành Giáo dục phát biểu.",
    "Tham dự có các đoàn Bến Tre, thành phố Cần Thơ và Hậu Giang. Chủ tịch Công đoàn ngành Y tế phát biểu.",
    "Vận động viên các tỉnh Phú Yên, Quảng Ngãi, tỉnh Bình Định dự giải. Liên đoàn Lao động tỉnh trao giải.",
])
def test_a_province_in_a_list_of_places_completes_nothing(text: str) -> None:
    assert units(text) == []


@pytest.mark.parametrize("text", [
    "Chủ tịch Công đoàn ngành Giáo dục phát biểu tại hội nghị của tỉnh Gia Lai.",
    "Công đoàn ngành Giáo dục trao quà cho giáo viên ở xã Ia Grai, huyện Ia Grai, tỉnh Gia Lai.",
    "Công đoàn ngành Giáo dục trao quà cho giáo viên ở thành phố Pleiku, tỉnh Gia Lai, Việt Nam.",
])
def test_a_province_named_alone_or_in_an_address_still_completes(text: str) -> None:
    assert units(text) == [("Công đoàn ngành Giáo dục tỉnh Gia Lai", "Gia Lai")]
