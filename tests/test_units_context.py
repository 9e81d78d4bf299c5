"""Unit names completed or shared through their context, in the forms a fifth round of unseen passages
(the third blind set's remaining errors and held-out set D) showed: a grassroots name completed from the
source, a short repeat of an earlier name, companies joined by "và", a union named by its company in an
earlier sentence. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2023-04-12")
LAO_CAI = SourceContext("Liên đoàn Lao động tỉnh Lào Cai", "province", "Lào Cai")


def test_the_source_s_own_organisation_is_named_in_full():
    hospital = SourceContext("Trung tâm Y tế huyện Bảo Thắng", "grassroots", "Lào Cai", "Bảo Thắng")
    assert units("Công đoàn cơ sở Trung tâm Y tế tổ chức hội thao chào mừng ngày 1/5.", source=hospital) == {
        ("Công đoàn cơ sở Trung tâm Y tế huyện Bảo Thắng", "grassroots", "Lào Cai")}
    # a provincial body's portal, recorded at province level
    office = SourceContext("Chi cục Thủy lợi tỉnh Lào Cai", "province", "Lào Cai")
    assert units("Công đoàn cơ sở Chi cục Thủy lợi phát động thi đua.", source=office) == {
        ("Công đoàn cơ sở Chi cục Thủy lợi tỉnh Lào Cai", "grassroots", "Lào Cai")}
    # a name that goes on past the source's is not cut to it, nor one whose rest is no place
    assert units("Công đoàn cơ sở Trung tâm Y tế dự phòng tổ chức hội thao.", source=hospital) == {
        ("Công đoàn cơ sở Trung tâm Y tế dự phòng", "grassroots", "Lào Cai")}


def test_a_provincial_department_takes_the_province_of_the_union_s_portal():
    text = "Ngày 3/4, Công đoàn cơ sở Văn phòng Sở Tài chính tổ chức Đại hội lần thứ V."
    assert units(text, source=LAO_CAI) == {("Công đoàn cơ sở Văn phòng Sở Tài chính tỉnh Lào Cai", "grassroots", "Lào Cai")}
    assert units("Công đoàn cơ sở Sở Tư pháp trao quà cho đoàn viên.", source=LAO_CAI) == {
        ("Công đoàn cơ sở Sở Tư pháp tỉnh Lào Cai", "grassroots", "Lào Cai")}
    # written with its province already, or on no provincial portal: as written
    assert units("Công đoàn cơ sở Sở Tư pháp tỉnh Lào Cai trao quà.", source=LAO_CAI) == {
        ("Công đoàn cơ sở Sở Tư pháp tỉnh Lào Cai", "grassroots", "Lào Cai")}
    assert units("Công đoàn cơ sở Sở Tư pháp trao quà cho đoàn viên.") == {
        ("Công đoàn cơ sở Sở Tư pháp", "grassroots", None)}


def test_a_repeat_shortened_to_its_first_words_is_the_unit_named_before():
    text = ("Công đoàn cơ sở Văn phòng Sở Tài chính tổ chức Đại hội. Nhiệm kỳ qua, Ban Chấp hành Công đoàn "
            "Văn phòng Sở đã chăm lo tốt cho đoàn viên.")
    assert units(text, source=LAO_CAI) == {("Công đoàn cơ sở Văn phòng Sở Tài chính tỉnh Lào Cai", "grassroots", "Lào Cai")}
    # a member union of the same company is its own unit
    text = ("Công đoàn cơ sở Công ty CP Dệt Phú Hòa có 3 công đoàn cơ sở thành viên: Công đoàn cơ sở thành viên "
            "Công ty CP Dệt Phú Hòa giữ vai trò nòng cốt.")
    assert len(units(text)) == 2


def test_companies_joined_by_and_are_two_unions():
    text = ("Sáng 12/4, Liên đoàn Lao động huyện Bảo Thắng ra mắt 2 công đoàn cơ sở (CĐCS) thuộc Công ty TNHH "
            "Khoáng sản Tằng Loỏng và Công ty CP Phân lân Lào Cai.")
    assert units(text) == {
        ("Liên đoàn Lao động huyện Bảo Thắng", "district", "Lào Cai"),
        ("Công đoàn cơ sở Công ty TNHH Khoáng sản Tằng Loỏng", "grassroots", "Lào Cai"),
        ("Công đoàn cơ sở Công ty CP Phân lân Lào Cai", "grassroots", "Lào Cai")}
    text = ("Cán bộ Công đoàn Công ty TNHH Sao Mai (phường Cốc Lếu) và Công ty CP Hoa Hồng (xã Gia Phú) "
            "thăm gia đình chính sách.")
    assert units(text, source=LAO_CAI) == {
        ("Công đoàn Công ty TNHH Sao Mai", "grassroots", "Lào Cai"),
        ("Công đoàn Công ty CP Hoa Hồng", "grassroots", "Lào Cai")}
    # "thuộc" before no company is no list of unions
    assert units("Các công đoàn cơ sở thuộc Liên đoàn Lao động huyện Bảo Thắng thi đua.") == {
        ("Liên đoàn Lao động huyện Bảo Thắng", "district", "Lào Cai")}


def test_a_union_named_by_the_company_of_an_earlier_sentence():
    text = ("Đoàn công tác thăm công nhân Công ty TNHH MTV Chè Phong Hải. Dịp này, Công đoàn Công ty cũng "
            "trao 40 suất quà.")
    assert units(text, source=LAO_CAI) == {("Công đoàn Công ty TNHH MTV Chè Phong Hải", "grassroots", "Lào Cai")}
    # two companies named before, or only a corporation: no unit
    two = "Đoàn thăm Công ty CP Chè Phong Hải và Công ty TNHH Sao Mai. Công đoàn Công ty cũng trao quà."
    assert units(two, source=LAO_CAI) == set()
    corporation = "Đoàn thăm Tổng Công ty Khoáng sản Lào Cai. Công đoàn Công ty cũng trao quà."
    assert units(corporation, source=LAO_CAI) == set()
