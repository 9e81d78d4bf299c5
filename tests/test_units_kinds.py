"""Unit names in the forms a third round of unseen passages (held-out set C) showed: schools named
after a person, office and head-office unions whose names go on in lower case, corporation and
hospital unions named only by their head on their own site, joined sectors, lists of grassroots
unions, and grassroots units placed by the places their names hold. Every sentence here is composed
for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

DA_NANG = SourceContext("", "province", "Đà Nẵng")
HA_NOI = SourceContext("", "province", "Hà Nội")


units = partial(unit_tags.units, date="2022-06-01")


def test_a_school_named_after_a_person_after_its_level():
    text = "Đoàn viên Công đoàn trường tiểu học Nguyễn Văn Trỗi tham gia hiến máu tình nguyện."
    assert units(text, source=DA_NANG) == {("Công đoàn Trường Tiểu học Nguyễn Văn Trỗi", "grassroots", "Đà Nẵng")}
    # without a school level the name after "trường" is still a person's
    assert units("Chủ tịch công đoàn trường Nguyễn Thị Lan phát biểu.", source=DA_NANG) == set()


def test_office_names_that_go_on_in_lower_case():
    text = "Ban Chấp hành Công đoàn cơ quan Ủy ban nhân dân xã Hòa Phước trao quà cho đoàn viên."
    assert units(text, source=DA_NANG) == {
        ("Công đoàn Cơ quan Ủy ban nhân dân xã Hòa Phước", "grassroots", "Đà Nẵng")}
    text = "Công đoàn cơ sở Hội sở chính Vietcombank tổ chức giải cầu lông cho đoàn viên."
    assert units(text) == {("Công đoàn cơ sở Hội sở chính Vietcombank", "grassroots", None)}


def test_a_union_named_by_its_head_alone_is_the_source_s_own():
    corporation = SourceContext("Tổng công ty Điện lực miền Trung", "grassroots", "Đà Nẵng")
    text = "Công đoàn Tổng công ty đã trao 200 suất quà cho người lao động khó khăn."
    assert units(text, source=corporation) == {("Công đoàn Tổng công ty Điện lực miền Trung", "sector", None)}
    hospital = SourceContext("Bệnh viện Đa khoa Hòa Vang", "grassroots", "Đà Nẵng")
    text = "Chủ tịch Công đoàn Bệnh viện phát biểu tại Đại hội Công đoàn Bệnh viện nhiệm kỳ 2023-2028."
    assert units(text, source=hospital) == {("Công đoàn cơ sở Bệnh viện Đa khoa Hòa Vang", "grassroots", "Đà Nẵng")}
    # elsewhere the head alone names no unit
    assert units("Công đoàn Tổng công ty đã trao 200 suất quà cho người lao động khó khăn.") == set()
    assert units(text, source=corporation) == set()


def test_two_sectors_joined_by_a_dash_are_one_union():
    text = ("Công đoàn ngành Công Thương - Xây dựng tích cực chăm lo Tết. Đại hội Công đoàn ngành Công Thương"
            " - Xây dựng tỉnh Lào Cai khóa IV thành công tốt đẹp.")
    assert units(text) == {("Công đoàn ngành Công Thương - Xây dựng tỉnh Lào Cai", "sector", "Lào Cai")}
    # a dateline after the dash is not a sector
    source = SourceContext("", "province", "Lào Cai")
    assert units("Công đoàn ngành Y tế - Sáng nay đoàn công tác đến thăm.", source=source) == {
        ("Công đoàn ngành Y tế tỉnh Lào Cai", "sector", "Lào Cai")}


def test_a_grassroots_unit_placed_by_the_places_it_names():
    # the district in parentheses after it, also when another of its mentions has none
    text = "Nghiệp đoàn nghề cá xã Bình Châu tổng kết năm. Ngày 12/3, Nghiệp đoàn nghề cá xã Bình Châu (Bình Sơn) họp."
    assert units(text, date="2020-03-12") == {("Nghiệp đoàn nghề cá xã Bình Châu", "grassroots", "Quảng Ngãi")}
    # the district its name ends with, as the province is called on the date
    text = "Công đoàn cơ sở Bệnh viện Đa khoa khu vực Bình Long tổ chức Bữa cơm Công đoàn cho 300 đoàn viên."
    assert units(text, date="2024-08-20") == {
        ("Công đoàn cơ sở Bệnh viện Đa khoa khu vực Bình Long", "grassroots", "Bình Phước")}
    assert units(text, date="2025-08-20") == {
        ("Công đoàn cơ sở Bệnh viện Đa khoa khu vực Bình Long", "grassroots", "Đồng Nai")}
    # a company's name is a brand, not a place
    assert units("Công đoàn cơ sở Công ty TNHH Thống Nhất tặng quà cho đoàn viên.") == {
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Thống Nhất", "grassroots", None)}


def test_the_railway_and_national_university_unions_are_known():
    text = "Sáng 5/3, Công đoàn đường sắt Việt Nam trao 50 suất quà cho công nhân cung đường Vinh."
    assert units(text, date="2023-03-05") == {("Công đoàn Đường sắt Việt Nam", "sector", None)}
    text = "Công đoàn ĐHQGHN tổ chức giải bóng đá cho đoàn viên các trường thành viên."
    assert units(text) == {("Công đoàn Đại học Quốc gia Hà Nội", "sector", "Hà Nội")}


def test_lists_of_grassroots_unions_after_nhu_and_after_the_units():
    source = SourceContext("", "province", "Tuyên Quang")
    text = ("Nhiều Công đoàn cơ sở như Trường THPT Tân Trào, Trung tâm Y tế huyện Sơn Dương, Yên Sơn… "
            "đã tổ chức giải bóng chuyền hơi.")
    assert units(text, source=source) == {
        ("Công đoàn cơ sở Trường THPT Tân Trào", "grassroots", "Tuyên Quang"),
        ("Công đoàn cơ sở Trung tâm Y tế huyện Sơn Dương", "grassroots", "Tuyên Quang"),
        ("Công đoàn cơ sở Trung tâm Y tế huyện Yên Sơn", "grassroots", "Tuyên Quang")}
    text = "Dự đại hội có đại diện công đoàn các đơn vị: Trường Đại học Luật, Bệnh viện Đa khoa Xanh Pôn."
    assert units(text, source=HA_NOI) == {
        ("Công đoàn cơ sở Trường Đại học Luật", "grassroots", "Hà Nội"),
        ("Công đoàn cơ sở Bệnh viện Đa khoa Xanh Pôn", "grassroots", "Hà Nội")}
    # the ellipsis needs a typed place to repeat; a generic "như" names no unit
    assert units("Công đoàn cơ sở như Trường THCS Kim Đồng, Tân Trào đã hoàn thành.", source=source) == {
        ("Công đoàn cơ sở Trường THCS Kim Đồng", "grassroots", "Tuyên Quang")}
    assert units("Các tổ chức như công đoàn, đoàn thanh niên cùng tham gia.", source=source) == set()


def test_a_school_named_without_its_head_and_its_place_shortened_to_an_initial():
    text = ("Chiều 12/5, CĐCS THCS Kim Đồng tổ chức hội thi nấu ăn. Công đoàn cơ sở MN Hoa Sen Tây và "
            "đoàn viên CĐCS Trường MN H.Sen Tây cùng tham gia.")
    assert units(text, source=DA_NANG) == {
        ("Công đoàn cơ sở Trường THCS Kim Đồng", "grassroots", "Đà Nẵng"),
        ("Công đoàn cơ sở Trường Mầm non Hoa Sen Tây", "grassroots", "Đà Nẵng")}
    # a level without a name after it is not a school
    assert units("Công đoàn cơ sở THCS trên địa bàn đã hoàn thành đại hội.", source=DA_NANG) == set()


def test_the_grassroots_union_of_a_labour_federation_s_own_staff():
    federation = SourceContext("Liên đoàn Lao động tỉnh Đồng Tháp", "province", "Đồng Tháp")
    text = "Công đoàn cơ sở Liên đoàn Lao động tỉnh tổ chức giải cầu lông cho đoàn viên."
    assert units(text, source=federation) == {
        ("Công đoàn cơ sở Liên đoàn Lao động tỉnh Đồng Tháp", "grassroots", "Đồng Tháp")}
    assert units("CĐCS LĐLĐ huyện Tháp Mười tổ chức giải cầu lông.", date="2023-05-12") == {
        ("Công đoàn cơ sở Liên đoàn Lao động huyện Tháp Mười", "grassroots", "Đồng Tháp")}
    # a department of the federation ("Ban Công tác Công đoàn") is not a union of its staff
    assert units("Phó trưởng ban công tác Công đoàn LĐLĐ tỉnh phát biểu.", source=federation) == {
        ("Liên đoàn Lao động tỉnh Đồng Tháp", "province", "Đồng Tháp")}


def test_a_company_union_named_by_the_company_s_acronym():
    source = SourceContext("", "province", "Bắc Giang")
    text = "Công đoàn cơ sở LGIT và CĐCS VNPT Bắc Giang trao 300 suất quà cho công nhân."
    assert units(text, source=source) == {
        ("Công đoàn cơ sở LGIT", "grassroots", "Bắc Giang"),
        ("Công đoàn cơ sở VNPT Bắc Giang", "grassroots", "Bắc Giang")}
    # generic acronyms (enterprises, state-owned, FDI) and the lower-case generic type name no unit
    text = "Thành lập 12 Công đoàn cơ sở DN ngoài nhà nước; chủ tịch công đoàn cơ sở FDI và CĐCS DNNN dự họp."
    assert units(text, source=source) == set()
    assert units("Chủ tịch công đoàn cơ sở LGIT phát biểu.", source=source) == set()


def test_a_repeat_with_the_abbreviation_defined_in_parentheses_is_the_same_union():
    text = ("Công đoàn cơ sở Bệnh viện Đa khoa Trung tâm Tiền Giang (BVĐKTTTG) tổ chức hội thao. "
            "Chủ tịch Công đoàn cơ sở Bệnh viện BVĐKTTTG cho biết có 600 đoàn viên tham gia.")
    assert units(text) == {("Công đoàn cơ sở Bệnh viện Đa khoa Trung tâm Tiền Giang", "grassroots", "Tiền Giang")}


def test_a_bank_branch_named_after_the_banking_sector():
    text = "Công đoàn Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An tổ chức hội thao cho đoàn viên."
    assert units(text) == {("Công đoàn Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", "grassroots", "Nghệ An")}
    assert units("Công đoàn Ngân hàng Việt Nam phát động thi đua.") == {("Công đoàn Ngân hàng Việt Nam", "sector", None)}


def test_college_university_and_general_hospital_abbreviated_in_a_name():
    # "CĐ" after "Trường" is a college (Cao đẳng), not a union
    assert units("Công đoàn Trường CĐ Y tế Bình Dương tổ chức hội thao.") == {
        ("Công đoàn Trường Cao đẳng Y tế Bình Dương", "grassroots", "Bình Dương")}
    assert units("Công đoàn cơ sở BVĐK khu vực Củ Chi tổ chức hội thao.") == {
        ("Công đoàn cơ sở Bệnh viện Đa khoa khu vực Củ Chi", "grassroots", "Hồ Chí Minh")}
    assert units("Đoàn viên Công đoàn trường ĐH Vinh tham gia hiến máu.") == {
        ("Công đoàn Trường Đại học Vinh", "grassroots", "Nghệ An")}


def test_a_bare_commune_union_after_the_reform_is_the_commune_the_passage_names():
    hcm = SourceContext("", "province", "Hồ Chí Minh")
    text = "Ngày 5/9, tại phường Tân Định, Công đoàn phường tổ chức trao 50 suất quà cho đoàn viên."
    assert units(text, source=hcm, date="2025-09-05") == {("Công đoàn phường Tân Định", "commune", "Hồ Chí Minh")}
    # before July 2025 there were no commune unions; two wards named: which one cannot be told
    assert units(text, source=hcm, date="2024-09-05") == set()
    text = "Phường Tân Định và phường Bến Thành phối hợp; Công đoàn phường trao 50 suất quà."
    assert units(text, source=hcm, date="2025-09-05") == set()
    # "Công đoàn xã, phường" are the commune unions in general
    text = "Chủ tịch Công đoàn xã, phường dự hội nghị tại phường Tân Định."
    assert units(text, source=hcm, date="2025-09-05") == set()


def test_a_bare_commune_union_among_several_wards_is_the_one_its_sentence_names():
    hcm = SourceContext("", "province", "Hồ Chí Minh")
    text = ("Công đoàn phường Tân Định tổ chức lễ công bố. Bên cạnh đó, Công đoàn phường kết nạp 44 đoàn viên. "
            "Tại phường Bến Thành, TP HCM, Công đoàn phường cũng tổ chức hội nghị.")
    assert units(text, source=hcm, date="2025-11-14") == {("Công đoàn phường Tân Định", "commune", "Hồ Chí Minh"),
                                                          ("Công đoàn phường Bến Thành", "commune", "Hồ Chí Minh")}
    # a sentence naming no ward, or two, leaves the bare union unread
    text = "Tại phường Tân Định và phường Bến Thành, Công đoàn phường tổ chức hội nghị. Đoàn thăm phường Đa Kao."
    assert units(text, source=hcm, date="2025-11-14") == set()


def test_provincial_unions_of_agencies_and_enterprises_and_a_power_company_s_union():
    assert units("Công đoàn Khối các cơ quan tỉnh Quảng Ninh tổ chức hội thao.", date="2019-05-01") == {
        ("Công đoàn Khối các cơ quan tỉnh Quảng Ninh", "sector", "Quảng Ninh")}
    assert units("Công đoàn Khối Doanh nghiệp tỉnh Bắc Giang trao quà.", date="2019-05-01") == {
        ("Công đoàn Khối Doanh nghiệp tỉnh Bắc Giang", "sector", "Bắc Giang")}
    assert units("Công đoàn Điện lực Thanh Hóa tổ chức hội thao.", date="2019-05-01") == {
        ("Công đoàn Điện lực Thanh Hóa", "grassroots", "Thanh Hóa")}
    assert units("Công đoàn Điện lực Việt Nam tổ chức hội thao.", date="2019-05-01") == {
        ("Công đoàn Điện lực Việt Nam", "sector", None)}


def test_a_bare_sector_union_takes_the_sector_the_passage_names():
    text = ("Đoàn công tác của Ngành Giao thông Vận tải tỉnh Hà Tĩnh do đồng chí Lê Văn An – Chủ tịch Công đoàn "
            "ngành làm trưởng đoàn đã đến thăm.")
    assert units(text, date="2024-09-01") == {("Công đoàn ngành Giao thông vận tải tỉnh Hà Tĩnh", "sector", "Hà Tĩnh")}
    source = SourceContext("", "province", "Nghệ An")
    assert units("Chủ tịch Công đoàn ngành phát biểu tại hội nghị tổng kết ngành Y tế.", source=source) == {
        ("Công đoàn ngành Y tế tỉnh Nghệ An", "sector", "Nghệ An")}
    # no sector named, two named, or the sector unions in general: none
    assert units("Chủ tịch Công đoàn ngành phát biểu.", source=source) == set()
    assert units("Công đoàn ngành tặng quà; ngành Y tế và ngành Giáo dục phối hợp.", source=source) == set()
    text = "Liên đoàn Lao động các huyện, Công đoàn ngành và tương đương dự giải của ngành Giáo dục."
    assert units(text, source=source) == set()


def test_a_union_sharing_its_head_with_the_youth_union_and_a_head_written_twice():
    text = "Công Đoàn – Đoàn Thanh niên Tổng Công ty Tổng Công ty Cơ khí Giao thông Sài Gòn phối hợp tổ chức hội thao."
    assert units(text, date="2014-05-20") == {
        ("Công đoàn Tổng Công ty Cơ khí Giao thông Sài Gòn", "sector", "Hồ Chí Minh")}
    assert units("Công đoàn và Đoàn thanh niên Trường THPT Chu Văn An tổ chức hiến máu.", source=HA_NOI) == {
        ("Công đoàn Trường THPT Chu Văn An", "grassroots", "Hà Nội")}
    # a corporation named after a province in the middle of its name
    assert units("Công đoàn Tổng công ty Đầu tư Hà Nội Xanh tổ chức hội thao.") == {
        ("Công đoàn Tổng công ty Đầu tư Hà Nội Xanh", "sector", "Hà Nội")}


def test_a_nghiep_doan_named_by_place_alone_takes_the_trade_the_passage_names():
    source = SourceContext("", "province", "Quảng Ngãi")
    text = "Ngư dân gia nhập nghiệp đoàn nghề cá ngày càng đông. Nghiệp đoàn Tịnh Kỳ hiện có 300 đoàn viên."
    assert units(text, source=source) == {("Nghiệp đoàn nghề cá Tịnh Kỳ", "grassroots", "Quảng Ngãi")}
    # without a trade in the passage the name alone is not enough ("Nghiệp đoàn Đoàn Kết" of Poland)
    assert units("Nghiệp đoàn Tịnh Kỳ tổ chức đại hội.", source=source) == set()
    # a trade written capitalised is the trade, not a place ("Nghiệp đoàn Xe ôm công nghệ")
    text = "Ra mắt Nghiệp đoàn Xe ôm công nghệ - nơi tập hợp tài xế; nghiệp đoàn xe ôm có 40 đoàn viên."
    assert units(text, source=source) == set()


def test_health_centre_and_hospital_abbreviations_and_the_social_insurance_office():
    source = SourceContext("", "province", "Tuyên Quang")
    assert units("Công đoàn TTYT huyện Hàm Yên và Công đoàn BV Đa khoa tỉnh tổ chức hội thao.", source=source) == {
        ("Công đoàn Trung tâm Y tế huyện Hàm Yên", "grassroots", "Tuyên Quang"),
        ("Công đoàn Bệnh viện Đa khoa tỉnh Tuyên Quang", "grassroots", "Tuyên Quang")}
    assert units("Công đoàn Bảo hiểm xã hội tỉnh Yên Bái trao quà.", date="2019-05-01") == {
        ("Công đoàn Bảo hiểm xã hội tỉnh Yên Bái", "grassroots", "Yên Bái")}


def test_a_grassroots_union_whose_name_gives_another_province_lies_there():
    cao_bang = SourceContext("", "province", "Cao Bằng")
    assert units("Công đoàn cơ sở Sở Y tế tỉnh Bắc Kạn phối hợp tổ chức.", source=cao_bang) == {
        ("Công đoàn cơ sở Sở Y tế tỉnh Bắc Kạn", "grassroots", "Bắc Kạn")}
    # as the province is called on the date
    assert units("Công đoàn cơ sở Sở Y tế tỉnh Quảng Nam trao quà.", date="2025-08-01") == {
        ("Công đoàn cơ sở Sở Y tế tỉnh Quảng Nam", "grassroots", "Đà Nẵng")}
