""""SG", Sài Gòn written short after a company's name ("Công đoàn cty cp Artex SG", b36u045), is spelt out as the
view spells "TP.HCM" and "HCM" (enrich/data/unit_abbreviations.csv): the company lies in Hồ Chí Minh City and its
name ends with the city's old name, which also lets it read on through a dash ("Vật liệu Xây dựng – Trang trí
nội thất SG"). The label keeps "SG" as written; the eval reads both sides spelt out."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    tags = tag(text, published="2011-05-24")
    return [(u.name, u.level, u.province) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, want", [
    ("Tham dự có Công đoàn Cty cp Dệt may SG, Công đoàn Bưu điện.",
     ("Công đoàn Công ty cp Dệt may Sài Gòn", "grassroots", "Hồ Chí Minh")),
    ("Tham dự có Công đoàn Cty cp Cơ khí – Điện lạnh SG.",
     ("Công đoàn Công ty cp Cơ khí – Điện lạnh Sài Gòn", "grassroots", "Hồ Chí Minh")),
])
def test_a_company_written_with_sg_lies_in_the_city(text: str, want: tuple[str, str, str | None]) -> None:
    assert units(text) == [want]


def test_sg_inside_a_word_is_left() -> None:
    assert units("Theo báo SGGP, Công đoàn Cty cp Dệt may Hòa Thọ tổ chức hội thao.") == [
        ("Công đoàn Công ty cp Dệt may Hòa Thọ", "grassroots", None)]
