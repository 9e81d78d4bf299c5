"""Grassroots and sector unions read by what the passage and its source show, not by one more form:
a bare organisation head completed from the organisation the passage or the source names, a
person's name after a bare head, a source's district written with its type, the Party agencies'
unions of a province, a national department's union, and agency acronyms spelt out from data.
Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2023-05-10")


def test_a_bare_corporation_head_on_the_corporation_s_own_site():
    site = SourceContext(name="Tổng công ty Lương thực miền Bắc", level="sector")
    assert units("Sáng nay, Công đoàn Tổng công ty đã tổ chức hội thao cho người lao động.", source=site) == {
        ("Công đoàn Tổng công ty Lương thực miền Bắc", "sector", None)}
    # on another corporation's site, or with no site, the bare head names no unit
    other = SourceContext(name="Báo Lao Động", level="national")
    assert units("Sáng nay, Công đoàn Tổng công ty đã tổ chức hội thao cho người lao động.", source=other) == set()


def test_a_person_s_name_after_a_bare_head_leaves_the_head_to_the_passage():
    text = ("Công đoàn Cơ quan Tổng công ty Lương thực miền Bắc tổ chức hội thao. Phát biểu tại buổi lễ, "
            "Chủ tịch Công đoàn Tổng công ty Nguyễn Văn Bình cảm ơn các vận động viên.")
    assert units(text) == {
        ("Công đoàn Cơ quan Tổng công ty Lương thực miền Bắc", "grassroots", None),
        ("Công đoàn Tổng công ty Lương thực miền Bắc", "sector", None)}
    # a passage that names no corporation: the head with a person's name is no unit
    assert units("Chủ tịch Công đoàn Tổng công ty Nguyễn Văn Bình cảm ơn các vận động viên.") == set()


def test_a_lower_case_head_after_cdcs_is_the_company_named_before():
    text = ("Tại hội nghị người lao động của Công ty TNHH May Hòa Thọ Quảng Nam, nhiều ý kiến đề nghị công "
            "đoàn cơ sở công ty tiếp tục tổ chức tham quan cho đoàn viên.")
    # (a province's name ending a company's places it; a district's does not)
    assert units(text) == {("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn May Hòa Thọ Quảng Nam", "grassroots", "Quảng Nam")}
    # two companies named before: which one is not known
    two = ("Công ty TNHH An Phát và Công ty TNHH Bình Minh ký thỏa ước; công đoàn cơ sở công ty tiếp tục "
           "theo dõi việc thực hiện.")
    assert units(two) == set()


def test_a_source_district_written_with_its_type():
    office = SourceContext(name="Phòng Giáo dục và Đào tạo thành phố Hội An", level="district",
                           province="Quảng Nam", district="Thành phố Hội An")
    assert units("Ban nữ công CĐGD thành phố tổ chức tọa đàm nhân ngày 20/10.", source=office) == {
        ("Công đoàn Giáo dục thành phố Hội An", "sector", "Quảng Nam")}
    portal = SourceContext(name="Cổng thông tin quận Kiến An", level="district", province="Hải Phòng",
                           district="Quận Kiến An")
    assert units("Chiều 12/4, LĐLĐ quận tổ chức hội nghị sơ kết.", source=portal) == {
        ("Liên đoàn Lao động quận Kiến An", "district", "Hải Phòng")}


def test_the_party_agencies_union_of_a_province():
    text = "Công đoàn các cơ quan Đảng tỉnh Ninh Bình tổ chức hội nghị Ban chấp hành lần thứ nhất."
    assert units(text, date="2025-04-02") == {("Công đoàn các cơ quan Đảng tỉnh Ninh Bình", "sector", "Ninh Bình")}
    # in a headline without "các", the same union
    assert units("Công đoàn cơ quan Đảng TP Cần Thơ kiện toàn bộ máy", date="2025-04-02") == {
        ("Công đoàn các cơ quan Đảng thành phố Cần Thơ", "sector", "Cần Thơ")}
    # a party committee's office is still a grassroots union
    assert units("Công đoàn cơ sở Văn phòng Tỉnh ủy Nghệ An tổ chức đại hội.") == {
        ("Công đoàn cơ sở Văn phòng Tỉnh ủy Nghệ An", "grassroots", "Nghệ An")}


def test_a_national_department_s_union_is_an_upper_level_union():
    assert units("Công đoàn Cục Hàng không Việt Nam phát động thi đua năm 2023.") == {
        ("Công đoàn Cục Hàng không Việt Nam", "sector", None)}
    # a department of a province is a grassroots union
    assert units("Công đoàn cơ sở Cục Thống kê tỉnh Bình Dương tổ chức hội thao.") == {
        ("Công đoàn cơ sở Cục Thống kê tỉnh Bình Dương", "grassroots", "Bình Dương")}


def test_an_agency_acronym_spelt_out_from_data():
    assert units("Ban Thường vụ Công đoàn Cục ĐTNĐ Việt Nam tổ chức tập huấn.") == {
        ("Công đoàn Cục Đường thủy nội địa Việt Nam", "sector", None)}


def test_a_sector_s_union_written_after_cdcs():
    assert units("Giải nhất thuộc về CĐCS ngành Giáo dục huyện Thanh Oai.") == {
        ("Công đoàn ngành Giáo dục huyện Thanh Oai", "sector", "Hà Nội")}
    # many grassroots unions of a sector are no one union
    assert units("Lãnh đạo huyện thăm các CĐCS ngành y tế trên địa bàn.") == set()
    assert units("Lãnh đạo huyện thăm 12 CĐCS ngành Giáo dục huyện Thanh Oai.") == set()


def test_an_organisation_named_after_its_sector():
    # a bank's proper name after "Ngân hàng" is the bank, not the banking sector of a place
    assert units("Chiều 5/6, Công đoàn Ngân hàng Mega Quốc tế - Chi nhánh Đồng Nai tổ chức hội thao.") == {
        ("Công đoàn Ngân hàng Mega Quốc tế - Chi nhánh Đồng Nai", "grassroots", "Đồng Nai")}
    # a place after the sector is still the sector's union of that place
    assert units("Công đoàn Ngân hàng Nghệ An tổ chức hội thao.") == {
        ("Công đoàn Ngân hàng tỉnh Nghệ An", "sector", "Nghệ An")}


def test_a_verb_s_first_syllable_as_a_name_s_second():
    # "đồng" starts "đồng chí"; after one capitalised syllable and before a number it ends "Nhi đồng"
    assert units("Công đoàn cơ sở BV Nhi đồng 1 tổ chức hội thao.") == {
        ("Công đoàn cơ sở Bệnh viện Nhi đồng 1", "grassroots", "Hồ Chí Minh")}
    assert units("Công đoàn Trường Mầm non Nhi đồng 3 tổ chức hội thi.") == {
        ("Công đoàn Trường Mầm non Nhi đồng 3", "grassroots", None)}
    # before a lower-case word it is the verb it starts
    assert units("Công đoàn Công ty Sabeco chính thức ra mắt.") == {("Công đoàn Công ty Sabeco", "grassroots", None)}


def test_two_organisations_when_the_first_name_ends_with_a_place():
    text = "Giải nhì thuộc về CĐCS Công ty Cấp nước Bến Tre và Kho bạc Nhà nước tỉnh."
    assert units(text, source=SourceContext(name="Liên đoàn Lao động tỉnh Bến Tre", level="province",
                                            province="Bến Tre")) == {
        ("Công đoàn cơ sở Công ty Cấp nước Bến Tre", "grassroots", "Bến Tre"),
        ("Công đoàn cơ sở Kho bạc Nhà nước tỉnh Bến Tre", "grassroots", "Bến Tre")}
    # one name when "và" joins two words of it
    assert units("Công đoàn cơ sở Chi cục Thuế và Kho bạc Nhà nước tỉnh Bến Tre tổ chức hội thao.") == {
        ("Công đoàn cơ sở Chi cục Thuế và Kho bạc Nhà nước tỉnh Bến Tre", "grassroots", "Bến Tre")}


def test_the_union_of_a_state_division_named_liên_đoàn():
    assert units("Công đoàn Liên đoàn Địa chất Tây Bắc tổ chức hội thao chào mừng ngày thành lập.") == {
        ("Công đoàn Liên đoàn Địa chất Tây Bắc", "grassroots", None)}
    # on the division's own site, the short form is its union
    site = SourceContext(name="Liên đoàn Địa chất Tây Bắc", level="grassroots")
    assert units("Nhiều năm qua, Công đoàn Liên đoàn luôn chăm lo cho người lao động.", source=site) == {
        ("Công đoàn cơ sở Liên đoàn Địa chất Tây Bắc", "grassroots", None)}
    # a count names several unions; a provincial federation is read as before
    assert units("03 Công đoàn Liên đoàn Địa chất miền Bắc, Trung, Nam tham gia.") == set()
    assert units("Công đoàn Liên đoàn Lao động tỉnh Nghệ An tổ chức hội thao.") == {
        ("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")}


def test_a_bare_sector_union_beside_the_sector_s_department():
    assert units("Sở Y tế Long An phối hợp với Công đoàn ngành Y tế tổ chức hội thao.") == {
        ("Công đoàn ngành Y tế tỉnh Long An", "sector", "Long An")}
    assert units("Sở Giáo dục và Đào tạo Cần Thơ phối hợp với Công đoàn ngành Giáo dục trao quà.") == {
        ("Công đoàn ngành Giáo dục thành phố Cần Thơ", "sector", "Cần Thơ")}
    # another sector's department places nothing
    assert units("Sở Tài chính Long An phối hợp với Công đoàn ngành Y tế tổ chức hội thao.") == set()


def test_more_organisation_heads_after_cdcs():
    assert units("Công đoàn cơ sở Cảng vụ Hàng hải Quảng Ninh tổ chức hội thao.") == {
        ("Công đoàn cơ sở Cảng vụ Hàng hải Quảng Ninh", "grassroots", "Quảng Ninh")}
    assert units("Công đoàn cơ sở Viện kiểm sát nhân dân huyện Thanh Oai tổ chức hội thao.") == {
        ("Công đoàn cơ sở Viện kiểm sát nhân dân huyện Thanh Oai", "grassroots", "Hà Nội")}
    # "xã" inside "Hợp tác xã" is no commune
    assert units("Công đoàn cơ sở Hợp tác xã Nông nghiệp Tân Phú tổ chức đại hội.") == {
        ("Công đoàn cơ sở Hợp tác xã Nông nghiệp Tân Phú", "grassroots", None)}
