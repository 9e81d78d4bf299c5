"""The grassroots union of a commune's or ward's offices' bloc, "Công đoàn cơ sở Khối cơ quan phường X", "CĐCS Khối
Phường X", "... Khối xã X" (heads of word group ``org_cs`` of enrich/data/unit_words.csv), is one grassroots unit named
as written; an emulation bloc of grassroots unions ("CĐCS Khối thi đua số 01") stays none. The sentences are composed
for the test (b35u019 names such a union)."""

from __future__ import annotations

from tests import unit_tags


def test_a_wards_offices_bloc_union_is_one_grassroots_unit():
    text = "Công đoàn Cơ sở Khối Phường Bến Thành\nPhường Bến Thành"
    assert unit_tags.units(text, date="2026-01-01") == {
        ("Công đoàn cơ sở Khối Phường Bến Thành", "grassroots", "Hồ Chí Minh")}
    text = "CĐCS Khối cơ quan xã Cầu Khởi tổ chức hội nghị cán bộ, công chức."
    assert unit_tags.units(text, date="2026-01-01") == {
        ("Công đoàn cơ sở Khối cơ quan xã Cầu Khởi", "grassroots", "Tây Ninh")}


def test_an_emulation_bloc_is_no_unit():
    assert unit_tags.units("CĐCS Khối thi đua số 01 tổ chức hội nghị.", date="2022-01-01") == set()
