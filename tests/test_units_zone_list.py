"""Zones' unions listed under one "Công đoàn" head, each with its place ("Công đoàn Khu kinh tế Hải Phòng, Khu công
nghiệp và chế xuất Hà Nội", b38u034), are one union each (enrich/unitzonelist.py); a zone with no place of its own, or
one written in lower case after the union (an address), ends the list. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((u.unit_id, u.province, text[u.start:u.end]) for u in tag(text, published="2016-08-12").units)


def test_two_zones_under_one_head_are_two_unions():
    text = "Dự đại hội có đại diện Công đoàn Khu kinh tế Đông Nam Nghệ An, Khu công nghiệp và chế xuất Hà Nội."
    assert units(text) == [
        ("cd-kcn-ha-noi", "Hà Nội", "Khu công nghiệp và chế xuất Hà Nội"),
        ("cd-kcn-nghe-an--dong-nam", "Nghệ An", "Công đoàn Khu kinh tế Đông Nam Nghệ An"),
    ]


def test_three_zones_under_one_head():
    text = "Lãnh đạo Công đoàn các Khu công nghiệp tỉnh Hà Nam, Khu kinh tế tỉnh Hà Tĩnh, Khu công nghiệp tỉnh Long An dự họp."
    assert [u[:2] for u in units(text)] == [("cd-kcn-ha-nam", "Hà Nam"), ("cd-kcn-ha-tinh", "Hà Tĩnh"),
                                            ("cd-kcn-long-an", "Long An")]


def test_a_zone_with_no_place_ends_the_list():
    text = "Đại diện Công đoàn Khu kinh tế Đông Nam Nghệ An, Khu công nghiệp của tỉnh dự lễ."
    assert [u[0] for u in units(text)] == ["cd-kcn-nghe-an--dong-nam"]


def test_a_park_in_lower_case_after_the_union_is_an_address():
    text = "Chủ tịch Công đoàn các KCN tỉnh Bắc Giang, khu công nghiệp Quang Châu phát biểu."
    assert [u[0] for u in units(text)] == ["cd-kcn-bac-giang"]
