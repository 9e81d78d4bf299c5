"""A grassroots union followed by its address in parentheses, whose last part is a typed district or province
("(Khu công nghiệp Amata, P.Long Bình, TP.Biên Hòa)"), lies in that district's province, where the source and the
passage place it no other way; an address whose last part is no place leaves it unplaced. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2019-04-02") if u.level == "grassroots"]


def test_the_last_part_a_city_of_one_province() -> None:
    text = ("Ông Nguyễn Văn Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH Hưng Phát (Khu công nghiệp Loteco, P.Long Bình, "
            "TP.Biên Hòa) cho biết công ty đã tăng lương cho công nhân.")
    assert grassroots(text) == [("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Hưng Phát", "Đồng Nai")]


def test_the_last_part_a_district() -> None:
    text = ("Ông Nguyễn Văn Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH Hưng Phát (Cụm công nghiệp Tân Hòa, xã Tân Hòa, "
            "huyện Phú Bình) cho biết công ty đã tăng lương cho công nhân.")
    assert grassroots(text) == [("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Hưng Phát", "Thái Nguyên")]


def test_an_address_ending_with_no_place_leaves_it_unplaced() -> None:
    text = ("Ông Nguyễn Văn Tâm, Chủ tịch Công đoàn cơ sở Công ty TNHH Hưng Phát (Khu công nghiệp Loteco, đường số 2) "
            "cho biết công ty đã tăng lương cho công nhân.")
    assert grassroots(text) == [("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Hưng Phát", None)]
