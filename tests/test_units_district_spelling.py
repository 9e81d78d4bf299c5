"""A grassroots union whose body's name ends with a district's name in a spelling the gazetteer lists for it
("Trung tâm Y tế khu vực Đăk R'Lấp": the district Đắk R'Lấp, listed "Đăk R'Lấp" too) lies in that district's
province, as the name written in the gazetteer's own spelling does (after the 2025 reform the province as merged);
a spelling the gazetteer does not list places nothing. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def places(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published=published) if u.level == "grassroots"]


_TEXT = "Ngày 12/11, Công đoàn Trung tâm Y tế khu vực {} đã tổ chức hội nghị người lao động năm 2025."


def test_a_listed_spelling_after_the_reform() -> None:
    assert places(_TEXT.format("Đăk R'Lấp"), "2025-11-13") == [
        ("Công đoàn Trung tâm Y tế khu vực Đăk R'Lấp", "Lâm Đồng")]


def test_a_listed_spelling_before_the_reform() -> None:
    text = _TEXT.format("Đăk R'Lấp").replace("năm 2025", "năm 2024")
    assert places(text, "2024-11-13") == [("Công đoàn Trung tâm Y tế khu vực Đăk R'Lấp", "Đắk Nông")]


def test_the_gazetteer_s_own_spelling_as_before() -> None:
    assert places(_TEXT.format("Đắk R'Lấp"), "2025-11-13") == [
        ("Công đoàn Trung tâm Y tế khu vực Đắk R'Lấp", "Lâm Đồng")]


def test_an_unlisted_spelling_places_nothing() -> None:
    assert places(_TEXT.format("Đắc R'Lấp"), "2025-11-13") == [
        ("Công đoàn Trung tâm Y tế khu vực Đắc R'Lấp", None)]
