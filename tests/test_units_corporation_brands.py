"""Corporations' unions by their brands and abbreviations: a brand's union after "hệ thống" or "tổ chức" ("trong hệ
thống Công đoàn BIDV": the one union named, where "hệ thống công đoàn" alone is the unions in general), the
construction corporation Vinaconex by its brand, and the industry and trade union's abbreviation CĐCTVN."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2025-03-10").units]


@pytest.mark.parametrize("text, name", [
    ("Sự tri ân của các công đoàn cơ sở trong hệ thống Công đoàn BIDV đối với người có công.", "Công đoàn BIDV"),
    ("Giá trị nhân văn của tổ chức Công đoàn Vietcombank trong các hoạt động vì cộng đồng.", "Công đoàn Vietcombank"),
    ("Các đơn vị trong hệ thống Công đoàn Ngân hàng Việt Nam đã trao quà.", "Công đoàn Ngân hàng Việt Nam"),
])
def test_a_named_union_after_its_system_or_organisation(text: str, name: str) -> None:
    assert units(text) == [(name, "sector", None)]


@pytest.mark.parametrize("text", [
    "Các cấp trong hệ thống Công đoàn Việt Nam tổ chức Tháng Công nhân.",
    "Xây dựng tổ chức công đoàn vững mạnh trong hệ thống công đoàn các cấp.",
])
def test_the_union_system_in_general_is_no_unit(text: str) -> None:
    assert units(text) == []


def test_the_construction_corporation_by_its_brand() -> None:
    text = "Năm 2017, Công đoàn Vinaconex đã đề ra các chỉ tiêu cơ bản cho 100 công đoàn cơ sở."
    assert units(text) == [("Công đoàn Vinaconex", "sector", None)]
    text = "Đại hội Công đoàn Tổng công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam diễn ra ngày 5/4."
    assert units(text) == [("Công đoàn Tổng công ty Cổ phần Xuất nhập khẩu và Xây dựng Việt Nam", "sector", None)]


def test_the_industry_and_trade_unions_abbreviation() -> None:
    text = "Người lao động được nhận quà từ CĐCTVN và Công đoàn Tổng công ty Giấy Việt Nam."
    assert units(text) == [("Công đoàn Công Thương Việt Nam", "sector", None),
                           ("Công đoàn Tổng công ty Giấy Việt Nam", "sector", None)]
