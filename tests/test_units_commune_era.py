"""An undated passage's commune union ("Công đoàn xã X") read on the side of the reform of 1 July 2025 that the
passage's own places give (enrich/unitcommuneera.py): a commune of before the reform, a grassroots union, where a
district is written right after it or where its province has no commune of that type and name after the reform;
else the commune-level union of after the reform, as before. The sentences are composed for the test (b38u001 and
b37u023 name such unions)."""

from __future__ import annotations

from tests import unit_tags


def test_a_district_written_after_the_commune_places_it_before_the_reform():
    # xã Đông Khê of Đông Sơn (Thanh Hóa) before the reform; the only xã Đông Khê after it is Cao Bằng's
    text = "LĐLĐ tỉnh Thanh Hóa thăm đoàn viên Công đoàn xã Đông Khê, huyện Đông Sơn."
    assert ("Công đoàn cơ sở xã Đông Khê", "grassroots", "Thanh Hóa") in unit_tags.units(text)


def test_the_passages_province_without_that_commune_after_the_reform():
    text = "Liên đoàn Lao động tỉnh Thanh Hóa trao quà cho đoàn viên Công đoàn xã Đồng Lộc."
    assert unit_tags.units(text) == {("Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa"),
                                     ("Công đoàn cơ sở xã Đồng Lộc", "grassroots", "Thanh Hóa")}


def test_a_list_of_communes_unions_each_after_its_district():
    text = ("Liên đoàn Lao động tỉnh Nghệ An trao quà cho chị A (Công đoàn xã Nghi Kim, thành phố Vinh), anh B "
            "(Công đoàn xã Diễn Hồng, huyện Diễn Châu).")
    found = unit_tags.units(text)
    assert ("Công đoàn cơ sở xã Diễn Hồng", "grassroots", "Nghệ An") in found


def test_a_commune_of_the_province_after_the_reform_stays_commune_level():
    text = "Liên đoàn Lao động TP.HCM làm việc với Công đoàn xã Phú Hòa Đông."  # a xã of the city after the reform
    assert ("Công đoàn xã Phú Hòa Đông", "commune", "Hồ Chí Minh") in unit_tags.units(text)
    text = "Công đoàn xã Đông Khê tổ chức hội nghị."  # no province: the gazetteer's one commune, as before
    assert unit_tags.units(text) == {("Công đoàn xã Đông Khê", "commune", "Cao Bằng")}


def test_dated_after_the_reform_the_date_decides():
    text = "Liên đoàn Lao động tỉnh Thanh Hóa trao quà cho đoàn viên Công đoàn xã Đồng Lộc."
    assert ("Công đoàn cơ sở xã Đồng Lộc", "grassroots", "Thanh Hóa") not in unit_tags.units(text, date="2025-10-01")


def test_look_alikes_stay_none():
    for text in ("LĐLĐ tỉnh Thanh Hóa thăm các xã viên hợp tác xã Đông Khê, huyện Đông Sơn.",
                 "LĐLĐ tỉnh Thanh Hóa phối hợp với Công đoàn xã hội, huyện Đông Sơn."):
        assert {u for u in unit_tags.units(text) if u[1] != "province"} == set()


def test_a_bare_commune_union_undated_by_the_address_written_as_after_the_reform():
    text = "Trụ sở: 12 Quốc lộ 1A, xã Tân Thạnh, tỉnh Tây Ninh. Chủ tịch Công đoàn xã - Trần Văn Hai."
    assert unit_tags.units(text) == {("Công đoàn xã Tân Thạnh", "commune", "Tây Ninh")}
    text = "Trụ sở: 12 Quốc lộ 1A, xã Bình Mỹ, TP.HCM. Chủ tịch Công đoàn xã - Trần Văn Hai."
    assert unit_tags.units(text) == {("Công đoàn xã Bình Mỹ", "commune", "Hồ Chí Minh")}


def test_a_bare_commune_union_undated_with_a_district_or_no_address_stays_none():
    for text in ("Trụ sở: xã Bình Mỹ, huyện Củ Chi, TP.HCM. Chủ tịch Công đoàn xã - Trần Văn Hai.",
                 "Trụ sở: xã Bình Mỹ. Chủ tịch Công đoàn xã - Trần Văn Hai.",
                 "Xã viên hợp tác xã Bình Mỹ, TP.HCM họp với Công đoàn xã hội nghề nghiệp."):
        assert unit_tags.units(text) == set()


def test_after_the_reform_a_commune_of_another_province_than_the_passages_is_no_guess():
    # the one xã Đông Khê after the reform is Cao Bằng's; a Thanh Hóa passage does not name it
    text = "Liên đoàn Lao động tỉnh Thanh Hóa thăm Công đoàn xã Đông Khê."
    assert unit_tags.units(text, date="2026-01-10") == {("Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa")}
    text = "Liên đoàn Lao động tỉnh Cao Bằng thăm Công đoàn xã Đông Khê."
    assert ("Công đoàn xã Đông Khê", "commune", "Cao Bằng") in unit_tags.units(text, date="2026-01-10")
    assert unit_tags.units("Công đoàn xã Đông Khê họp.", date="2026-01-10") == {
        ("Công đoàn xã Đông Khê", "commune", "Cao Bằng")}


def test_a_commune_named_like_a_district_stays_as_it_was():
    # xã Thạch Hà is a commune of Hà Tĩnh after the reform (before it, a thị trấn and a huyện had the name)
    text = "Liên đoàn Lao động tỉnh Hà Tĩnh làm việc với Công đoàn xã Thạch Hà."
    assert ("Công đoàn xã Thạch Hà", "commune", "Hà Tĩnh") in unit_tags.units(text)
    text = "Liên đoàn Lao động huyện Thạch Hà làm việc với các công đoàn cơ sở."
    assert unit_tags.units(text, date="2019-05-01") == {("Liên đoàn Lao động huyện Thạch Hà", "district", "Hà Tĩnh")}
