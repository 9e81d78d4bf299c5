"""Unit tagging on real passages (sources in tests/data/tagging/units*.jsonl) and look-alikes."""

from __future__ import annotations

import pytest

from enrich.units import SourceContext, article_date, tag_units
from tests.unit_tags import units

SOC_TRANG = SourceContext("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", unit_id="ldld-soc-trang")
BINH_LUC = SourceContext("Liên đoàn Lao động huyện Bình Lục", "district", "Hà Nam", "Bình Lục")
TAY_NINH = SourceContext("Liên đoàn Lao động tỉnh Tây Ninh", "province", "Tây Ninh", unit_id="ldld-tay-ninh")


@pytest.mark.parametrize(
    ("text", "source", "date", "expected"),
    [
        # seed 003: a provincial city is district level before 1 July 2025
        ("Ngày 11/01/2019 Liên đoàn Lao động thành phố Sóc Trăng tổ chức Hội nghị triển khai nghị quyết "
         "Đại hội XII Công đoàn Việt Nam", None, "2019-01-11",
         {("Liên đoàn Lao động thành phố Sóc Trăng", "district", "Sóc Trăng")}),
        # seed 001: bare "Liên đoàn Lao động tỉnh" on the provincial portal
        ("Sáng ngày 24.2, Liên đoàn Lao động tỉnh đã tổ chức Hội nghị triển khai kế hoạch thực hiện "
         "Chương trình hành động của Tổng Liên đoàn Lao động Việt Nam", SOC_TRANG, "2022-02-24",
         {("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng"),
          ("Tổng Liên đoàn Lao động Việt Nam", "national", None)}),
        # seed 000: "LĐLĐ huyện" on the district page, "Liên đoàn Lao động tỉnh" is its parent
        ("Các đại biểu còn được nghe Kế hoạch của  Liên đoàn Lao động tỉnh, chương trình hành động của "
         "BTV huyện ủy ,  LĐLĐ huyện.", BINH_LUC, "2021-07-01",
         {("Liên đoàn Lao động tỉnh Hà Nam", "province", "Hà Nam"),
          ("Liên đoàn Lao động huyện Bình Lục", "district", "Hà Nam")}),
        # a person's name after the unit word is not a place
        ("Phát biểu chỉ đạo, đồng chí Nguyễn Thanh Sơn - Ủy viên BCH Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh "
         "Nguyễn Thanh Sơn cho biết", SOC_TRANG, "2022-02-24",
         {("Tổng Liên đoàn Lao động Việt Nam", "national", None),
          ("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng")}),
        # abbreviations and spellings: TP HCM, TPHCM, quận with a number, old tone placement
        ("LĐLĐ quận 8, TP HCM ngày 31-1 đã tổ chức họp mặt. Chương trình do Liên đoàn Lao động TPHCM tổ chức.",
         None, "2024-01-31",
         {("Liên đoàn Lao động quận 8", "district", "Hồ Chí Minh"),
          ("Liên đoàn Lao động Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh")}),
        ("Được biết, đây là CĐCS doanh nghiệp ngoài nhà nước thứ 2 mà LĐLĐ thị xã Hoà Thành thành lập.",
         TAY_NINH, "2022-05-19", {("Liên đoàn Lao động thị xã Hòa Thành", "district", "Tây Ninh")}),
        ("Trước thực trạng nhiều CĐCS ngành GTVT thuộc LĐLĐ các huyện, thị xã hoạt động chưa hiệu quả, Ban "
         "Thường vụ LĐLĐ tỉnh Đắc Nông đã vận động chuyển giao các CĐCS này cho CĐ ngành GTVT tỉnh.", None, None,
         {("Liên đoàn Lao động tỉnh Đắk Nông", "province", "Đắk Nông"),
          ("Công đoàn ngành Giao thông vận tải tỉnh Đắk Nông", "sector", "Đắk Nông")}),
        # Thủ Đức: a quận until 2021, a district-level city after
        ("LĐLĐ quận Thủ Đức đề ra chỉ tiêu mỗi Công đoàn cơ sở vận động ít nhất 30% đoàn viên.", None,
         "2012-03-21", {("Liên đoàn Lao động quận Thủ Đức", "district", "Hồ Chí Minh")}),
        ("Đến nay, LĐLĐ TP Thủ Đức đã thành lập 16 NĐ với 757 đoàn viên.", None, "2022-08-09",
         {("Liên đoàn Lao động thành phố Thủ Đức", "district", "Hồ Chí Minh")}),
        # sector unions: provincial, civil servants, industrial zones, central
        ("TTH - Chiều 6/1, Công đoàn Viên chức (CĐVC) tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm "
         "2016.", SourceContext("", "province", "Thừa Thiên Huế"), "2017-01-06",
         {("Công đoàn Viên chức tỉnh Thừa Thiên Huế", "sector", "Thừa Thiên Huế")}),
        ("Tối ngày 30/5/2017, Công đoàn các Khu công nghiệp tỉnh phối hợp với Ban quản lý các KCN tỉnh tổ "
         "chức Chương trình giao lưu văn nghệ.", SourceContext("", "province", "Bắc Giang"), "2017-05-30",
         {("Công đoàn các Khu công nghiệp tỉnh Bắc Giang", "sector", "Bắc Giang")}),
        ("Ông Đỗ Nga Việt, Chủ tịch CĐ GTVT Việt Nam trao đổi với Báo Giao thông.", None, "2017-01-01",
         {("Công đoàn Giao thông vận tải Việt Nam", "sector", None)}),
        # "Công đoàn tỉnh X" in a congress name is the provincial union
        ("Triển khai Chương trình hành động thực hiện Nghị quyết Đại hội XVII Công đoàn tỉnh Lạng Sơn.", None,
         "2024-05-06", {("Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn")}),
    ],
)
def test_real_passages(text, source, date, expected):
    assert units(text, source=source, date=date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các cấp công đoàn hoàn thành nhiệm vụ xây dựng Chương trình, Kế hoạch hành động sớm nhất.",
        "Liên đoàn bóng đá Việt Nam (LĐBĐVN; tiếng Anh: Vietnam Football Federation - VFF) là tổ chức quản lý bóng đá.",
        "Chiều 23-11, tại TP.Vũng Tàu, Đại hội đại biểu Liên đoàn Bóng bàn tỉnh BR-VT lần thứ nhất đã được tổ chức.",
        "Công đoàn Việt Nam 96 năm qua là tổ chức đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp của người lao động.",
        "Các cấp công đoàn tỉnh Tuyên Quang: Tập trung hỗ trợ người lao động nghèo",
        "Hầu hết các Liên đoàn Lao động tỉnh, Thành phố đã xây dựng Chương trình hành động tại cấp mình.",
        "Tại hội nghị đã có 28 cá nhân được khen thưởng vì thực hiện chỉ thị số 03/CT – TLĐ giai đoạn 2010 -2020.",
        "Trụ sở mới đặt tại số 5 đường Liên đoàn Lao động, phường 7.",
        "Đại hội đại biểu Công đoàn cơ sở là đợt sinh hoạt chính trị của đoàn viên và CNVC-LĐ ở cơ sở.",
        "Tỉnh đoàn Khánh Hòa vừa ban hành kế hoạch; Đoàn Thanh niên Công an tỉnh tham gia.",
        "Ngày 24/6, Thủ tướng chỉ định ông Hồ Văn Mười giữ chức vụ Chủ tịch UBND tỉnh Lâm Đồng mới.",
    ],
)
def test_look_alikes_are_not_units(text):
    assert units(text, date="2023-01-01") == set()


