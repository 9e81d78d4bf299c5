"""A misprint of the industrial zone's word, "Khu công nghiêp" (either case) for "Khu công nghiệp", is listed in
enrich/data/unit_abbreviations.csv as "Công đoàn Cở sở" is (b38u034): the zone's union is read and named right, the
evidence kept as written. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None, str]]:
    return sorted((u.unit_id, u.name, u.province, text[u.start:u.end]) for u in tag(text, published="2013-03-02").units)


def test_the_misprinted_zone_is_read_and_named_right():
    text = "Sáng 2/3, Công đoàn Khu công nghiêp Biên Hòa tổ chức hội thi an toàn lao động."
    assert units(text) == [("cd-kcn-dong-nai--bien-hoa", "Công đoàn Khu công nghiệp Biên Hòa", "Đồng Nai",
                            "Công đoàn Khu công nghiêp Biên Hòa")]


def test_the_misprint_in_lower_case_and_in_a_list():
    text = "Đại diện Công đoàn Khu kinh tế Đông Nam Nghệ An, Khu công nghiêp và chế xuất Hà Nội dự lễ."
    assert [u[0] for u in units(text)] == ["cd-kcn-ha-noi", "cd-kcn-nghe-an--dong-nam"]
    text = "Công đoàn các khu công nghiêp tỉnh Hà Nam trao 50 suất quà."
    assert [u[0] for u in units(text)] == ["cd-kcn-ha-nam"]


def test_the_parks_without_a_union_are_none():
    assert units("Công nhân các khu công nghiêp Hà Nam được hỗ trợ.") == []
