"""An economic zone's union whose name goes on with "và các Khu công nghiệp" and the province is one union with one
name, not cut at the zone's name: written in full, with the province bare on the province's pages (completed), or
with the province's name only (kept as written); one unit whichever way the passage writes it."""

from enrich import tag
from enrich.units import SourceContext

THANH_HOA = SourceContext("Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa")


def units(text: str, source: SourceContext | None = None) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province)
            for u in tag(title="", text=text, source=source, published="2025-05-10").units if u.role != "publisher"]


def test_the_zone_and_the_parks_written_in_full() -> None:
    text = "Đoàn công tác của Công đoàn Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hoá đã đến thăm."
    assert units(text) == [("Công đoàn Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa", "sector",
                            "Thanh Hóa")]


def test_the_province_bare_on_its_pages_is_completed() -> None:
    text = "Công đoàn KKT Nghi Sơn và các KCN tỉnh tổ chức Hội nghị sơ kết phong trào thi đua."
    assert units(text, THANH_HOA) == [("Công đoàn Khu kinh tế Nghi Sơn và các Khu công nghiệp tỉnh Thanh Hóa",
                                       "sector", "Thanh Hóa")]


def test_one_unit_however_the_province_is_written() -> None:
    text = ("Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi tổ chức ngày hội công nhân. "
            "Chủ tịch Công đoàn KKT Dung Quất và các KCN tỉnh Quảng Ngãi phát biểu.")
    assert units(text) == [("Công đoàn Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "sector",
                            "Quảng Ngãi")]


def test_a_zone_named_alone_stays_the_zones_union() -> None:
    assert units("Công đoàn Khu kinh tế Nghi Sơn tổ chức hội nghị.", THANH_HOA) == [
        ("Công đoàn Khu kinh tế Nghi Sơn", "sector", "Thanh Hóa")]
