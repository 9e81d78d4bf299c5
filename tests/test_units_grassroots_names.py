"""Grassroots union names (twenty-second round): a company's legal form written short spelt out in the unit's name,
so that one union written both ways is one unit. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import tag_units
from tests import unit_tags

units = partial(unit_tags.units, date="2022-01-20")


def _ids(text: str) -> set[str]:
    return {u.unit_id for u in tag_units(text, published="2022-01-20") if u.role != "publisher"}


def test_a_companys_legal_form_written_short_is_spelt_out_in_the_units_name():
    assert units("Công đoàn Công ty CP Sông Đà 5 tổ chức hội thao cho công nhân.") == {
        ("Công đoàn Công ty Cổ phần Sông Đà 5", "grassroots", None)}
    assert units("Ông Lê Văn An, Chủ tịch CĐCS Cty TNHH MTV Cao su Chư Prông, phát biểu tại hội nghị.") == {
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Chư Prông", "grassroots", None)}
    assert units("Công đoàn Tổng công ty CP Bảo Minh trao 50 suất quà cho đoàn viên.") == {
        ("Công đoàn Tổng công ty Cổ phần Bảo Minh", "sector", None)}


def test_one_union_written_both_ways_is_one_unit():
    short = _ids("Công đoàn Công ty TNHH May Phú Lâm trao quà Tết cho công nhân.")
    spelt = _ids("Công đoàn Công ty Trách nhiệm hữu hạn May Phú Lâm trao quà Tết cho công nhân.")
    assert short == spelt and len(short) == 1


def test_other_acronyms_and_a_form_written_in_words_stay_as_written():
    # a bank's "TMCP" is no company's legal form after "Công ty"; a form in lower-case words is kept as written
    assert units("Công đoàn cơ sở Ngân hàng TMCP Công thương chi nhánh Bắc Giang tổ chức hội thao.") == {
        ("Công đoàn cơ sở Ngân hàng TMCP Công thương chi nhánh Bắc Giang", "grassroots", "Bắc Giang")}
    # (the mine's ward before 2025, Vàng Danh of Uông Bí, places it: enrich/unitcommunes.py commune_provinces)
    assert units("Công đoàn công ty cổ phần than Vàng Danh tổ chức hội thao.") == {
        ("Công đoàn Công ty cổ phần than Vàng Danh", "grassroots", "Quảng Ninh")}


def test_ports_airports_farms_and_credit_funds_are_grassroots_heads():
    assert units("Chiều 15/11, Công đoàn cơ sở Cảng Hàng không Phú Quốc đã tổ chức Đại hội lần thứ III.") == {
        ("Công đoàn cơ sở Cảng Hàng không Phú Quốc", "grassroots", "Kiên Giang")}
    assert units("Ông Trần Văn Bình – Chủ tịch Công đoàn Cảng Quy Nhơn – phát biểu tại buổi lễ.") == {
        ("Công đoàn Cảng Quy Nhơn", "grassroots", "Bình Định")}
    assert units("Công đoàn Nông trường Cao su Ia Chim giao lưu bóng đá với đơn vị bạn.") == {
        ("Công đoàn Nông trường Cao su Ia Chim", "grassroots", None)}
    assert units("Đoàn viên Công đoàn Quỹ tín dụng nhân dân Hòa Bình được hỗ trợ 20 triệu đồng.") == {
        ("Công đoàn Quỹ tín dụng nhân dân Hòa Bình", "grassroots", "Hòa Bình")}
    # a farm named after a commune that shares a district's name is not placed in that district's province
    assert units("Công đoàn Nông trường cao su Tân Hưng tổ chức hội thao.") == {
        ("Công đoàn Nông trường cao su Tân Hưng", "grassroots", None)}


def test_a_port_or_a_fund_named_without_a_union_is_no_unit():
    assert units("Cảng Quy Nhơn đón 2 triệu tấn hàng; Quỹ tín dụng nhân dân Hòa Bình tăng vốn.") == set()
    assert units("Năm nay quỹ Công đoàn Cảng chi 50 triệu đồng.") == set()


def test_a_brands_union_with_its_chairmans_name_and_a_branchs_union_after_cdcs_or_a_joint_head():
    assert units("Chủ tịch Công đoàn Agribank Phạm Văn Hùng trao 300 triệu đồng ủng hộ đồng bào.") == {
        ("Công đoàn Agribank", "sector", None)}
    assert units("Bà Lê Thị Hoa, Chủ tịch Công đoàn cơ sở Agribank Chi nhánh tỉnh Trà Vinh, phát biểu.") == {
        ("Công đoàn cơ sở Agribank Chi nhánh tỉnh Trà Vinh", "grassroots", "Trà Vinh")}
    assert units("Công đoàn và Đoàn Thanh niên Vietcombank Đà Nẵng tổ chức hiến máu.") == {
        ("Công đoàn Vietcombank Đà Nẵng", "grassroots", "Đà Nẵng")}
    # a district's name after the brand is a branch's place, not a person; a brand and another word, another company
    assert units("Công đoàn Vietcombank Hoàng Mai trao quà.") == set()
    assert units("Công đoàn Viettel Post tổ chức hội thao.") == set()


def test_a_company_known_by_its_acronym_and_province():
    assert units("Trong năm 2025, Công đoàn PC Bình Định đã phối hợp với chuyên môn tổ chức hội thao.") == {
        ("Công đoàn PC Bình Định", "grassroots", "Bình Định")}
    # in lower case, or followed by no province, it names nothing
    assert units("Sáng nay, công đoàn PC Bình Định tổ chức hội thao.") == set()
    assert units("Trong năm 2025, Công đoàn PC đã tổ chức hội thao.") == set()


def test_a_name_ends_before_a_glued_word_an_adverb_and_a_conjunction():
    # no syllable has "đ" inside: "Vinhđã" is "Vinh đã" written without the space
    text = "Năm 2014, Công đoàn Trường Đại học Kinh tế Vinhđã tổ chức Lễ hội Trăng rằm cho 300 cháu."
    [unit] = [u for u in tag_units(text, published="2014-09-07") if u.role != "publisher"]
    assert (unit.name, unit.evidence) == ("Công đoàn Trường Đại học Kinh tế Vinh", "Công đoàn Trường Đại học Kinh tế Vinh")
    # "thường" (xuyên) and "nên" end a name
    assert units("Ban Chấp hành Công đoàn cơ sở Bệnh viện Quân y 7 thường xuyên chăm lo cho đoàn viên.") == {
        ("Công đoàn cơ sở Bệnh viện Quân y 7", "grassroots", None)}
    assert units("Nhờ sự quan tâm của Công đoàn Tổng công ty Xây dựng Hà Nội nên công nhân yên tâm.") == {
        ("Công đoàn Tổng công ty Xây dựng Hà Nội", "sector", "Hà Nội")}
    # "Phân phối" is one word of a name, kept whole
    assert units("Công đoàn cơ sở Trung tâm Phân phối Miền Đông được thành lập năm 2013.") == {
        ("Công đoàn cơ sở Trung tâm Phân phối Miền Đông", "grassroots", None)}


def test_a_corporations_office_named_by_its_head_after_the_corporations_union():
    text = ("Sáng 28/9, Công đoàn Tổng công ty Cà phê Việt Nam, Công đoàn Cơ quan Tổng công ty phối hợp tổ chức "
            "Hội thao.")
    assert units(text) == {("Công đoàn Tổng công ty Cà phê Việt Nam", "sector", None),
                           ("Công đoàn Cơ quan Tổng công ty Cà phê Việt Nam", "grassroots", None)}


def test_the_border_guards_union_by_its_abbreviation():
    assert units("Đại hội đại biểu Công đoàn BĐBP lần thứ IX đã diễn ra trong hai ngày 28-29/8/2023.") == {
        ("Công đoàn Bộ đội Biên phòng", "sector", None)}
    assert units("Cán bộ, chiến sĩ BĐBP tỉnh tặng 150 suất quà cho hộ nghèo.") == set()
