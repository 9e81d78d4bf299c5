"""A national body's acronym followed by a province's name is the union of the body's branch in that province, spelt
out as the sets name it ("Công đoàn NHCSXH Lai Châu": "... Ngân hàng Chính sách xã hội tỉnh Lai Châu", b42u037;
enrich/unitnational.py); the acronym alone, or before anything but a province's name, is the central union."""

from __future__ import annotations

import pytest

from enrich import tag
from enrich.gazetteer import gazetteer
from enrich.unitnational import national_acronyms


def units(text: str, published: str = "2024-05-01") -> list[tuple[str, str, str | None]]:
    return sorted((u.name, u.level, u.province) for u in tag(text, published=published).units)


@pytest.mark.parametrize(("text", "name", "province"), [
    ("Đại hội Công đoàn NHCSXH Điện Biên lần thứ V thành công tốt đẹp.",
     "Công đoàn Ngân hàng Chính sách xã hội tỉnh Điện Biên", "Điện Biên"),
    ("Chủ tịch Công đoàn NHCSXH Cần Thơ phát biểu tại hội nghị.",
     "Công đoàn Ngân hàng Chính sách xã hội thành phố Cần Thơ", "Cần Thơ"),
    ("Công đoàn NHCSXH tỉnh Quảng Trị trao quà Tết cho đoàn viên.",
     "Công đoàn Ngân hàng Chính sách xã hội tỉnh Quảng Trị", "Quảng Trị"),
])
def test_the_acronym_before_a_province_is_its_branch(text: str, name: str, province: str) -> None:
    assert units(text) == [(name, "grassroots", province)]


@pytest.mark.parametrize("text", [
    "Công đoàn NHCSXH đã trao 200 phần quà cho hộ nghèo.",  # the central union, no province
    "Công đoàn NHCSXH trao quà tại tỉnh Điện Biên.",  # a province later in the sentence is no branch's
    "Công đoàn NHCSXH Việt Nam trao quà cho hộ nghèo.",
])
def test_the_acronym_without_a_province_after_it_is_the_central_union(text: str) -> None:
    assert units(text) == [("Công đoàn Ngân hàng Chính sách xã hội", "sector", None)]


def test_a_province_after_a_list_is_not_the_branchs() -> None:
    assert units("Công đoàn NHCSXH và LĐLĐ tỉnh Điện Biên trao quà.") == [
        ("Công đoàn Ngân hàng Chính sách xã hội", "sector", None),
        ("Liên đoàn Lao động tỉnh Điện Biên", "province", "Điện Biên")]


def test_the_acronyms_are_the_central_bodies_initials_from_the_gazetteer() -> None:
    acronyms = national_acronyms(gazetteer())
    assert acronyms["NHCSXH"] == "Ngân hàng Chính sách xã hội"
    assert not {"NHVN", "ĐLVN", "TKV", "PVN"} & acronyms.keys()  # named after the country, or no initials of the name
