"""A commune's union written with the commune's name alone after the reform of 1 July 2025 ("Công đoàn Hòa Khánh,
Tây Ninh") is the union of the one commune of that name in the province written after it or given by the passage
(enrich/unitcommunename.py), named with its type, as the sets label a district's union written so. The sentences are
composed for the test (b35u005 names such a union)."""

from __future__ import annotations

from tests import unit_tags


def test_a_commune_written_without_its_type_is_its_union_after_the_reform():
    text = "Trang tin Công đoàn Cầu Khởi, Tây Ninh"  # a xã of Tây Ninh after the reform
    assert unit_tags.units(text, date="2026-01-10") == {("Công đoàn xã Cầu Khởi", "commune", "Tây Ninh")}
    text = "Công đoàn Chánh Hiệp tổ chức hội nghị đoàn viên tại thành phố Hồ Chí Minh."  # the passage's province
    assert unit_tags.units(text, date="2025-10-01") == {("Công đoàn phường Chánh Hiệp", "commune", "Hồ Chí Minh")}


def test_before_the_reform_undated_or_with_no_province_it_is_none():
    text = "Trang tin Công đoàn Cầu Khởi, Tây Ninh"
    assert unit_tags.units(text, date="2024-01-10") == set()
    assert unit_tags.units(text) == set()
    assert unit_tags.units("Trang tin Công đoàn Cầu Khởi", date="2026-01-10") == set()
