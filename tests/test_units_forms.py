"""Unit names in the forms a second round of unseen passages showed: a town under its type before
an upgrade, bare district references resolved from the passage or the source, sector unions
abbreviated or bare, grassroots unions of communes, of member companies and of schools written in
lower case or with the head doubled, and names that end at a dateline or a common word. Every
sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

import pytest

from enrich.units import SourceContext, tag_units
from tests import unit_tags

HA_NOI = SourceContext("Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội", unit_id="ldld-ha-noi")
DONG_THAP = SourceContext("Liên đoàn Lao động tỉnh Đồng Tháp", "province", "Đồng Tháp", unit_id="ldld-dong-thap")


units = partial(unit_tags.units, date="2023-05-10")


def test_a_town_under_its_type_before_it_became_a_city():
    # Dĩ An became a provincial city in 2020; the text of 2018 still calls it a thị xã
    assert units("Sáng 3-9, LĐLĐ TX. Dĩ An (Bình Dương) trao 80 suất học bổng.", date="2018-09-03") == {
        ("Liên đoàn Lao động thị xã Dĩ An", "district", "Bình Dương")}
    assert units("LĐLĐ TX.Dĩ An vận động doanh nghiệp ủng hộ.", date="2018-09-03") == {
        ("Liên đoàn Lao động thị xã Dĩ An", "district", "Bình Dương")}


def test_a_bare_district_union_takes_the_district_the_passage_names():
    text = "Giải cầu lông quận Long Biên lần thứ 5 do Liên đoàn Lao động quận tổ chức vào cuối tuần."
    assert units(text, source=HA_NOI) == {("Liên đoàn Lao động quận Long Biên", "district", "Hà Nội")}
    # two districts named: which one is meant cannot be told, so none
    text = "Quận Ba Đình và quận Tây Hồ phối hợp; LĐLĐ quận trao 40 suất quà."
    assert units(text, source=HA_NOI) == set()


def test_a_bare_district_union_on_a_district_page_that_is_not_a_union():
    # the publisher is the district's people's committee: its union, never the committee itself
    source = SourceContext("Ủy ban nhân dân huyện Nam Đàn", "district", "Nghệ An", "Nam Đàn")
    got = units("Hội Nông dân và Liên đoàn lao động huyện đã ra quân dọn vệ sinh.", source=source)
    assert got == {("Liên đoàn Lao động huyện Nam Đàn", "district", "Nghệ An")}


def test_sector_unions_abbreviated_or_bare():
    assert units("Công đoàn ngành GD-ĐT tỉnh Gia Lai và Công đoàn ngành GD tỉnh Kon Tum ký kết giao ước.") == {
        ("Công đoàn ngành Giáo dục tỉnh Gia Lai", "sector", "Gia Lai"),
        ("Công đoàn ngành Giáo dục tỉnh Kon Tum", "sector", "Kon Tum")}
    # a bare "thành phố" on the page of a school in a provincial city: that city's union
    school = SourceContext("Trường Tiểu học Chi Lăng", "grassroots", "Lạng Sơn", "Lạng Sơn")
    assert units("Đoàn viên trực thuộc Công đoàn giáo dục thành phố.", source=school) == {
        ("Công đoàn Giáo dục thành phố Lạng Sơn", "sector", "Lạng Sơn")}
    assert units("Hội thao của Công đoàn TCty Thủy sản Việt Nam - CTCP thu hút 500 người.") == {
        ("Công đoàn Tổng công ty Thủy sản Việt Nam", "sector", None)}  # the form after the dash left out


def test_grassroots_unions_of_communes_before_the_reform():
    text = ("Liên đoàn Lao động huyện Tháp Mười phối hợp CĐCS xã Mỹ Hòa trao nhà cho chị Lan "
            "(Công đoàn cơ sở thị trấn Mỹ An).")
    assert units(text, source=DONG_THAP, date="2022-03-01") == {
        ("Liên đoàn Lao động huyện Tháp Mười", "district", "Đồng Tháp"),
        ("Công đoàn cơ sở xã Mỹ Hòa", "grassroots", "Đồng Tháp"),
        ("Công đoàn cơ sở thị trấn Mỹ An", "grassroots", "Đồng Tháp")}


def test_member_unions_of_a_company_union():
    text = ("Thành lập CĐCS Công ty Cổ phần Thủy sản Phú Yên gồm 2 CĐCSTV (CĐCSTV Công ty TNHH Hải Nam; "
            "CĐCSTV Công ty Cổ phần Chế biến và Xuất khẩu Hòa Lợi).")
    # the company named after its province is placed there, and its member unions with it
    assert units(text) == {
        ("Công đoàn cơ sở Công ty Cổ phần Thủy sản Phú Yên", "grassroots", "Phú Yên"),
        ("Công đoàn cơ sở thành viên Công ty Trách nhiệm hữu hạn Hải Nam", "grassroots", "Phú Yên"),
        ("Công đoàn cơ sở thành viên Công ty Cổ phần Chế biến và Xuất khẩu Hòa Lợi", "grassroots", "Phú Yên")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hằng năm Công đoàn trường mầm non Hoa Mai đều tặng quà cho trẻ.",
         {("Công đoàn Trường Mầm non Hoa Mai", "grassroots", None)}),
        ("Đối với Công đoàn trường Trường THCS Lê Lợi, việc này luôn được quan tâm.",
         {("Công đoàn Trường THCS Lê Lợi", "grassroots", None)}),
        ("Công đoàn trường tiểu học thì tổ chức cho giáo viên tham quan.", set()),
    ],
)
def test_school_unions_in_lower_case_or_with_the_head_doubled(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline after the headline
        ("Ra mắt Công đoàn cơ sở Công ty TNHH Giày Tân Phú (QNO) - Sáng 12/3, Liên đoàn Lao động huyện "
         "Thăng Bình tổ chức lễ.",
         {("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Giày Tân Phú", "grassroots", "Quảng Nam"),
          ("Liên đoàn Lao động huyện Thăng Bình", "district", "Quảng Nam")}),
        # "gồm" (and its common typo) ends the name; a count does not carry a lower-case word on
        ("Công đoàn cơ sở Công ty Cổ phần Da giày Sông Hồng gổm 04 tổ công đoàn.",
         {("Công đoàn cơ sở Công ty Cổ phần Da giày Sông Hồng", "grassroots", None)}),
        ("Công đoàn cơ sở Công ty Cổ phần Da giày Sông Hồng chăm lo 12 tổ công đoàn.",
         {("Công đoàn cơ sở Công ty Cổ phần Da giày Sông Hồng", "grassroots", None)}),
    ],
)
def test_name_extents(text, expected):
    assert units(text) == expected


SOC_TRANG = SourceContext("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", unit_id="ldld-soc-trang")


def test_nghiep_doan_of_any_trade_by_district():
    text = ("LĐLĐ quận 3 ra mắt Nghiệp đoàn Xe ôm quận. Nghiệp đoàn xe ôm công nghệ quận Bình Thạnh, TP HCM "
            "cũng ra mắt; nghiệp đoàn xe ôm ở quận 5 thì chưa.")
    assert units(text, date="2021-04-01") == {
        ("Liên đoàn Lao động quận 3", "district", "Hồ Chí Minh"),
        ("Nghiệp đoàn Xe ôm quận 3", "grassroots", "Hồ Chí Minh"),
        ("Nghiệp đoàn xe ôm công nghệ quận Bình Thạnh", "grassroots", "Hồ Chí Minh")}
    assert units("Nghiệp đoàn Xe ôm huyện đã kết nạp 20 đoàn viên.") == set()


def test_a_hotel_or_a_fund_named_after_the_union_is_not_a_unit():
    text = ("Lễ kỷ niệm diễn ra tại khách sạn Công đoàn Hạ Long; Quỹ Mái ấm Công đoàn tỉnh Sóc Trăng "
            "hỗ trợ 50 triệu đồng.")
    assert units(text) == set()


def test_a_union_named_by_a_district_of_the_source_province():
    text = "Công đoàn Thạnh Trị tổ chức Bữa cơm Công đoàn; Công đoàn Sóc Trăng và Công đoàn LĐLĐ tỉnh dự."
    assert units(text, source=SOC_TRANG, date="2025-05-29") == {
        ("Liên đoàn Lao động huyện Thạnh Trị", "district", "Sóc Trăng"),
        ("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng")}
    # not a district of the source's province: nothing
    assert units("Công đoàn Thạnh Trị tổ chức Bữa cơm Công đoàn.", source=HA_NOI, date="2025-05-29") == set()


def test_institution_phrase_giao_thong_van_tai_is_read_whole():
    assert units("Công đoàn cơ sở Sở Giao thông vận tải tổ chức Đại hội lần thứ 9.") == {
        ("Công đoàn cơ sở Sở Giao thông vận tải", "grassroots", None)}


def test_grassroots_unions_listed_after_cong_doan_co_so_cac_don_vi():
    text = ("LĐLĐ huyện Nông Cống phối hợp công đoàn cơ sở các đơn vị: Trường Mầm non Hoàng Sơn, Trường Tiểu "
            "học Minh Khôi và Công ty TNHH May Hồng Phát tổ chức lễ khánh thành.")
    assert units(text) == {
        ("Liên đoàn Lao động huyện Nông Cống", "district", "Thanh Hóa"),
        ("Công đoàn cơ sở Trường Mầm non Hoàng Sơn", "grassroots", "Thanh Hóa"),
        ("Công đoàn cơ sở Trường Tiểu học Minh Khôi", "grassroots", "Thanh Hóa"),
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn May Hồng Phát", "grassroots", "Thanh Hóa")}
    # outside a list, "và" between two agencies may name one joint union
    assert units("Công đoàn cơ sở Chi cục Thuế và Kho bạc Nhà nước huyện Tân Phú tổ chức hội thao.") == {
        ("Công đoàn cơ sở Chi cục Thuế và Kho bạc Nhà nước huyện Tân Phú", "grassroots", None)}


def test_two_nghiep_doan_sharing_a_ward_with_counts_in_parentheses():
    text = ("LĐLĐ quận Phú Nhuận, TP HCM vừa ra mắt Nghiệp đoàn (NĐ) Xe ôm truyền thống (40 đoàn viên) và "
            "NĐ Xe ôm công nghệ (16 đoàn viên) phường 2.")
    tags = [u for u in tag_units(text, published="2020-06-28") if u.unit_id.startswith("nd-")]
    assert {(u.name, u.level, u.province) for u in tags} == {
        ("Nghiệp đoàn Xe ôm truyền thống phường 2", "grassroots", "Hồ Chí Minh"),
        ("Nghiệp đoàn Xe ôm công nghệ phường 2", "grassroots", "Hồ Chí Minh")}
    # a ward number repeats across districts: the unit belongs to the district union the passage names
    assert {u.discovered["parent_id"] for u in tags} == {"ldld-ho-chi-minh--phu-nhuan"}


def test_the_school_union_on_the_school_page():
    school = SourceContext("Trường THCS Chi Lăng", "grassroots", "Lạng Sơn", "Lạng Sơn")
    assert units("Công đoàn cơ sở nhà trường có 40 đoàn viên.", source=school) == {
        ("Công đoàn cơ sở Trường THCS Chi Lăng", "grassroots", "Lạng Sơn")}
    # elsewhere "nhà trường" names no unit
    assert units("Công đoàn nhà trường phối hợp tổ chức.", source=HA_NOI) == set()


def test_a_name_written_with_its_tones_is_not_its_look_alike_without():
    # Thạnh Trị (Sóc Trăng) and Thanh Trì (Hà Nội) fold to the same letters
    text = "LĐLĐ huyện Thạnh Trị và LĐLĐ huyện Thanh Trì ký kết giao ước thi đua."
    assert units(text, source=HA_NOI) == {("Liên đoàn Lao động huyện Thạnh Trị", "district", "Sóc Trăng"),
                                          ("Liên đoàn Lao động huyện Thanh Trì", "district", "Hà Nội")}
