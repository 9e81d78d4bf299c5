"""Grassroots and sector unions of the kinds the seventh blind set's run missed: a generic head after
"Công đoàn cơ sở" whose name goes on in lower case up to a place, a branch named "tại <province>",
the 2025 government-bloc union of a province, a national commercial bank's own union, and a court
written with "Nhân dân" in capitals. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich import unitedge
from tests import unit_tags

units = partial(unit_tags.units, date="2024-05-10")


def test_a_generic_head_after_cdcs_goes_on_in_lower_case_up_to_a_place():
    assert units("Năm nay thành lập CĐCS Ban Quản lý rừng phòng hộ huyện Mường Lát, kết nạp 20 đoàn viên.") == {
        ("Công đoàn cơ sở Ban Quản lý rừng phòng hộ huyện Mường Lát", "grassroots", "Thanh Hóa")}
    assert units("CĐCS Hợp tác xã dịch vụ nông nghiệp xã Tân Phú ra mắt ban chấp hành.") == {
        ("Công đoàn cơ sở Hợp tác xã dịch vụ nông nghiệp xã Tân Phú", "grassroots", None)}
    assert units("Công đoàn cơ sở Trung tâm y tế huyện Bát Xát tổ chức hội nghị.") == {
        ("Công đoàn cơ sở Trung tâm y tế huyện Bát Xát", "grassroots", "Lào Cai")}


def test_a_lower_case_run_that_holds_a_verb_or_no_place_is_no_name():
    # a verb ("tổ chức") or a preposition ("tại") ends the head: the place is where it acts
    assert units("Công đoàn cơ sở Trung tâm tổ chức hội nghị tại huyện Mường Lát.") == set()
    # no place within six words: the head is not completed ("Ban Quản lý" stays as it is read)
    assert units("CĐCS Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp ra mắt.") == {
        ("Công đoàn cơ sở Ban Quản lý", "grassroots", None)}
    # without "Công đoàn cơ sở" the rules do not read a lower-case run after the head on; the learned reader
    # (enrich/unitedge.py) reads it to the place, as the rules do after "Công đoàn cơ sở"
    text = "Công đoàn Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai tổ chức hội nghị."
    assert units(text) == {("Công đoàn Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai", "grassroots", "Lào Cai")}
    unitedge.use_model(None)
    try:
        assert units(text) != {("Công đoàn Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai", "grassroots", "Lào Cai")}
    finally:
        unitedge.forget_model()


def test_a_branch_named_with_tai_and_a_province():
    assert units("Ngày 15/8, Công đoàn Chi nhánh Công ty May Phú Thành tại Cần Thơ tổ chức bữa cơm công đoàn.") == {
        ("Công đoàn Chi nhánh Công ty May Phú Thành tại Cần Thơ", "grassroots", "Cần Thơ")}
    # "tại" before anything but a province ends the name
    assert units("Công đoàn Chi nhánh Công ty May Phú Thành tại Hội nghị đã phát biểu.") == {
        ("Công đoàn Chi nhánh Công ty May Phú Thành", "grassroots", None)}
    # only a branch: a company "tại" a place is the company
    assert units("Công đoàn Công ty May Phú Thành tại Cần Thơ tổ chức bữa cơm.") == {
        ("Công đoàn Công ty May Phú Thành", "grassroots", None)}


def test_the_government_bloc_union_of_a_province():
    text = "Công đoàn Khối Chính quyền tỉnh Nam Định chính thức hoạt động từ ngày 1/3/2025."
    assert units(text, date="2025-03-02") == {("Công đoàn Khối Chính quyền tỉnh Nam Định", "sector", "Nam Định")}
    text = "Công đoàn các cơ quan chính quyền thành phố Hải Phòng tổ chức hội nghị."
    assert units(text, date="2025-03-02") == {("Công đoàn Khối Chính quyền thành phố Hải Phòng", "sector", "Hải Phòng")}


def test_a_national_commercial_bank_s_union_is_upper_level():
    assert units("Đại hội Công đoàn Ngân hàng TMCP Công thương Việt Nam lần thứ VI diễn ra tại Hà Nội.") == {
        ("Công đoàn Ngân hàng TMCP Công thương Việt Nam", "sector", None)}
    # its branch's union, and a grassroots union so written, stay grassroots
    assert units("Công đoàn cơ sở Ngân hàng TMCP Công thương Việt Nam chi nhánh Hải Dương trao quà.") == {
        ("Công đoàn cơ sở Ngân hàng TMCP Công thương Việt Nam chi nhánh Hải Dương", "grassroots", "Hải Dương")}


def test_a_court_written_with_nhan_dan_in_capitals():
    assert units("Giải Nhất thuộc về CĐCS Tòa án Nhân dân tỉnh Bạc Liêu.") == {
        ("Công đoàn cơ sở Tòa án Nhân dân tỉnh Bạc Liêu", "grassroots", "Bạc Liêu")}


def test_a_commune_office_or_market_union_named_by_a_lower_case_head():
    assert units("Chiều 20/3, Công đoàn cơ quan xã Hòa Tiến long trọng tổ chức Đại hội lần thứ V.") == {
        ("Công đoàn Cơ quan xã Hòa Tiến", "grassroots", None)}
    assert units("Công đoàn cơ sở chợ phường Tân Định phối hợp với Ban Quản lý chợ tặng quà.") == {
        ("Công đoàn cơ sở Chợ phường Tân Định", "grassroots", None)}
    # without the commune's name it names no unit; "đoàn viên công đoàn cơ quan xã" is no name
    assert units("Công đoàn cơ quan xã tổ chức đại hội; 24 đoàn viên công đoàn cơ quan xã tham dự.") == set()


def test_the_youth_union_office_s_own_grassroots_union():
    text = "Công đoàn cơ sở Đoàn thanh niên Cộng sản Hồ Chí Minh tỉnh Bến Tre được chọn là đơn vị đại hội điểm."
    assert units(text) == {
        ("Công đoàn cơ sở Đoàn thanh niên Cộng sản Hồ Chí Minh tỉnh Bến Tre", "grassroots", "Bến Tre")}
    # the Youth Union itself is no union
    assert units("Đoàn thanh niên Cộng sản Hồ Chí Minh tỉnh Bến Tre tổ chức lễ ra quân.") == set()


def test_a_list_item_s_lower_case_description_runs_to_the_next_grassroots_union():
    text = ("Trong quý thành lập mới 3 CĐCS, gồm: CĐCS Cty TNHH MTV quản lý, khai thác công trình thủy lợi, "
            "CĐCS Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai, CĐCS Trường Mầm non Hoa Sen.")
    assert {(name, level) for name, level, _ in units(text)} == {
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên quản lý, khai thác công trình thủy lợi", "grassroots"),
        ("Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng tỉnh Lào Cai", "grassroots"),
        ("Công đoàn cơ sở Trường Mầm non Hoa Sen", "grassroots")}
    # not at the end of a list: a lower-case run with no place and no next union names no company
    assert units("CĐCS Cty TNHH MTV quản lý, khai thác công trình thủy lợi đã ra mắt.") == set()
    # a verb ("công nhận") is no description
    assert units("CĐCS Ban Quản lý công nhận xã Tân Phú đạt chuẩn văn hóa.") == {
        ("Công đoàn cơ sở Ban Quản lý", "grassroots", None)}


def test_the_industrial_parks_union_with_cac_capitalised():
    assert units("Tối 16/12, Công đoàn Các KCN Đồng Nai đã khai trương Siêu thị Công đoàn.") == {
        ("Công đoàn các Khu công nghiệp tỉnh Đồng Nai", "sector", "Đồng Nai")}
    # the parks themselves are no union
    assert units("Các Khu công nghiệp Đồng Nai thu hút đầu tư.") == set()


def test_agriculture_sector_abbreviated_with_a_dash():
    text = "Đại diện Liên đoàn Lao động tỉnh Quảng Trị, Công đoàn ngành NN- PTNT cùng các sở, ngành đã đến thăm."
    assert units(text) == {("Liên đoàn Lao động tỉnh Quảng Trị", "province", "Quảng Trị"),
                           ("Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị", "sector", "Quảng Trị")}
    assert units("Công đoàn ngành NN-PTNT tỉnh Quảng Trị tổ chức hội nghị.") == {
        ("Công đoàn ngành Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị", "sector", "Quảng Trị")}


def test_abbreviations_written_with_the_look_alike_eth_expand():
    # U+00D0 "Ð" for "Đ": "Tổng LÐLÐ Việt Nam" is the confederation, as "Tổng LĐLĐ Việt Nam" is
    assert units("Giải cầu lông toàn quốc do Tổng L\u00d0L\u00d0 Việt Nam tổ chức.") == {
        ("Tổng Liên đoàn Lao động Việt Nam", "national", None)}
    assert units("Sáng 25/5, L\u00d0L\u00d0 TP Cần Thơ khai mạc hội thao.") == {
        ("Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ")}


def test_a_count_in_words_before_nghiep_doan_is_several():
    text = "Tặng quà cho đoàn viên của hai nghiệp đoàn nghề cá xã Quảng Phúc và phường Quảng Thuận."
    assert units(text) == set()
    assert units("Tặng quà cho đoàn viên nghiệp đoàn nghề cá xã Quảng Phúc.") == {
        ("Nghiệp đoàn nghề cá xã Quảng Phúc", "grassroots", None)}
