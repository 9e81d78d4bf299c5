"""Unit names the tagger reads beyond its development set: institution names that go on in lower
case, school and hospital unions in lower case or abbreviated, nghiệp đoàn, central unions known by
their group's abbreviation, industrial-zone unions named by area, congress names and bare district
sector unions. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

import pytest

from enrich.units import SourceContext, tag_units
from tests import unit_tags

BINH_DINH = SourceContext("Liên đoàn Lao động tỉnh Bình Định", "province", "Bình Định", unit_id="ldld-binh-dinh")
DAK_LAK = SourceContext("Liên đoàn Lao động tỉnh Đắk Lắk", "province", "Đắk Lắk", unit_id="ldld-dak-lak")


units = partial(unit_tags.units, date="2023-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # institution names that go on in lower case ("Y học cổ truyền", "Kiểm soát bệnh tật")
        ("Công đoàn cơ sở Bệnh viện Y học cổ truyền tỉnh Nghệ An tổ chức hội thi cắm hoa.",
         {("Công đoàn cơ sở Bệnh viện Y học cổ truyền tỉnh Nghệ An", "grassroots", "Nghệ An")}),
        ("Năm nay Công đoàn cơ sở Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình kết nạp 12 đoàn viên.",
         {("Công đoàn cơ sở Trung tâm Kiểm soát bệnh tật tỉnh Thái Bình", "grassroots", "Thái Bình")}),
        ("Ban Chấp hành Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định đã họp.",
         {("Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn tỉnh Nam Định", "grassroots", "Nam Định")}),
        ("Công đoàn bệnh viện Phụ sản Trung ương tặng 50 suất quà cho sản phụ khó khăn.",
         {("Công đoàn Bệnh viện Phụ sản Trung ương", "grassroots", "Hà Nội")}),
        # after a proper name of two words or more, a lower-case word is the next clause
        ("Công đoàn cơ sở Công ty Cổ phần Sông Đà kêu gọi đoàn viên ủng hộ đồng bào vùng lũ.",
         {("Công đoàn cơ sở Công ty Cổ phần Sông Đà", "grassroots", None)}),
    ],
)
def test_names_that_go_on_in_lower_case(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng 15/3, Công đoàn trường THCS Nguyễn Du tổ chức hội thi nữ công.",
         {("Công đoàn Trường THCS Nguyễn Du", "grassroots", "Bình Định")}),
        ("CĐ trường MN Hoa Sen phối hợp với nhà trường tổ chức ngày hội cho các cháu.",
         {("Công đoàn Trường Mầm non Hoa Sen", "grassroots", "Bình Định")}),
        ("Nhân dịp năm học mới, Công đoàn trường TH Ngô Mây trao 15 suất học bổng.",
         {("Công đoàn Trường Tiểu học Ngô Mây", "grassroots", "Bình Định")}),
        ("Công đoàn bệnh viện Đa khoa khu vực Bồng Sơn thăm hỏi đoàn viên ốm đau.",
         {("Công đoàn Bệnh viện Đa khoa khu vực Bồng Sơn", "grassroots", "Bình Định")}),
    ],
)
def test_school_and_hospital_unions_in_lower_case_or_abbreviated(text, expected):
    assert units(text, source=BINH_DINH) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Công đoàn trường phát động phong trào thi đua dạy tốt, học tốt.",
        "Công đoàn bệnh viện đã tổ chức cho đoàn viên tham quan.",
        "Hằng năm, công đoàn trường MN và trường TH trên địa bàn đều tổ chức ngày hội.",
        "Đoàn vận động viên Liên đoàn Bóng chuyền tỉnh Bình Định giành huy chương.",
        "Chủ tịch công đoàn công ty Trần Văn Hùng cho biết năm nay thưởng Tết tăng.",
        "Phó Chủ tịch Công đoàn trường Nguyễn Thị Lan phát biểu tại buổi lễ.",
    ],
)
def test_bare_school_and_hospital_unions_and_look_alikes(text):
    assert units(text, source=BINH_DINH) == set()


def test_nghiep_doan_named_by_trade_and_place():
    got = units("Sáng 12/6, LĐLĐ huyện Phù Cát ra mắt Nghiệp đoàn nghề cá Cát Khánh với 45 đoàn viên.",
                source=BINH_DINH, date="2019-06-12")
    assert got == {("Liên đoàn Lao động huyện Phù Cát", "district", "Bình Định"),
                   ("Nghiệp đoàn nghề cá Cát Khánh", "grassroots", "Bình Định")}
    got = units("Ban Chấp hành NĐ Nghề cá Tam Quan Bắc gồm 5 đồng chí.", source=BINH_DINH, date="2019-06-12")
    assert got == {("Nghiệp đoàn Nghề cá Tam Quan Bắc", "grassroots", "Bình Định")}


@pytest.mark.parametrize(
    "text",
    [
        "LĐLĐ tỉnh sẽ tiếp tục vận động thành lập nghiệp đoàn nghề cá tại huyện Phù Mỹ trong năm tới.",
        "Đây là nghiệp đoàn nghề cá thứ ba ở thị xã Hoài Nhơn.",
        "Dịp này, LĐLĐ tỉnh trao tặng NĐ số tiền 3 triệu đồng.",
        "Nghiệp đoàn thì Ban chấp hành mới được bầu lại sau hai năm.",
    ],
)
def test_unnamed_nghiep_doan_is_not_a_unit(text):
    got = units(text, source=BINH_DINH, date="2019-06-12")
    assert not any(name.startswith("Nghiệp đoàn") for name, _, _ in got)


def test_central_union_known_by_its_group_abbreviation():
    got = units("Công đoàn TKV phát động Tháng công nhân năm 2024 tại các mỏ than vùng Quảng Ninh.", date="2024-05-02")
    assert got == {("Công đoàn Than - Khoáng sản Việt Nam", "sector", None)}


def test_alias_in_a_headline_before_a_colon():
    assert units("Công đoàn VATM: chăm lo Tết cho người lao động trực ca", date="2024-02-01") == {
        ("Công đoàn Tổng công ty Quản lý bay Việt Nam", "sector", None)}


def test_industrial_zone_union_named_by_area():
    got = units("Chiều 20/1, Công đoàn Khu công nghiệp khu vực Vĩnh Phúc trao 300 suất quà Tết cho công nhân.",
                date="2026-01-20")
    assert got == {("Công đoàn Khu công nghiệp khu vực Vĩnh Phúc", "sector", "Phú Thọ")}


def test_untyped_province_in_a_congress_name():
    got = units("Cán bộ công đoàn học tập Nghị quyết Đại hội XVII Công đoàn Nghệ An, nhiệm kỳ 2023 - 2028.",
                date="2023-11-02")
    assert got == {("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")}


def test_bare_district_sector_union_takes_the_district_the_passage_names():
    text = ("Tại Hội trường UBND huyện Krông Pắc, Công đoàn Giáo dục huyện tổ chức hội nghị tổng kết "
            "năm học 2022 - 2023.")
    assert units(text, source=DAK_LAK) == {("Công đoàn Giáo dục huyện Krông Pắc", "sector", "Đắk Lắk")}
    # with no district named, a bare district union is not made a provincial one
    text = "Công đoàn Giáo dục huyện tổ chức hội nghị tổng kết năm học 2022 - 2023."
    assert units(text, source=DAK_LAK) == set()


def test_a_sector_union_is_one_unit_however_the_sector_is_written():
    # spelt out, "Giáo dục và Đào tạo" is the sector's name in its own right (word group sector_own), and the union
    # is named as written; written short ("GD-ĐT") it is the sector's name; either way the same unit
    tags = tag_units("Công đoàn Giáo dục và Đào tạo tỉnh Gia Lai tổ chức hội nghị tổng kết năm học.",
                     published="2022-06-10")
    assert [(u.unit_id, u.name) for u in tags] == [("cd-gia-lai--giao-duc", "Công đoàn Giáo dục và Đào tạo tỉnh Gia Lai")]
    tags = tag_units("Công đoàn GD-ĐT tỉnh Gia Lai tổ chức hội nghị tổng kết năm học.", published="2022-06-10")
    assert [(u.unit_id, u.name) for u in tags] == [("cd-gia-lai--giao-duc", "Công đoàn Giáo dục tỉnh Gia Lai")]
