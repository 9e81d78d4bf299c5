"""A sector spelt out under a name of its own ("Giáo dục và Đào tạo", "Giáo dục - Đào tạo"; word group sector_own) names
its union as written, the district or province completed as for any sector union ("Công đoàn Giáo dục và Đào tạo
huyện" and the district the passage names); written short ("GD&ĐT", "GD-ĐT") it is the sector's name, and a union
the gazetteer names keeps that name. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units
from tests import unit_tags

CAN_THO = SourceContext("Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ")


def sectors(text: str, source: SourceContext | None = None) -> set[tuple[str, str | None]]:
    return {(n, p) for n, level, p in unit_tags.units(text, source=source, date="2015-03-04") if level == "sector"}


def test_a_bare_district_union_spelt_out_takes_the_district_the_passage_names() -> None:
    text = ("Liên đoàn Lao động huyện Cờ Đỏ phối hợp với Công đoàn Giáo dục và Đào tạo huyện tổ chức họp mặt "
            "kỷ niệm ngày Quốc tế Phụ nữ.")
    assert sectors(text, CAN_THO) == {("Công đoàn Giáo dục và Đào tạo huyện Cờ Đỏ", "Cần Thơ")}


def test_a_provinces_union_written_with_a_dash() -> None:
    text = "Công đoàn ngành Giáo dục - Đào tạo tỉnh Bình Phước tổ chức hội thao cho đoàn viên."
    assert sectors(text) == {("Công đoàn ngành Giáo dục - Đào tạo tỉnh Bình Phước", "Bình Phước")}


def test_written_short_it_is_the_sectors_name() -> None:
    text = "Công đoàn ngành GD&ĐT tỉnh Bình Phước tổ chức hội thao cho đoàn viên."
    assert sectors(text) == {("Công đoàn ngành Giáo dục tỉnh Bình Phước", "Bình Phước")}


def test_a_union_the_gazetteer_names_keeps_its_name() -> None:
    tags = tag_units("Công đoàn Giáo dục và Đào tạo tỉnh Quảng Nam tổ chức hội nghị tổng kết năm học.",
                     published="2022-06-10")
    assert [(u.unit_id, u.name) for u in tags] == [("cd-quang-nam--giao-duc", "Công đoàn Giáo dục tỉnh Quảng Nam")]


def test_written_in_lower_case_it_is_the_sectors_name() -> None:
    text = ("Liên đoàn Lao động huyện Cờ Đỏ phối hợp với Công đoàn Giáo dục và đào tạo huyện tổ chức họp mặt "
            "kỷ niệm ngày Quốc tế Phụ nữ.")
    assert sectors(text, CAN_THO) == {("Công đoàn Giáo dục huyện Cờ Đỏ", "Cần Thơ")}
