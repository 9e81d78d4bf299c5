"""Unit names in the forms a sixth set of unseen passages showed: a corporation's name inside an
agency's, a party committee's office, a headline's verb after a name, a specialised school in lower
case, an apostrophe typed as a quotation mark, "TW" for "Trung ương", a generic acronym after
"CĐCS", and a bare "LĐLĐ tỉnh" that counts people of several unions. Every sentence here is
composed for the test."""

from __future__ import annotations

from functools import partial

from tests import unit_tags

units = partial(unit_tags.units, date="2023-05-10")


def test_an_agency_union_of_a_corporation_keeps_the_corporation_s_name():
    assert units("Sáng 5/5, Công đoàn Cơ quan Tổng công ty Điện lực miền Bắc tổ chức hội thao.") == {
        ("Công đoàn Cơ quan Tổng công ty Điện lực miền Bắc", "grassroots", None)}


def test_the_office_of_a_party_committee_is_one_name():
    assert units("Công đoàn cơ sở Văn phòng Tỉnh ủy Nghệ An tổ chức đại hội nhiệm kỳ 2023-2028.") == {
        ("Công đoàn cơ sở Văn phòng Tỉnh ủy Nghệ An", "grassroots", "Nghệ An")}
    assert units("Đoàn viên Công đoàn Văn phòng Thành ủy Cần Thơ tham gia hiến máu.") == {
        ("Công đoàn Văn phòng Thành ủy Cần Thơ", "grassroots", "Cần Thơ")}


def test_a_headline_verb_after_a_name_ends_it():
    assert units("Ban Thường vụ Công đoàn Cục Hàng hải Việt Nam ban hành Kế hoạch số 12 về đại hội.") == {
        ("Công đoàn Cục Hàng hải Việt Nam", "sector", None)}  # a national department's union: an upper level
    # "ban" as the second syllable of a listed phrase stays in the name
    assert units("Công đoàn cơ sở Ủy ban nhân dân xã Tân Phú tổ chức tặng quà.") == {
        ("Công đoàn cơ sở Ủy ban nhân dân xã Tân Phú", "grassroots", None)}


def test_a_specialised_school_written_in_lower_case():
    assert units("Chiều 20/10, công đoàn trường THPT chuyên Lê Quý Đôn tổ chức thi cắm hoa.") == {
        ("Công đoàn Trường THPT chuyên Lê Quý Đôn", "grassroots", None)}


def test_an_apostrophe_typed_as_a_quotation_mark():
    assert units("Công đoàn huyện Cư M’gar trao 20 suất quà cho đoàn viên.", date="2022-01-20") == \
        units("Công đoàn huyện Cư M'gar trao 20 suất quà cho đoàn viên.", date="2022-01-20") != set()
    # a quotation mark that closes a quotation is left as it is
    assert units("Ông nói: ‘LĐLĐ tỉnh Đắk Lắk’ đã làm tốt.") == {
        ("Liên đoàn Lao động tỉnh Đắk Lắk", "province", "Đắk Lắk")}


def test_tw_is_trung_uong_in_a_unit_s_name():
    assert units("CĐ Bệnh viện TW Huế thăm hỏi đoàn viên khó khăn.") == \
        units("Công đoàn Bệnh viện Trung ương Huế thăm hỏi đoàn viên khó khăn.")


def test_a_sector_union_with_a_shortened_sector():
    assert units("LĐLĐ tỉnh Quảng Ninh và Công đoàn Than – KS Việt Nam ký chương trình phối hợp.") == {
        ("Liên đoàn Lao động tỉnh Quảng Ninh", "province", "Quảng Ninh"),
        ("Công đoàn Than - Khoáng sản Việt Nam", "sector", None)}


def test_a_generic_acronym_after_cdcs_is_no_company():
    text = "Công đoàn cơ sở Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh (CĐCS BQL) luôn đổi mới; CĐCS BQL có 40 đoàn viên."
    assert units(text) == {("Công đoàn cơ sở Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "grassroots", "Hà Tĩnh")}


def test_a_bare_provincial_union_that_counts_people_of_several():
    assert units("Được tôn vinh có 6 cán bộ công đoàn cơ sở và 2 Chủ tịch LĐLĐ tỉnh.") == set()
    assert units("Hội nghị có các đồng chí Phó Chủ tịch LĐLĐ tỉnh dự.") == set()
    # one chair of the provincial union is still that union (placed by the one province named)
    assert units("Ông Nguyễn Văn A, Chủ tịch LĐLĐ tỉnh, phát biểu tại hội nghị ở Thái Bình.") == {
        ("Liên đoàn Lao động tỉnh Thái Bình", "province", "Thái Bình")}
