"""Unions of corporations and provincial bodies: the People's Committee's union of a province (sector level, a
district's or a commune's committee keeps its own grassroots union), the electricity group's corporations by their
brands (placed where the full name holds a province), the banking union's acronym, and a bare corporation head
described by its region ("Công đoàn Tổng công ty khu vực phía Bắc")."""

import pytest

from enrich import tag
from enrich.units import SourceContext


def units(text: str, province: str | None = None, published: str = "2025-03-10") -> list[tuple[str, str, str | None]]:
    source = SourceContext(None, "province", province) if province else None
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=source, published=published).units]


def test_a_provincial_peoples_committees_union_is_of_sector_level() -> None:
    text = "Ngày 6/3, Ban Thường vụ Công đoàn UBND tỉnh tổ chức Hội nghị Ban Chấp hành mở rộng."
    assert units(text, "Bình Định") == [("Công đoàn Ủy ban nhân dân tỉnh Bình Định", "sector", "Bình Định")]
    text = "Hội nghị công bố quyết định thành lập Công đoàn Uỷ ban nhân dân tỉnh Quảng Trị."
    assert units(text) == [("Công đoàn Ủy ban nhân dân tỉnh Quảng Trị", "sector", "Quảng Trị")]


@pytest.mark.parametrize("text", [
    "Chủ tịch Công đoàn UBND xã Tân Lập trao quà cho đoàn viên.",
    "Công đoàn UBND huyện Phù Cát tổ chức hội nghị tổng kết.",
])
def test_a_district_or_commune_committees_union_stays_grassroots(text: str) -> None:
    assert [level for _, level, _ in units(text, "Bình Định", "2023-05-10")] == ["grassroots"]


def test_the_electricity_groups_corporations_by_their_brands() -> None:
    text = "Chủ tịch Công đoàn EVNHANOI Phùng Lê Dũng trao quà cho đoàn viên."
    assert units(text) == [("Công đoàn EVNHANOI", "sector", "Hà Nội")]
    text = "Công đoàn EVNCPC phối hợp với Công đoàn EVNSPC tổ chức giải bóng đá."
    assert units(text) == [("Công đoàn EVNCPC", "sector", None), ("Công đoàn EVNSPC", "sector", None)]


def test_the_banking_unions_acronym() -> None:
    text = "Đại diện CĐNHVN trên địa bàn tỉnh Long An đã tổ chức giải bóng đá mini."
    assert units(text, published="2016-08-27") == [("Công đoàn Ngân hàng Việt Nam", "sector", None)]


def test_a_bare_corporation_head_described_by_its_region_is_the_corporation() -> None:
    text = ("Chủ tịch Công đoàn Tổng công ty Đường sắt Việt Nam dự hội nghị với các Công đoàn cơ sở trực thuộc "
            "Công đoàn Tổng công ty khu vực phía Bắc.")
    assert [name for name, _, _ in units(text)] == ["Công đoàn Tổng công ty Đường sắt Việt Nam"]


@pytest.mark.parametrize("text, name", [
    ("Quyết định nâng cấp Công đoàn cơ sở Tổng công ty Bảo đảm hoạt động bay Việt Nam thành Công đoàn cấp trên cơ sở.",
     "Công đoàn cơ sở Tổng công ty Bảo đảm hoạt động bay Việt Nam"),
    ("Công đoàn Tổng công ty Bảo đảm an toàn hàng hải miền Bắc tổ chức hội nghị người lao động.",
     "Công đoàn Tổng công ty Bảo đảm an toàn hàng hải miền Bắc"),
])
def test_a_union_raised_to_a_level_and_names_that_go_on_in_lower_case(text: str, name: str) -> None:
    assert [n for n, _, _ in units(text)] == [name]
