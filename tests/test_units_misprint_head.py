"""A grassroots union's head misprinted "Cở sở" for "Cơ sở" ("Công đoàn Cở sở", b32u044) is read as the head
(enrich/data/unit_abbreviations.csv, a misprint listed as data): the tagger gives the head spelt right, the labels keep
it as written, and the unit eval reads both sides alike. "Cở sở" with no union's head before it is no head. Every
sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag
from tests.eval.units import name_key


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2023-05-17").units]


def test_the_misprinted_head_names_the_grassroots_union() -> None:
    text = "Đại hội Công đoàn Cở sở Bảo tàng Lịch sử Quốc gia nhiệm kỳ 2023 - 2028 đã diễn ra sáng nay."
    assert units(text) == [("Công đoàn cơ sở Bảo tàng Lịch sử Quốc gia", "grassroots", None)]


def test_the_misprinted_head_in_lower_case() -> None:
    text = "Ban chấp hành công đoàn cở sở Trường Tiểu học Kim Đồng tổ chức hội nghị."
    assert units(text) == [("Công đoàn cơ sở Trường Tiểu học Kim Đồng", "grassroots", None)]


def test_written_either_way_it_is_one_union() -> None:
    right = units("Đại hội Công đoàn cơ sở Bảo tàng Lịch sử Quốc gia nhiệm kỳ 2023 - 2028 đã diễn ra sáng nay.")
    wrong = units("Đại hội Công đoàn Cở sở Bảo tàng Lịch sử Quốc gia nhiệm kỳ 2023 - 2028 đã diễn ra sáng nay.")
    assert right == wrong
    assert name_key("Công đoàn Cở sở Bảo tàng Lịch sử Quốc gia") == name_key("Công đoàn cơ sở Bảo tàng Lịch sử Quốc gia")


def test_the_misprint_without_a_head_names_nothing() -> None:
    assert units("Nhà máy Cở sở 2 của công ty tổ chức hội nghị người lao động.") == []
