"""An industrial zone's union named after a district ("Công đoàn Khu công nghiệp Biên Hòa": the city of Biên Hòa,
Đồng Nai) lies in the one province that has a district of that name, written with the same tones, where the passage
places it no other way; a zone named after no district, or after a name districts of several provinces share, is
placed as before. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def zones(text: str, published: str = "2019-05-06") -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published=published) if u.level == "sector"]


def test_a_zone_named_after_a_district_of_one_province() -> None:
    text = "Ngày 5-5, Công đoàn Khu công nghiệp Biên Hòa đã trao 20 suất quà cho công nhân có hoàn cảnh khó khăn."
    assert zones(text) == [("Công đoàn Khu công nghiệp Biên Hòa", "Đồng Nai")]


def test_after_the_reform_the_district_s_province_as_merged() -> None:
    text = "Ngày 5-9, Công đoàn Khu công nghiệp Biên Hòa đã trao 20 suất quà cho công nhân có hoàn cảnh khó khăn."
    assert zones(text, "2025-09-06") == [("Công đoàn Khu công nghiệp Biên Hòa", "Đồng Nai")]


def test_a_zone_named_after_no_district_stays_unplaced() -> None:
    text = "Ngày 5-5, Công đoàn Khu công nghiệp Amata đã trao 20 suất quà cho công nhân có hoàn cảnh khó khăn."
    assert zones(text) == [("Công đoàn Khu công nghiệp Amata", None)]
