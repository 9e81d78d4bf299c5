"""Where a unit's name ends, in the forms the fourth blind set's errors showed: a person's name after
the organisation's, a headline's second half after a dash, a lower-case word before another union,
a repeat that drops or adds its place, a part of a union, lower-case name tails, an abbreviated
ministry and a central sector union. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich import tag
from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2022-09-14")
QUANG_NINH = SourceContext("Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh")


def test_a_person_named_after_the_company_is_not_part_of_its_name():
    text = ("Công nhân Công ty TNHH Hoa Sen Hạ Long, vui mừng nhận quà. Chủ tịch Công đoàn cơ sở "
            "Công ty TNHH Hoa Sen Hạ Long Nguyễn Thị Mai cho biết công ty có 400 lao động.")
    assert units(text, source=QUANG_NINH) == {("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Hoa Sen Hạ Long", "grassroots", "Quảng Ninh")}


def test_a_school_named_after_a_person_keeps_the_name():
    # the passage never writes "Trường THCS" as a whole name: the person's name is the school's
    text = "Chủ tịch Công đoàn cơ sở Trường THCS Trần Quốc Toản phát biểu tại hội nghị."
    assert units(text, source=QUANG_NINH) == {
        ("Công đoàn cơ sở Trường THCS Trần Quốc Toản", "grassroots", "Quảng Ninh")}
    text = ("Trường THCS Trần Quốc Toản có 60 giáo viên. Chủ tịch Công đoàn cơ sở Trường THCS Trần Quốc "
            "Toản Lê Văn Hùng phát biểu.")
    assert units(text, source=QUANG_NINH) == {
        ("Công đoàn cơ sở Trường THCS Trần Quốc Toản", "grassroots", "Quảng Ninh")}


def test_a_headline_s_second_half_after_a_dash_ends_the_name():
    text = "Công đoàn Trung tâm Kiểm định Xây dựng – Ngôi nhà chung của người lao động"
    assert units(text) == {("Công đoàn Trung tâm Kiểm định Xây dựng", "grassroots", None)}
    # a dash inside a name is kept, and an acronym after it is the legal form: read through (the evidence), left
    # out of the union's name (enrich/unitform.py)
    text = "Công đoàn Tổng công ty Cơ khí Việt Nam – CTCP vừa tổ chức hội thao."
    assert units(text) == {("Công đoàn Tổng công ty Cơ khí Việt Nam", "sector", None)}
    assert [text[u.start:u.end] for u in tag(text, published="2022-09-14").units] == [
        "Công đoàn Tổng công ty Cơ khí Việt Nam – CTCP"]
    assert units("Công đoàn Công ty CP Xi măng – Đá vôi Lạng Sơn tổ chức hội thao.") == {
        ("Công đoàn Công ty Cổ phần Xi măng – Đá vôi Lạng Sơn", "grassroots", "Lạng Sơn")}  # named after its province


def test_a_lower_case_word_before_another_union_ends_the_name():
    text = "Hợp nhất Công đoàn Tổng công ty Vận tải Thủy sang Công đoàn Tổng công ty Hàng hải."
    got = {name for name, _, _ in units(text)}
    assert got == {"Công đoàn Tổng công ty Vận tải Thủy", "Công đoàn Tổng công ty Hàng hải"}


def test_a_repeat_that_drops_or_adds_the_place_is_the_unit_named_first():
    text = ("Đại hội Công đoàn cơ sở Bệnh viện Đa khoa huyện Tiên Yên nhiệm kỳ 2023-2028. "
            "Sáng 5/4, Công đoàn cơ sở Bệnh viện Đa khoa Tiên Yên tổ chức Đại hội.")
    assert units(text, source=QUANG_NINH) == {
        ("Công đoàn cơ sở Bệnh viện Đa khoa huyện Tiên Yên", "grassroots", "Quảng Ninh")}
    text = ("Đoàn viên CĐCS Trường Tiểu học Hoa Mai đạt giải. Công đoàn trường tiểu học Hoa Mai xã Đồng Rui "
            "có 12 đoàn viên dự thi.")
    assert units(text, source=QUANG_NINH) == {("Công đoàn cơ sở Trường Tiểu học Hoa Mai", "grassroots", "Quảng Ninh")}
    # two schools of one name in two communes stay two
    text = "Công đoàn Trường Tiểu học Hoa Mai xã Đồng Rui và Công đoàn Trường Tiểu học Hoa Mai xã Hải Lạng thi đua."
    assert len(units(text, source=QUANG_NINH)) == 2


def test_a_part_of_a_grassroots_union_is_no_unit():
    text = "Sáng 8/3, Công đoàn Bộ phận Kế toán tổ chức gặp mặt nữ đoàn viên."
    assert units(text) == set()
    assert units("Công đoàn bộ phận Thư viện trao quà cho đoàn viên.") == set()
    # a ministry's union is still one
    assert ("Công đoàn Bộ Tư pháp", "sector", None) in units("Công đoàn Bộ Tư pháp phát động thi đua.")


def test_lower_case_tails_of_an_institution_s_name():
    text = "Công đoàn cơ sở Viện Khoa học tài nguyên nước tổ chức hội nghị. Công đoàn Trung tâm Dữ liệu quốc gia trao quà."
    assert units(text) == {("Công đoàn cơ sở Viện Khoa học tài nguyên nước", "grassroots", None),
                           ("Công đoàn Trung tâm Dữ liệu quốc gia", "grassroots", "Hà Nội")}  # a national centre
    assert units("Công đoàn cơ sở Trường Sĩ quan Phòng hóa tổ chức hội thao.") == {
        ("Công đoàn cơ sở Trường Sĩ quan Phòng hóa", "grassroots", None)}


def test_an_abbreviated_ministry_and_the_post_sector_union():
    assert units("Ban Thường vụ Công đoàn Bộ TNMT ban hành kế hoạch.") == {
        ("Công đoàn Bộ Tài nguyên và Môi trường", "sector", None)}
    assert units("Năm 1990, Công đoàn Bưu điện Việt Nam có 60 công đoàn cơ sở.") == {
        ("Công đoàn Bưu điện Việt Nam", "sector", None)}


def test_a_compound_closes_a_name_known_by_its_acronym():
    assert units("Công đoàn cơ sở HVKT Phòng hóa tổ chức hội thao.") == {
        ("Công đoàn cơ sở HVKT Phòng hóa", "grassroots", None)}


def test_a_bare_provincial_union_placed_by_the_districts_the_passage_names():
    text = ("Tối 3/2, Liên đoàn Lao động tỉnh thăm công nhân ở phường Quang Trung (thành phố Uông Bí) và "
            "xã Bình Dân (huyện Vân Đồn).")
    assert units(text) == {("Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh")}
    # districts of two provinces, or none: no province, so no unit
    text = "Liên đoàn Lao động tỉnh thăm công nhân ở thành phố Uông Bí và huyện Phú Bình."
    assert units(text) == set()
    assert units("Liên đoàn Lao động tỉnh thăm công nhân khu nhà trọ.") == set()


def test_the_union_after_its_organisation_department_is_named():
    text = "Dự hội nghị có ông Lê Văn Nam, Trưởng ban tổ chức Liên đoàn Lao động tỉnh."
    assert units(text, source=QUANG_NINH) == {("Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh")}


def test_a_commune_s_union_before_the_reform_is_a_grassroots_union():
    text = "Sáng 9/5, Công đoàn xã Tân Lập tổ chức Đại hội nhiệm kỳ 2023-2028."
    assert units(text, source=QUANG_NINH) == {("Công đoàn cơ sở xã Tân Lập", "grassroots", "Quảng Ninh")}
    # from 1 July 2025 a commune's union is a union of its own level
    after = unit_tags.units("Công đoàn phường Hạ Long trao quà cho đoàn viên.", date="2025-09-10", source=QUANG_NINH)
    assert {level for _, level, _ in after} == {"commune"}


def test_a_bare_district_union_on_a_town_portal_of_a_province_since_renamed():
    town = SourceContext("Ủy ban nhân dân thị trấn A Lưới", "commune", "Thừa Thiên Huế", "A Lưới")
    text = "Dự đại hội có đồng chí Hồ Văn Lai, Chủ tịch LĐLĐ huyện, cùng đoàn viên."
    assert unit_tags.units(text, source=town, date="2023-05-04") == {
        ("Liên đoàn Lao động huyện A Lưới", "district", "Thừa Thiên Huế")}


def test_a_union_fund_is_no_unit():
    text = "Năm 2022, các cấp công đoàn vận động 2 tỷ đồng vào Quỹ Xã hội công đoàn Quảng Bình."
    assert unit_tags.units(text, date="2022-12-01") == set()
    assert units("Trích từ quỹ Công đoàn cơ sở 5 triệu đồng để hỗ trợ.") == set()


def test_a_name_s_acronym_is_the_name_the_passage_spells_out():
    title = "Công đoàn Viện KHCNXD vững mạnh"
    text = "Công đoàn cơ sở Viện Khoa học Công nghệ Xây dựng có 300 đoàn viên."
    assert units(text, title=title) == {("Công đoàn Viện Khoa học Công nghệ Xây dựng", "grassroots", None)}  # one unit
    # "và" written "&"; an acronym the passage does not spell out stays as written
    text = "Công đoàn Trung tâm KT&BD trao quà. Trung tâm Kiểm tra và Bảo dưỡng có 40 lao động."
    assert units(text) == {("Công đoàn Trung tâm Kiểm tra và Bảo dưỡng", "grassroots", None)}
    assert units("Công đoàn Trung tâm KT&BD trao quà.") == {("Công đoàn Trung tâm KT&BD", "grassroots", None)}


def test_a_general_department_s_union_is_an_upper_level_union():
    assert unit_tags.units("Công đoàn Tổng cục Thủy lợi tổ chức Đại hội lần thứ III.", date="2017-05-01") == {
        ("Công đoàn Tổng cục Thủy lợi", "sector", None)}
