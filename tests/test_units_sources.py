"""Forms the fifth blind set's errors showed: a provincial department on a portal known only by its
province, a person's name after a spaced dash, an acronym the passage defines written before a bare
place type, a zone union of "Khu kinh tế và các Khu công nghiệp", and a headline's "Province: ..."
placing a bare provincial union. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2023-06-20")
PHU_YEN = SourceContext(None, "province", "Phú Yên")


def test_a_department_on_a_portal_known_by_its_province_gets_the_province():
    text = "Công đoàn cơ sở Sở Tài chính đạt giải ba hội thi văn nghệ do Công đoàn Viên chức tổ chức."
    found = units(text, source=PHU_YEN)
    assert ("Công đoàn cơ sở Sở Tài chính tỉnh Phú Yên", "grassroots", "Phú Yên") in found
    assert not any(name == "Công đoàn cơ sở Sở Tài chính" for name, _, _ in found)


def test_a_person_after_a_spaced_dash_is_not_part_of_the_company():
    text = ("Chủ tịch Công đoàn cơ sở Công ty Cấp nước Phú Yên - Phạm Quốc Hưng cho biết công ty đã trao "
            "12 suất quà.")
    assert units(text, source=PHU_YEN) == {("Công đoàn cơ sở Công ty Cấp nước Phú Yên", "grassroots", "Phú Yên")}


def test_an_acronym_the_passage_defines_is_the_same_unit_before_a_bare_place_type():
    text = ("Công đoàn cơ sở Ngân hàng Chính sách xã hội (CSXH) tỉnh Phú Yên tổ chức đại hội. "
            "Công đoàn cơ sở Ngân hàng CSXH tỉnh có 40 đoàn viên.")
    assert units(text, source=PHU_YEN) == {("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Phú Yên", "grassroots", "Phú Yên")}


def test_the_social_policy_bank_is_read_whole():
    text = "Ban chấp hành Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Kon Tum họp phiên thứ nhất."
    assert units(text) == {("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Kon Tum", "grassroots", "Kon Tum")}


def test_an_economic_zone_and_its_industrial_parks_are_one_union():
    text = "Công đoàn Khu kinh tế và các Khu công nghiệp tỉnh Quảng Trị phát động tháng an toàn lao động."
    assert units(text) == {("Công đoàn Khu kinh tế và các Khu công nghiệp tỉnh Quảng Trị", "sector", "Quảng Trị")}


def test_a_headline_s_province_places_a_bare_provincial_union():
    found = units("Liên đoàn Lao động tỉnh trao 50 suất quà cho công nhân.", title="Phú Thọ: Trao quà cho công nhân")
    assert found == {("Liên đoàn Lao động tỉnh Phú Thọ", "province", "Phú Thọ")}
    # a colon after a person's or a unit's words is no dateline (and a union no province places is none)
    assert units("Liên đoàn Lao động tỉnh cho biết: Hòa Bình là trọng tâm.") == set()
