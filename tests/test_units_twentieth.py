"""Unit tagging on kinds missed across the run blind sets (twentieth round): a capitalised "Công đoàn" before
a lower-case organisation head and a verb ("Công đoàn trường đã ...", "Công đoàn công ty cho biết"), the
union of the school the site belongs to or of the company the passage names; two companies of the petroleum
group known by their brands (enrich/data/brands.csv); a site's own name completing a short one before a
capitalised place type. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2022-01-20")
SCHOOL = SourceContext("Trường Trung học phổ thông Lê Quý Đôn", "grassroots", "Đà Nẵng")


def test_a_capitalised_union_of_a_lower_case_head_a_verb_ends_is_the_sites_or_the_named_one():
    for text in ("Năm học này, Công đoàn trường đã tổ chức hội thi nữ công cho giáo viên.",
                 "Công đoàn trường là chỗ dựa của đoàn viên.",
                 "Giáo viên được Ban Chấp hành Công Đoàn trường khen thưởng."):
        assert units(text, source=SCHOOL) == {
            ("Công đoàn cơ sở Trường Trung học phổ thông Lê Quý Đôn", "grassroots", "Đà Nẵng")}, text
    text = ("Công ty TNHH Minh Long có 500 lao động. Đại diện Công đoàn công ty cho biết đã chi 200 triệu đồng "
            "cho quà Tết.")
    assert units(text) == {("Công đoàn Công ty Trách nhiệm hữu hạn Minh Long", "grassroots", None)}
    # no site and no company named, or no verb after the head: nothing
    assert units("Năm nay Công đoàn công ty đã tổ chức hội thao.") == set()
    assert units("Chủ tịch Công đoàn công ty cổ phần vừa được bầu.") == set()


def test_the_petroleum_groups_drilling_company_and_joint_venture_by_their_brands():
    assert units("Công đoàn PV Drilling tổ chức tọa đàm 20 năm thành lập.") == {("Công đoàn PV Drilling", "sector", None)}
    assert units("Công đoàn Vietsovpetro đăng ký 180 đơn vị máu.") == {("Công đoàn Vietsovpetro", "sector", None)}
    # the full name, with either dash: one unit with the brand
    text = "Công đoàn Liên doanh Việt – Nga Vietsovpetro trao xe đạp. Công đoàn Vietsovpetro còn tặng học bổng."
    assert units(text) == {("Công đoàn Liên doanh Việt – Nga Vietsovpetro", "sector", None)}
    assert units("Công đoàn Liên doanh Việt - Nga Vietsovpetro trao xe đạp cho học sinh.") == {
        ("Công đoàn Liên doanh Việt - Nga Vietsovpetro", "sector", None)}


def test_the_sites_own_name_completes_a_short_one_before_a_capitalised_place_type():
    site = SourceContext("Trường Đại học Sư phạm Thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")
    assert units("Năm nay, Công đoàn Trường Đại học Sư phạm tham gia 5 bộ môn.", source=site) == {
        ("Công đoàn Trường Đại học Sư phạm Thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")}
    # the rest of the site's name is no place: another school, left as written
    other = SourceContext("Trường Đại học Sư phạm Kỹ thuật Thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")
    assert ("Công đoàn Trường Đại học Sư phạm", "grassroots", "Hồ Chí Minh") in units(
        "Năm nay, Công đoàn Trường Đại học Sư phạm tham gia 5 bộ môn.", source=other)
