"""A commune's union whose name several provinces' communes share ("phường Đông Hải": a ward of the city of Hải Phòng
and one of Khánh Hòa province), on a page that places neither, is the one in a province of the one type the passage
writes its federation with alone ("Liên đoàn Lao động tỉnh"); with both types written, or a type no candidate has,
it stays unread. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units

TEXT = ("Sáng 20-10, Công đoàn phường Đông Hải tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Đồng chí Nguyễn Văn "
        "Hòa, Phó Chủ tịch Liên đoàn Lao động tỉnh dự và phát biểu chỉ đạo đại hội.")


def tags(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag_units(text, published="2025-10-21")]


def test_the_ward_of_the_province_its_federation_s_type_names() -> None:
    assert tags(TEXT) == [("Công đoàn phường Đông Hải", "commune", "Khánh Hòa"),
                          ("Liên đoàn Lao động tỉnh Khánh Hòa", "province", "Khánh Hòa")]


def test_the_ward_of_the_city_its_federation_s_type_names() -> None:
    text = TEXT.replace("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động thành phố")
    assert tags(text) == [("Công đoàn phường Đông Hải", "commune", "Hải Phòng"),
                          ("Liên đoàn Lao động thành phố Hải Phòng", "province", "Hải Phòng")]


def test_both_types_written_leave_it_unread() -> None:
    text = TEXT + " Liên đoàn Lao động thành phố gửi lẵng hoa chúc mừng."
    assert not [t for t in tags(text) if t[1] == "commune"]


def test_a_federation_named_with_its_province_is_no_bare_type() -> None:
    text = TEXT.replace("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh Gia Lai")
    assert not [t for t in tags(text) if t[1] == "commune"]
