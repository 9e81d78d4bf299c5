"""Unit tagging on kinds the eighth blind set's run showed: sector abbreviations spelt out, a central
union of a sector named as written, a district whose short name carries its type, letterheads in
capitals, and counts of grassroots unions by kind. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich import unitedge
from tests import unit_tags

units = partial(unit_tags.units, date="2023-05-10")


def test_sector_abbreviations_are_spelt_out():
    assert units("Ông A, Ủy viên Ban Thường vụ Công đoàn TT&TT Việt Nam, dự hội nghị.") == {
        ("Công đoàn Thông tin và Truyền thông Việt Nam", "sector", None)}
    assert units("Ông B, Chủ tịch Công đoàn Tổng Công ty BĐVN, phát biểu.") == {
        ("Công đoàn Tổng Công ty Bưu điện Việt Nam", "sector", None)}


def test_a_central_sector_union_without_a_row_keeps_viet_nam_in_its_name():
    assert units("Công đoàn Thông tin và Truyền thông Việt Nam tổ chức tập huấn.") == {
        ("Công đoàn Thông tin và Truyền thông Việt Nam", "sector", None)}
    # a catalogued one is unchanged
    assert units("Công đoàn Xây dựng Việt Nam tổ chức tập huấn.") == {
        ("Công đoàn Xây dựng Việt Nam", "sector", None)}


def test_a_district_named_with_its_type_is_not_doubled():
    for written in ("quận 3", "Quận 3"):
        assert units(f"Đoàn viên Nghiệp đoàn Xe ôm truyền thống {written} được khám sức khỏe.") == {
            ("Nghiệp đoàn Xe ôm truyền thống quận 3", "grassroots", "Hồ Chí Minh")}


def test_a_letterhead_in_capitals_stops_at_the_congress_words():
    found = units("ĐẠI HỘI CĐCS XÃ KỲ SƠN LẦN THỨ IV\n\nNHIỆM KỲ 2023 - 2028")
    assert [name for name, _, _ in found] == ["Công đoàn cơ sở XÃ KỲ SƠN"]
    assert units("ĐẠI HỘI CĐCS XÃ KỲ SƠN NHIỆM KỲ 2023 - 2028") == found


def test_a_count_of_grassroots_unions_by_kind_names_none():
    assert units("Huyện có 12 CĐCS Công ty TNHH, 8 CĐCS Công ty cổ phần và các CĐCS khác.") == set()
    # a year before the head is no count, and a named company is still read
    assert units("Năm 2023 CĐCS Công ty cổ phần May Nam Hà tổ chức đại hội.") == {
        ("Công đoàn cơ sở Công ty cổ phần May Nam Hà", "grassroots", None)}


def test_a_grassroots_kind_followed_by_a_plural_of_places_names_none():
    assert units("Công đoàn Viên chức tỉnh Nam Định tiếp nhận các công đoàn cơ sở Chi cục thuế các huyện, "
                 "thành phố.") == {("Công đoàn Viên chức tỉnh Nam Định", "sector", "Nam Định")}
    assert units("Sản phẩm của đoàn viên công đoàn cơ sở Liên đoàn Lao động các tỉnh, thành phố.") == set()
    assert units("Đoàn viên CĐCS Chi cục Thuế và Kho bạc Nhà nước thuộc các LĐLĐ huyện được bàn giao.") == set()
    # one named union is still read, and "các xã" after a verb is no plural of the union
    assert units("CĐCS Chi cục Thuế huyện Kiến Xương tặng quà công nhân các xã vùng lũ.") == {
        ("Công đoàn cơ sở Chi cục Thuế huyện Kiến Xương", "grassroots", "Thái Bình")}


def test_a_described_name_ends_at_a_province_name_that_ends_it():
    for tail in (", Công ty X và Công ty Y được bàn giao.", " tổ chức đại hội."):
        assert units(f"CĐCS Trung tâm bảo tồn thiên nhiên văn hoá Đồng Nai{tail}") == {
            ("Công đoàn cơ sở Trung tâm bảo tồn thiên nhiên văn hoá Đồng Nai", "grassroots", "Đồng Nai")}


def test_a_count_before_a_lower_case_head_names_none_either():
    assert units("Hội nghị tiếp nhận 10 công đoàn cơ sở Chi cục thuế từ LĐLĐ huyện Kim Động.") == {
        ("Liên đoàn Lao động huyện Kim Động", "district", "Hưng Yên")}


def test_a_company_s_trade_runs_to_four_lower_case_words_after_its_legal_form():
    assert units("Công đoàn Công ty TNHH MTV Dịch vụ cơ khí hàng hải PTSC (PTSC M&C) trao nhà tình nghĩa.") == {
        ("Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ cơ khí hàng hải PTSC", "grassroots", None)}
    # no capitalised name within reach: the trade goes on to the predicate's verb (enrich/unitdescribed.py)
    assert units("Công đoàn Công ty TNHH MTV Dịch vụ cơ khí hàng hải đã trao nhà tình nghĩa.") == {
        ("Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ cơ khí hàng hải", "grassroots", None)}
    # nor into a verb's object: "trao nhà" is no trade
    assert units("Công đoàn Công ty TNHH MTV Dịch vụ trao nhà tình nghĩa cho đoàn viên.") == {
        ("Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ", "grassroots", None)}


def test_a_title_case_headline_verb_after_a_province_s_name_ends_the_name():
    assert units("Công đoàn cơ sở Cục Thuế Bình Định Thành lập 5 công đoàn cơ sở thành viên") == {
        ("Công đoàn cơ sở Cục Thuế Bình Định", "grassroots", "Bình Định")}
    # the rules read it only after a province's name; after another name the learned reader ends it
    # (enrich/unitedge.py), where the rules alone read the headline into the name
    assert units("Công đoàn Công ty Xi măng Hoàng Mai Tổ chức Hội thao") == {
        ("Công đoàn Công ty Xi măng Hoàng Mai", "grassroots", None)}
    unitedge.use_model(None)
    try:
        assert units("Công đoàn Công ty Xi măng Hoàng Mai Tổ chức Hội thao") == {
            ("Công đoàn Công ty Xi măng Hoàng Mai Tổ chức Hội thao", "grassroots", None)}
    finally:
        unitedge.forget_model()


def test_a_company_named_after_its_province_is_placed_there():
    assert units("Tặng bằng khen cho 4 tập thể thuộc Công đoàn Công ty Điện lực Sóc Trăng.") == {
        ("Công đoàn Công ty Điện lực Sóc Trăng", "grassroots", "Sóc Trăng")}
    # a district's name ending a company's name stays its brand
    assert units("Công đoàn Công ty TNHH Thống Nhất trao quà cho công nhân.") == {
        ("Công đoàn Công ty Trách nhiệm hữu hạn Thống Nhất", "grassroots", None)}


def test_a_bare_provincial_union_before_the_unit_that_places_it_is_placed_by_it():
    assert units("Tặng bằng khen của LĐLĐ tỉnh cho 4 tập thể thuộc CĐ Cty Điện lực Sóc Trăng.") == {
        ("Công đoàn Công ty Điện lực Sóc Trăng", "grassroots", "Sóc Trăng"),
        ("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng")}
    assert units("Tặng bằng khen của LĐLĐ tỉnh cho 4 tập thể.") == set()  # nothing places it: no unit


def test_a_ministry_cut_to_one_syllable_is_no_unit():
    assert units("Đoàn đại biểu Công đoàn Bộ Công chính và Vận tải Lào thăm Việt Nam.") == set()
    assert units("Công đoàn Bộ Công an tổ chức hội nghị.") == {("Công đoàn Bộ Công an", "sector", None)}


def test_a_union_the_passage_calls_upper_level_is_a_sector_unit():
    text = "Công đoàn cơ quan Liên đoàn Lao động TP Hà Nội{} tổ chức hội nghị."
    assert units(text.format(" là Công đoàn cấp trên cơ sở, hôm nay")) == {
        ("Công đoàn Cơ quan Liên đoàn Lao động thành phố Hà Nội", "sector", "Hà Nội")}
    assert units(text.format("")) == {
        ("Công đoàn Cơ quan Liên đoàn Lao động thành phố Hà Nội", "grassroots", "Hà Nội")}
    assert units("Công đoàn Trường Đại học Vinh là công đoàn cơ sở vững mạnh.") == {
        ("Công đoàn Trường Đại học Vinh", "grassroots", "Nghệ An")}


def test_two_sentences_glued_at_a_dot_end_the_name_before_it():
    assert units("Trao quà cho công nhân thuộc Công đoàn xã Đạ Huoai.Tham dự có ông A.", date="2026-01-31") == {
        ("Công đoàn xã Đạ Huoai", "commune", "Lâm Đồng")}
    # a dotted abbreviation still joins
    assert units("LĐLĐ TP.Biên Hòa tổ chức hội nghị.") == {("Liên đoàn Lao động thành phố Biên Hòa", "district", "Đồng Nai")}
