"""A sector's union written without a place ("Công đoàn giáo dục", "Chủ tịch Công đoàn ngành Xây dựng") on a page
nothing places is the sector's central union, where the gazetteer has one (b25u004); a source, a province's name or a
province's department anywhere leaves it as before (enrich/unitsectors.py ``_unplaced_central``)."""

import pytest

from enrich import tag
from enrich.units import SourceContext


def units(text: str, source: SourceContext | None = None) -> list[tuple[str, str, str | None]]:
    tags = tag(text, source=source, published="1982-10-01")
    return [(u.name, u.level, u.province) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, want", [
    ("Sau khi thoả thuận với Công đoàn giáo dục, Bộ hướng dẫn thực hiện ngày Nhà giáo Việt Nam như sau:",
     "Công đoàn Giáo dục Việt Nam"),
    ("Mở đầu buổi giao lưu, ông Nguyễn Văn Bình - Chủ tịch Công đoàn ngành Xây dựng đã phát biểu.",
     "Công đoàn Xây dựng Việt Nam"),
    ("Công đoàn Y tế phối hợp với Bộ tổ chức hội thảo về an toàn lao động.", "Công đoàn Y tế Việt Nam"),
])
def test_a_sector_union_on_a_page_nothing_places_is_the_central_one(text: str, want: str) -> None:
    assert units(text) == [(want, "sector", None)]


def test_a_place_in_the_passage_or_the_source_keeps_the_provincial_union() -> None:
    text = "Sau khi thoả thuận với Công đoàn ngành giáo dục, Sở Giáo dục và Đào tạo tỉnh Nghệ An hướng dẫn như sau:"
    assert units(text) == [("Công đoàn ngành Giáo dục tỉnh Nghệ An", "sector", "Nghệ An")]
    paper = SourceContext(None, "province", "Quảng Nam")
    assert units("Tại lễ sơ kết, Công đoàn ngành giáo dục đã được tặng Cờ Thi đua.", paper) == [
        ("Công đoàn Giáo dục tỉnh Quảng Nam", "sector", "Quảng Nam")]


@pytest.mark.parametrize("text", [
    "Đoàn gồm các tỉnh Đồng Tháp, Gia Lai, Phú Yên. Chủ tịch Công đoàn ngành Xây dựng phát biểu.",  # provinces listed
    "Sở Tài chính Long An phối hợp với Công đoàn ngành Y tế tổ chức hội thao.",  # a province named, untyped
    "Sở Y tế phối hợp với Công đoàn ngành y tế tổ chức giải thể thao.",  # a province's department
])
def test_a_page_naming_a_province_or_a_department_reads_no_central_union(text: str) -> None:
    assert units(text) == []


@pytest.mark.parametrize("text", [
    "Công đoàn giáo dục các cấp tổ chức nhiều hoạt động chăm lo cho nhà giáo.",  # every level's unions
    "Sau khi thoả thuận với Công đoàn giáo dục, Bộ hướng dẫn như sau.",
])
def test_no_central_union_where_a_source_without_province_or_every_level_is_meant(text: str) -> None:
    school = SourceContext("Trường Tiểu học Kiên Đài", "grassroots")  # a body's site: the bare union is not placed so
    assert units(text, school if "thoả" in text else None) == []