def test_the_2025_reform_picks_the_unit_valid_on_the_date():
    before = tag_units("LĐLĐ tỉnh Vĩnh Phúc trao quà cho công nhân.", published="2024-12-01")
    after = tag_units("LĐLĐ tỉnh Phú Thọ trao quà cho công nhân.", published="2025-10-01")
    older = tag_units("LĐLĐ tỉnh Phú Thọ trao quà cho công nhân.", published="2024-10-01")
    assert [(u.unit_id, u.province, u.province_new) for u in before] == [("ldld-vinh-phuc", "Vĩnh Phúc", "Phú Thọ")]
    assert [u.unit_id for u in after] == ["ldld-phu-tho-2025"]
    assert [u.unit_id for u in older] == ["ldld-phu-tho"]
    district = tag_units("LĐLĐ huyện Bình Lục tổ chức hội nghị.", published="2021-06-01")
    assert [(u.level, u.province, u.province_new) for u in district] == [("district", "Hà Nam", "Ninh Bình")]


def test_commune_unions_are_created_when_first_seen_and_checked_against_the_communes():
    tags = tag_units("Ngày 30/10, Công đoàn xã Lập Thạch tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.",
                     source=SourceContext("", "province", "Phú Thọ"), published="2025-10-30")
    [commune] = tags
    assert (commune.unit_id, commune.name, commune.level, commune.province) == (
        "cd-phu-tho-2025--xa-lap-thach", "Công đoàn xã Lập Thạch", "commune", "Phú Thọ")
    assert commune.discovered["parent_id"] == "ldld-phu-tho-2025"
    assert tag_units("Công đoàn phường Không Có tổ chức đại hội.", published="2025-10-30") == []
    # before the reform there were no commune-level unions: a commune's union was a grassroots one
    [before] = tag_units("Công đoàn xã Lập Thạch tổ chức đại hội.", published="2024-10-30")
    assert (before.name, before.level) == ("Công đoàn cơ sở xã Lập Thạch", "grassroots")


