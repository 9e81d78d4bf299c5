"""A province written with its type in title case, as an address writes it ("Huyện Núi Thành, Tỉnh Quảng Nam"), is
a typed province the passage names (enrich/unitresolve.py), as "tỉnh Quảng Nam" is: a grassroots union nothing else
places lies there. The sentences are composed for the test (b35u010's footer gives such an address)."""

from __future__ import annotations

from tests import unit_tags


def test_a_title_case_typed_province_in_an_address_places_the_union():
    text = "CĐCS HANSOL\nĐịa chỉ: Lô 5, KCN Tam Hiệp, Xã Tam Hiệp, Huyện Núi Thành, Tỉnh Quảng Nam, Việt Nam"
    assert unit_tags.units(text, date="2023-04-02") == {("Công đoàn cơ sở HANSOL", "grassroots", "Quảng Nam")}
    text = "CĐCS HANSOL\nĐịa chỉ: Lô 5, KCN Tam Hiệp, xã Tam Hiệp, huyện Núi Thành, tỉnh Quảng Nam"
    assert unit_tags.units(text, date="2023-04-02") == {("Công đoàn cơ sở HANSOL", "grassroots", "Quảng Nam")}


def test_a_title_case_type_before_no_province_places_nothing():
    text = "CĐCS HANSOL\nTỉnh Đoàn phát động phong trào thi đua."
    assert unit_tags.units(text, date="2023-04-02") == {("Công đoàn cơ sở HANSOL", "grassroots", None)}
