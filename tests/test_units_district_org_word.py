"""A union named by its district without a type ("Công đoàn Thạnh Trị") is that district's union where the district
lies in the source's province; so too where the district's name begins with an organisation's word ("Trường Sa":
"Trường", a school), which was read as a grassroots body of that name. Elsewhere, or with more capitalised words
after it, the name stays a body's. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units

TEXT = "Đây là hoạt động thường niên của Công đoàn Trường Sa cùng với các tổ chức xã hội."


def units(text: str, province: str | None) -> list[tuple[str, str, str | None]]:
    source = SourceContext(name=None, level="province", province=province) if province else None
    return [(u.name, u.level, u.province) for u in tag_units(text, published="2016-05-01", source=source)]


def test_the_district_of_the_source_s_province() -> None:
    assert units(TEXT, "Khánh Hòa") == [("Liên đoàn Lao động huyện Trường Sa", "district", "Khánh Hòa")]


def test_another_province_s_page_keeps_the_body() -> None:
    assert units(TEXT, "Nghệ An") == [("Công đoàn Trường Sa", "grassroots", "Nghệ An")]


def test_no_source_keeps_the_body() -> None:
    assert units(TEXT, None) == [("Công đoàn Trường Sa", "grassroots", None)]


def test_a_longer_name_is_a_body_s() -> None:
    text = "Đây là hoạt động thường niên của Công đoàn Trường Sa Xanh cùng với các tổ chức xã hội."
    assert [u[1] for u in units(text, "Khánh Hòa")] == ["grassroots"]