def test_grassroots_union_under_the_publishing_union():
    [publisher, grassroots] = tag_units(
        "Chiều ngày 19/5/2022, Ban vận động đã tổ chức Đại hội thành lập Công đoàn cơ sở Công ty TNHH Tân Thúy.",
        source=TAY_NINH, published="2022-05-19")
    assert publisher.role == "publisher" and publisher.unit_id == "ldld-tay-ninh"
    assert (grassroots.name, grassroots.level, grassroots.province) == (
        "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Tân Thúy", "grassroots", "Tây Ninh")
    assert grassroots.discovered["parent_id"] == "ldld-tay-ninh"
    assert grassroots.unit_id == "cdcs-tay-ninh--cong-ty-trach-nhiem-huu-han-tan-thuy"


def test_roles_and_evidence():
    text = "Dự buổi lễ có lãnh đạo LĐLĐ TP.HCM. Sau đó Tổng LĐLĐ Việt Nam trao quà."
    tags = tag_units(text, title="Công đoàn phường Tân Phú ra mắt", source=SourceContext(
        "Liên đoàn Lao động Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh"), published="2025-08-29")
    roles = {u.name: (u.role, u.evidence, u.start) for u in tags if u.role != "publisher"}
    assert roles["Công đoàn phường Tân Phú"] == ("subject", "Công đoàn phường Tân Phú", None)
    assert roles["Liên đoàn Lao động Thành phố Hồ Chí Minh"] == ("subject", "LĐLĐ TP.HCM", text.index("LĐLĐ"))
    assert roles["Tổng Liên đoàn Lao động Việt Nam"][:2] == ("mentioned", "Tổng LĐLĐ Việt Nam")
    assert [u.role for u in tags].count("publisher") == 1


def test_bare_provincial_union_without_any_province_is_left_out():
    assert tag_units("Chiều ngày 01/03, LĐLĐ tỉnh tổ chức buổi làm việc với Khối thi đua số 01.") == []
    tags = tag_units("Chủ tịch LĐLĐ tỉnh Tẩn Minh Long trao phiếu mua hàng do Tổng LĐLĐ Việt Nam tổ chức.")
    assert [(u.name, u.level, u.province) for u in tags] == [("Tổng Liên đoàn Lao động Việt Nam", "national", None)]


@pytest.mark.parametrize(("published", "day"), [
    ("2021-11-10T07:00:00+07:00", "2021-11-10"), ("2024-05", "2024-05-15"), ("2019", "2019-07-01"),
    ("2025", None), (None, None),
])
def test_article_date(published, day):
    assert article_date(published) == day
