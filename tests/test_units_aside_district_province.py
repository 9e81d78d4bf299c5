"""A unit followed by its address in parentheses that names its district and then its province ("(quận Thanh Khê,
TP. Đà Nẵng)") lies in that province, before the province of the paper that carries the page, as a unit followed by
", tỉnh X" does. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units

PAPER = SourceContext(name=None, level="province", province="Vĩnh Phúc")  # a provincial paper, no publisher named


def placed(text: str) -> list[tuple[str, str | None]]:
    units = tag_units(text, source=PAPER, published="2019-04-02")
    return [(u.name, u.province) for u in units if u.level == "grassroots"]


def test_a_guild_placed_by_its_district_and_city_in_parentheses() -> None:
    text = "Ông Lê Văn Hải tham gia Nghiệp đoàn nghề cá phường Xuân Hà (quận Thanh Khê, TP. Đà Nẵng) từ năm 2014."
    assert placed(text) == [("Nghiệp đoàn nghề cá phường Xuân Hà", "Đà Nẵng")]


def test_a_company_placed_by_its_district_and_province_in_parentheses() -> None:
    text = ("Chủ tịch Công đoàn cơ sở Công ty TNHH May Hòa Phát (huyện Phú Bình, tỉnh Thái Nguyên) cho biết công ty đã "
            "tăng lương cho công nhân.")
    assert placed(text) == [("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn May Hòa Phát", "Thái Nguyên")]


def test_without_the_address_the_paper_s_province_stands() -> None:
    text = "Ông Lê Văn Hải tham gia Nghiệp đoàn nghề cá phường Xuân Hà từ năm 2014."
    assert placed(text) == [("Nghiệp đoàn nghề cá phường Xuân Hà", "Vĩnh Phúc")]
