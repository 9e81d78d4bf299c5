"""The industrial and export-processing zones written "KCN-CX" ("CĐ các KCN-CX Hà Nội", b38u035; "CĐ các KCN-CX Đà
Nẵng", b13u048) are spelt out as "Khu công nghiệp - Chế xuất" (enrich/data/unit_abbreviations.csv): the zones' union
of the province, named by the gazetteer where it holds the union. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str, str | None]]:
    return sorted((u.unit_id, u.name, u.level, u.province) for u in tag(text, published="2014-05-20").units)


def test_the_zones_union_of_a_province_the_gazetteer_holds():
    text = "Năm nay, CĐ các KCN-CX Hà Nội đã biểu dương 120 công nhân lao động giỏi."
    assert units(text) == [("cd-kcn-ha-noi", "Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "sector", "Hà Nội")]


def test_spaced_dash_and_a_province_the_gazetteer_does_not_hold():
    text = "Sáng 3/5, Công đoàn các KCN - CX Hải Phòng tổ chức hội thi an toàn vệ sinh lao động."
    assert units(text) == [("cd-kcn-hai-phong", "Công đoàn các Khu công nghiệp - Chế xuất thành phố Hải Phòng",
                            "sector", "Hải Phòng")]


def test_the_zones_workers_are_no_union():
    assert units("Đời sống công nhân các KCN-CX Hà Nội còn nhiều khó khăn.") == []
