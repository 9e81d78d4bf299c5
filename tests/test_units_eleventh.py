"""Unit tagging on kinds the eleventh blind set's run showed: the social policy bank's union by its
name and its abbreviation, the railway union named by its sector, and "Liên đoàn Lao động" with a
diacritic of "động" lost. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich import unitedge
from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2022-01-20")

BANK = ("Công đoàn Ngân hàng Chính sách xã hội", "sector", None)
RAILWAY = ("Công đoàn Đường sắt Việt Nam", "sector", None)


def test_the_social_policy_banks_union_by_its_name_and_abbreviation():
    for written in ("Công đoàn Ngân hàng Chính sách xã hội", "Công đoàn Ngân hàng chính sách xã hội",
                    "Công đoàn NHCSXH", "công đoàn NHCSXH Việt Nam", "Công đoàn Ngân hàng CSXH"):
        assert units(f"Nhân dịp Tết, {written} đã trao 150 suất quà cho hộ nghèo.") == {BANK}, written


def test_the_banks_abbreviation_stays_as_written_inside_another_name():
    assert units("Công đoàn cơ sở Hội sở chính NHCSXH tổ chức hội thao chào mừng ngày thành lập.") == {
        ("Công đoàn cơ sở Hội sở chính NHCSXH", "grassroots", None)}


def test_a_branch_of_the_bank_keeps_its_province_and_grassroots_level():
    assert units("Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum trao quà cho đoàn viên.") == {
        ("Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum", "grassroots", "Kon Tum")}
    assert units("Công đoàn Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Ninh Bình thăm hỏi đoàn viên.") == {
        ("Công đoàn Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Ninh Bình", "grassroots", "Ninh Bình")}
    assert units("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Hà Giang tổ chức hội thao.") == {
        ("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Hà Giang", "grassroots", "Hà Giang")}


def test_the_railway_union_named_by_its_sector():
    for written in ("Công đoàn ngành đường sắt", "Công đoàn ngành Đường sắt", "Công đoàn Đường sắt"):
        assert units(f"{written} đã bàn giao hai giếng nước cho trường vùng cao.") == {RAILWAY}, written
    # a railway company's grassroots union is still its own
    assert units("Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội trao quà.") == {
        ("Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội", "grassroots", "Hà Nội")}


def test_the_provincial_union_with_a_diacritic_of_dong_lost():
    site = SourceContext(name="Liên đoàn Lao động tỉnh Bạc Liêu", level="province", province="Bạc Liêu")
    bac_lieu = ("Liên đoàn Lao động tỉnh Bạc Liêu", "province", "Bạc Liêu")
    for written in ("Liên đoàn Lao đông tỉnh", "Liên đoàn Lao dong tỉnh", "Liên đoàn Lao động tỉnh"):
        assert units(f"Quỹ Mái ấm của {written} hỗ trợ 40 triệu đồng.", source=site) == {bac_lieu}, written
    assert units("Đồng chí Lê Văn C, Chủ tịch Liên đoàn Lao đông tỉnh Sóc Trăng, phát biểu.") == {
        ("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng")}
    # a union named after the federation's own words stays a look-alike where it was one
    assert units("Nhà văn hóa trên đường Liên đoàn Lao đông được sửa.") == set()


def test_courts_procuracies_and_enforcement_offices_spelt_out():
    assert units("Đoàn viên CĐCS TAND huyện Năm Căn tham gia hội thao.") == {
        ("Công đoàn cơ sở Tòa án nhân dân huyện Năm Căn", "grassroots", "Cà Mau")}
    assert units("Chủ tịch công đoàn cơ sở VKSND tỉnh Bến Tre phát biểu.") == {
        ("Công đoàn cơ sở Viện kiểm sát nhân dân tỉnh Bến Tre", "grassroots", "Bến Tre")}
    assert units("Đoàn viên Công đoàn Cục THADS tỉnh Long An dự lễ.") == {
        ("Công đoàn Cục Thi hành án dân sự tỉnh Long An", "grassroots", "Long An")}


def test_a_supreme_bodys_own_union_is_an_upper_level():
    for body in ("Viện kiểm sát nhân dân tối cao", "VKSND tối cao", "Tòa án nhân dân tối cao"):
        written = body.replace("VKSND", "Viện kiểm sát nhân dân")
        assert units(f"Công đoàn cơ quan {body} tổ chức hội nghị.") == {
            (f"Công đoàn Cơ quan {written}", "sector", None)}, body
    # a grassroots union the text calls so stays grassroots
    assert units("Công đoàn cơ sở Tòa án nhân dân tối cao tổ chức hội nghị.") == {
        ("Công đoàn cơ sở Tòa án nhân dân tối cao", "grassroots", None)}


def test_a_name_ends_at_a_sentences_end_and_keeps_its_province_whole():
    assert units("Toàn thể đoàn viên công đoàn Bảo hiểm xã hội tỉnh Bạc Liêu. Trong năm qua đã có nhiều đổi mới.") == {
        ("Công đoàn Bảo hiểm xã hội tỉnh Bạc Liêu", "grassroots", "Bạc Liêu")}
    assert units("Đoàn viên Công đoàn Cục Thi hành án dân sự TP. Hồ Chí Minh dự đại hội.") == {
        ("Công đoàn Cục Thi hành án dân sự thành phố Hồ Chí Minh", "grassroots", "Hồ Chí Minh")}


def test_the_zones_union_of_the_city_before_a_sentence_that_names_it_again():
    zones = ("Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh", "sector", "Hồ Chí Minh")
    assert units("Ký kết với Công đoàn các KCX-KCN TP. CĐ các KCX-KCN TP HCM sẽ vận động công nhân.") == {zones}
    # "TP. Công đoàn ...": the city's type ends a sentence; no street "phố Công đoàn" is read
    assert units("Ông A dự hội nghị ở TP. Công đoàn cơ sở Công ty May Việt Tiến tổ chức hội thao.") == {
        ("Công đoàn cơ sở Công ty May Việt Tiến", "grassroots", None)}
    assert units("Nhà văn hóa trên phố Công đoàn được sửa.") == set()


def test_a_ministrys_union_named_bare_on_its_own_portal():
    ministry = SourceContext(name="Bộ Tài nguyên và Môi trường", level="sector")
    assert units("Công đoàn Bộ đã tổ chức đợt quyên góp quần áo ấm.", source=ministry) == {
        ("Công đoàn Bộ Tài nguyên và Môi trường", "sector", None)}
    # elsewhere a bare "Công đoàn Bộ" names no unit
    assert units("Công đoàn Bộ đã tổ chức đợt quyên góp quần áo ấm.") == set()


def test_a_list_of_grassroots_unions_after_a_colon():
    text = ("Đoàn trao quà cho đoàn viên tại các CĐCS: Trường Mầm non Hoa Cúc, Ban quản lý Dự án đầu tư xây dựng và "
            "Công trình công cộng, Công ty TNHH Minh Phát, Công ty TNHH Cơ khí Hòa Lợi; mỗi suất 10 kg.")
    others = {("Công đoàn cơ sở Trường Mầm non Hoa Cúc", "grassroots", None),
              ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Minh Phát", "grassroots", None),
              ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Cơ khí Hòa Lợi", "grassroots", None)}
    # the reader trained with sets 2-38 reads the second item whole, as b11u062's label names it
    assert units(text) == others | {
        ("Công đoàn cơ sở Ban quản lý Dự án đầu tư xây dựng và Công trình công cộng", "grassroots", None)}
    # the rules alone read it short ("Ban quản lý Dự án"): it is left out, and the list goes on after it
    unitedge.use_model(None)
    try:
        assert units(text) == others
    finally:
        unitedge.forget_model()
    assert units("Trao quà tại CĐCS: Trường Tiểu học Kim Đồng và Công ty TNHH Tâm An.") == {
        ("Công đoàn cơ sở Trường Tiểu học Kim Đồng", "grassroots", None),
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Tâm An", "grassroots", None)}
    # "các CĐCS" with no list after it stays plural
    assert units("Đoàn đã thăm các CĐCS trên địa bàn huyện.") == set()


def test_a_headline_after_a_hospitals_name_is_not_read_into_it():
    assert units("Công đoàn Bệnh viện Đa khoa Bạc Liêu Chào mừng 50 năm thành lập với nhiều hoạt động") == {
        ("Công đoàn Bệnh viện Đa khoa Bạc Liêu", "grassroots", "Bạc Liêu")}
