"""A grassroots unit whose name ends with a commune or ward of after the reform of 1 July 2025, written with its type,
lies in the one province that has it (enrich/unitwards.py), on a date from the reform on, where nothing else places it.
The sentences are composed for the test (b35u041 is one such name)."""

from __future__ import annotations

from tests import unit_tags


def test_a_ward_after_the_reform_places_the_unit_named_after_it():
    text = "Công đoàn Cơ quan phường Bến Thành tổ chức hội thao."
    assert unit_tags.units(text, date="2026-01-05") == {
        ("Công đoàn Cơ quan phường Bến Thành", "grassroots", "Hồ Chí Minh")}
    text = "Công đoàn cơ sở Trường Mầm non xã Tân Định tổ chức hội thao."  # the xã of Khánh Hòa, not the phường
    assert unit_tags.units(text, date="2025-09") == {
        ("Công đoàn cơ sở Trường Mầm non xã Tân Định", "grassroots", "Khánh Hòa")}


def test_before_the_reform_undated_or_shared_a_ward_places_nothing():
    text = "Công đoàn Cơ quan phường Bến Thành tổ chức hội thao."
    for date in ("2024-01-05", "2025", None):  # a ward of Quận 1 then; a year that may be either side
        assert unit_tags.units(text, date=date) == {("Công đoàn Cơ quan phường Bến Thành", "grassroots", None)}
    text = "Công đoàn cơ sở Trường Tiểu học phường Hoàng Mai tổ chức hội thao."  # Hà Nội's and Nghệ An's
    assert unit_tags.units(text, date="2026-01-05") == {
        ("Công đoàn cơ sở Trường Tiểu học phường Hoàng Mai", "grassroots", None)}
