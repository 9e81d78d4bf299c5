"""Unit names in the forms a fourth round of unseen passages (the third blind set) showed: districts
written under their type before an upgrade, namesake districts of two provinces, ministry office unions,
adverbs that end a name, two unions joined by "và", central sectors written with "ngành", and generic
or foreign look-alikes. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

HAI_PHONG = SourceContext("Liên đoàn Lao động thành phố Hải Phòng", "province", "Hải Phòng")


units = partial(unit_tags.units, date="2019-03-01")


def test_a_district_under_its_type_before_an_upgrade():
    # An Dương was a huyện until 2020 (a quận since): the union keeps the type as written
    text = "Chủ tịch Liên đoàn Lao động huyện An Dương dự lễ ra mắt công đoàn công ty mới."
    assert units(text, source=HAI_PHONG) == {("Liên đoàn Lao động huyện An Dương", "district", "Hải Phòng")}
    # a bare "thị xã" on the portal of a town since made a city
    town = SourceContext("Ủy ban nhân dân thị xã Dĩ An", "district", "Bình Dương", "Dĩ An")
    assert units("Lãnh đạo Liên đoàn lao động thị xã trao quà cho công nhân.", source=town) == {
        ("Liên đoàn Lao động thị xã Dĩ An", "district", "Bình Dương")}


def test_a_namesake_district_is_placed_by_the_passage():
    text = "Liên đoàn Lao động huyện Phong Điền và Công đoàn ngành Y tế tỉnh Thừa Thiên Huế thăm công nhân."
    assert ("Liên đoàn Lao động huyện Phong Điền", "district", "Thừa Thiên Huế") in units(text)
    # without a province in view, the district that still has the type as written
    assert units("Liên đoàn Lao động huyện Phong Điền thăm công nhân.") == {
        ("Liên đoàn Lao động huyện Phong Điền", "district", "Cần Thơ")}


def test_a_ministry_office_union_goes_on_in_lower_case():
    assert units("Công đoàn cơ quan Bộ Tài chính phát động thi đua.") == {
        ("Công đoàn Cơ quan Bộ Tài chính", "sector", None)}
    assert units("Đoàn viên Công đoàn cơ quan Bộ Nội vụ hiến máu.") == {
        ("Công đoàn Cơ quan Bộ Nội vụ", "sector", None)}


def test_an_adverb_ends_a_name_and_a_stop_word_syllable_does_not():
    assert units("Công đoàn Công ty cũng tổ chức hội thao cho đoàn viên.") == set()
    assert units("Công đoàn Công ty CP Phát triển Nhà Thủ Đức vẫn duy trì bữa ăn ca.") == {
        ("Công đoàn Công ty Cổ phần Phát triển Nhà Thủ Đức", "grassroots", None)}


def test_two_unions_joined_by_va():
    text = "Các đơn vị gồm Công đoàn Trung tâm Quan trắc Môi trường và Công đoàn Công ty CP Giao nhận Hải Minh."
    assert units(text) == {("Công đoàn Trung tâm Quan trắc Môi trường", "grassroots", None),
                           ("Công đoàn Công ty Cổ phần Giao nhận Hải Minh", "grassroots", None)}


def test_a_central_sector_written_with_nganh():
    assert units("Đại diện Công đoàn ngành Giao thông vận tải Việt Nam dự hội nghị.") == {
        ("Công đoàn Giao thông vận tải Việt Nam", "sector", None)}


def test_generic_and_foreign_look_alikes():
    dong_thap = SourceContext("", "province", "Đồng Tháp")
    assert units("Hướng dẫn đại hội Công đoàn viên chức các cấp năm 2023.", source=dong_thap) == set()
    assert units("Nghiệp đoàn xe ôm Việt Nam là một nhóm tự lập trên mạng xã hội.") == set()
    # a local nghiệp đoàn is still one
    assert units("Nghiệp đoàn xe ôm Phú Lợi tổ chức đại hội.") == {("Nghiệp đoàn xe ôm Phú Lợi", "grassroots", None)}
