"""Grassroots names written short on the unit's own site (twenty-sixth round): the source's name, when it names on
from where the passage's name stops, is the unit's name. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2017-06-01")
HOSPITAL = SourceContext("Bệnh viện Trường Đại học Y Dược Huế", "grassroots", "Thừa Thiên Huế")


def test_a_short_name_is_completed_from_the_sources_name_that_extends_it():
    assert units("Chiều 1/6, Công đoàn Bệnh viện Trường phối hợp với Đoàn thanh niên tổ chức vui Tết thiếu nhi.",
                 source=HOSPITAL) == {("Công đoàn Bệnh viện Trường Đại học Y Dược Huế", "grassroots", "Thừa Thiên Huế")}
    centre = SourceContext("Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang", "grassroots", "Hậu Giang")
    assert units("CĐCS Trung tâm Kiểm soát bệnh tật tinh tổ chức hội thao cho đoàn viên.", source=centre) == {
        ("Công đoàn cơ sở Trung tâm Kiểm soát bệnh tật tỉnh Hậu Giang", "grassroots", "Hậu Giang")}
    school = SourceContext("Trường THPT chuyên Phan Ngọc Hiển", "grassroots", "Cà Mau")
    assert units("Công đoàn trường THPT Chuyên tổ chức hội thao cho giáo viên.", source=school) == {
        ("Công đoàn Trường THPT chuyên Phan Ngọc Hiển", "grassroots", "Cà Mau")}


def test_a_short_name_stays_as_written_where_the_source_does_not_extend_it():
    # no source, a source of another name, a source named on in lower-case words
    assert units("Công đoàn Bệnh viện Trường tổ chức vui Tết thiếu nhi.") == {
        ("Công đoàn Bệnh viện Trường", "grassroots", None)}
    other = SourceContext("Trường Đại học Y Dược Huế", "grassroots", "Thừa Thiên Huế")
    assert units("Công đoàn Bệnh viện Trường tổ chức vui Tết thiếu nhi.", source=other) == {
        ("Công đoàn Bệnh viện Trường", "grassroots", "Thừa Thiên Huế")}
    # a name that ends with a proper name is whole: another school than the site's
    other = SourceContext("Trường Đại học Sư phạm Kỹ thuật Hưng Yên", "grassroots", "Hưng Yên")
    assert units("Công đoàn Trường Đại học Sư phạm tổ chức hội thao.", source=other) == {
        ("Công đoàn Trường Đại học Sư phạm", "grassroots", "Hưng Yên")}
    private = SourceContext("Bệnh viện Đa khoa tư nhân An Bình", "grassroots", "Hà Nội")
    assert units("Công đoàn Bệnh viện Đa khoa tổ chức hội thao.", source=private) == {
        ("Công đoàn Bệnh viện Đa khoa", "grassroots", "Hà Nội")}


def test_cstv_is_a_member_union_spelt_out():
    assert units("Giải Ba thuộc về Đoàn vận động viên Công đoàn CSTV BHXH huyện Vĩnh Linh.") == {
        ("Công đoàn cơ sở thành viên Bảo hiểm xã hội huyện Vĩnh Linh", "grassroots", "Quảng Trị")}
    assert units("Chiều 1/6, Công đoàn CSTV Bệnh viện Trường phối hợp với Đoàn thanh niên tổ chức vui Tết thiếu nhi.",
                 source=HOSPITAL) == {
        ("Công đoàn cơ sở thành viên Bệnh viện Trường Đại học Y Dược Huế", "grassroots", "Thừa Thiên Huế")}
    # the member unions counted, and their congress, name none
    assert units("Công ty có 11 Công đoàn cơ sở thành viên (CSTV) trực thuộc; Đại hội Công đoàn CSTV khóa II thành "
                 "công tốt đẹp.") == set()


def test_the_sources_own_name_has_its_abbreviations_spelt_out_as_a_passages_are():
    site = SourceContext("Trường Đại học Công nghệ TP.HCM", "grassroots", "Hồ Chí Minh")
    assert units("Hội thao là hoạt động thường niên do Công đoàn Trường tổ chức.", source=site) == {
        ("Công đoàn cơ sở Trường Đại học Công nghệ thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")}
    assert units("Hội thao do Công đoàn Trường Đại học Công nghệ TP.HCM tổ chức.", source=site) == {
        ("Công đoàn Trường Đại học Công nghệ thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")}
