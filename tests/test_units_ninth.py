"""Unit recall on kinds the earlier blind runs showed: districts merged or renamed between 2020 and
2025 (from the GSO list of 2020 against the early-2025 one), brand unions of large enterprises and
their provincial branches, and names completed from a passage's own list. Every sentence here is
composed for the test."""

from __future__ import annotations

import csv
from functools import partial

from enrich.catalog import DATA
from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2023-05-10")


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_district_merged_in_2025_is_found_before_its_merger():
    assert units("LĐLĐ huyện Long Điền tổ chức hội nghị tổng kết công tác năm.") == {
        ("Liên đoàn Lao động huyện Long Điền", "district", "Bà Rịa - Vũng Tàu")}
    assert units("Liên đoàn Lao động huyện Đất Đỏ trao 50 suất quà cho công nhân.") == {
        ("Liên đoàn Lao động huyện Đất Đỏ", "district", "Bà Rịa - Vũng Tàu")}
    assert units("LĐLĐ thị xã Cửa Lò phối hợp tổ chức Tháng Công nhân.", date="2021-05-10") == {
        ("Liên đoàn Lao động thị xã Cửa Lò", "district", "Nghệ An")}


def test_a_district_merged_in_2020_is_found_under_either_tone_placement():
    for name in ("Phục Hòa", "Phục Hoà"):
        assert units(f"LĐLĐ huyện {name} tổ chức Tháng Công nhân.", date="2019-05-10") == {
            ("Liên đoàn Lao động huyện Phục Hòa", "district", "Cao Bằng")}


def test_a_former_city_that_shares_its_province_s_name_is_the_district_union():
    # "thành phố Ninh Bình" (merged into Hoa Lư in 2025) is the city's union, "tỉnh Ninh Bình" the province's
    assert units("LĐLĐ thành phố Ninh Bình tổ chức Tháng Công nhân.", date="2021-05-10") == {
        ("Liên đoàn Lao động thành phố Ninh Bình", "district", "Ninh Bình")}
    assert units("LĐLĐ tỉnh Ninh Bình tổ chức Tháng Công nhân.", date="2021-05-10") == {
        ("Liên đoàn Lao động tỉnh Ninh Bình", "province", "Ninh Bình")}
    assert units("LĐLĐ Ninh Bình tổ chức Tháng Công nhân.", date="2021-05-10") == {
        ("Liên đoàn Lao động tỉnh Ninh Bình", "province", "Ninh Bình")}


def test_former_districts_carry_their_successor_and_take_no_live_name():
    districts = _rows("districts.csv")
    former = [d for d in districts if d["source"].startswith("vietnam-provinces")]
    by_id = {d["id"]: d for d in districts}
    assert {d["short_name"] for d in former} >= {"Long Điền", "Đất Đỏ", "Phục Hòa", "Cửa Lò", "Tây Trà"}
    live = {(d["province_id"], d["short_name"].lower()) for d in districts if d["valid_to"] == "2025-06-30"}
    for row in former:
        assert (row["province_id"], row["short_name"].lower()) not in live, row["id"]
        assert row["successor_id"] in by_id, row["id"]
        assert not row["valid_to"] or row["valid_to"] < "2025-06-30", row["id"]
    assert by_id["ba-ria-vung-tau--long-dien"]["successor_id"] == "ba-ria-vung-tau--long-dat"
    assert by_id["ba-ria-vung-tau--long-dien"]["valid_to"] == "2024-12-31"
    unions = {u["id"]: u for u in _rows("units.csv")}
    union = unions["ldld-ba-ria-vung-tau--long-dien"]
    assert (union["level"], union["active_until"], union["successor_id"]) == (
        "district", "2024-12-31", "ldld-ba-ria-vung-tau--long-dat")


def test_a_live_district_keeps_its_articles():
    # Đạ Huoai lives on as the merged district's name: one union, the live one
    assert units("LĐLĐ huyện Đạ Huoai tổ chức Tháng Công nhân.", date="2021-05-10") == {
        ("Liên đoàn Lao động huyện Đạ Huoai", "district", "Lâm Đồng")}
    assert units("LĐLĐ huyện Long Đất ra mắt Ban Chấp hành.", date="2025-02-10") == {
        ("Liên đoàn Lao động huyện Long Đất", "district", "Bà Rịa - Vũng Tàu")}


def test_a_brand_s_union_is_named_as_the_passage_names_it():
    assert units("Công đoàn Vietcombank phát động thi đua trong toàn hệ thống.") == {
        ("Công đoàn Vietcombank", "sector", None)}
    assert units("Công đoàn Agribank trao 200 suất quà cho đoàn viên.") == {("Công đoàn Agribank", "sector", None)}
    # the brand and the full name in one passage: one unit, by its full name
    text = ("Công đoàn BIDV tổ chức đại hội. Đại hội đại biểu Công đoàn Ngân hàng TMCP Đầu tư và Phát triển "
            "Việt Nam (BIDV) lần thứ VII thành công tốt đẹp.")
    assert units(text) == {("Công đoàn Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "sector", None)}
    assert units("Công đoàn Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam tổ chức hội nghị.") == {
        ("Công đoàn Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", "sector", None)}


def test_a_brand_and_a_province_is_the_branch_s_grassroots_union():
    assert units("Công đoàn Vietcombank Hải Dương phối hợp xây 13 ngôi nhà đại đoàn kết.") == {
        ("Công đoàn Vietcombank Hải Dương", "grassroots", "Hải Dương")}
    assert units("Công đoàn Agribank chi nhánh Nghệ An trao quà cho công nhân.") == {
        ("Công đoàn Agribank chi nhánh Nghệ An", "grassroots", "Nghệ An")}
    # a brand whose gazetteer row is named in full keeps that name; its branch is read the same way
    assert units("Công đoàn VNPT và Công đoàn VNPT Hà Nội thăm hỏi người lao động.") == {
        ("Công đoàn Tập đoàn Bưu chính Viễn thông Việt Nam", "sector", None),
        ("Công đoàn VNPT Hà Nội", "grassroots", "Hà Nội")}


def test_a_brand_followed_by_another_name_is_not_the_brand_s_union():
    assert units("Công đoàn Viettel Post trao quà cho công nhân.") != {("Công đoàn Viettel", "sector", None)}
    assert units("Anh là nhân viên Vietcombank Hải Dương.") == set()


def test_brand_ids_are_the_ids_of_their_full_names():
    from enrich.unitbrands import brands
    from enrich.units import tag_units

    for brand in {b.unit_id: b for b in brands().values() if b.union}.values():
        tags = tag_units(f"{brand.union} tổ chức hội nghị.", published="2023-05-10")
        assert [(t.unit_id, t.level) for t in tags] == [(brand.unit_id, "sector")], brand.union


def test_group_brands_read_as_their_sector_unions():
    assert units("Công đoàn Vinacomin tổ chức Tháng Công nhân.") == {
        ("Công đoàn Than - Khoáng sản Việt Nam", "sector", None)}
    assert units("Công đoàn PVN trao quà Tết cho người lao động.") == {("Công đoàn Dầu khí Việt Nam", "sector", None)}
    assert units("Công đoàn Vietnam Airlines tổ chức Chuyến bay Công đoàn.") == {
        ("Công đoàn Tổng công ty Hàng không Việt Nam", "sector", None)}


def test_a_province_type_and_a_district_type_are_two_unions():
    text = "LĐLĐ huyện Nam Sách trao quà. Công nhân được Liên đoàn Lao động tỉnh, huyện tặng quà Tết."
    assert units(text) == {("Liên đoàn Lao động huyện Nam Sách", "district", "Hải Dương"),
                           ("Liên đoàn Lao động tỉnh Hải Dương", "province", "Hải Dương")}
    text = "Tuần lễ Áo dài do Liên đoàn Lao động Thành phố và Quận Hồng Bàng tổ chức."
    assert units(text, source=SourceContext("Trường Tiểu học Quán Toan", "grassroots", "Hải Phòng")) == {
        ("Liên đoàn Lao động thành phố Hải Phòng", "province", "Hải Phòng"),
        ("Liên đoàn Lao động quận Hồng Bàng", "district", "Hải Phòng")}


def test_lists_of_types_stay_generic():
    assert units("Đại diện LĐLĐ các huyện, thị xã, thành phố cùng tham dự.") == set()
    assert units("LĐLĐ huyện, thành, thị tổ chức Tháng Công nhân.") == set()
    assert units("LĐLĐ tỉnh, thành phố tổ chức Tháng Công nhân.") == set()


def test_a_renamed_union_written_with_nay_la_is_one_unit_by_its_new_name():
    text = ("Đoàn công tác của Công đoàn Dầu khí Việt Nam (nay là Công đoàn Tập đoàn Công nghiệp - Năng lượng "
            "Quốc gia Việt Nam) thăm hỏi người lao động.")
    assert units(text, date="2025-05-10") == {
        ("Công đoàn Tập đoàn Công nghiệp – Năng lượng Quốc gia Việt Nam", "sector", None)}
    # joined by "và" they are two
    text = "Công đoàn Dầu khí Việt Nam và Công đoàn Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam ký kết."
    assert len(units(text, date="2025-05-10")) == 2


def test_a_union_that_works_with_its_organisation_s_bodies_is_that_organisation_s():
    text = ("Sáng 29/5, Công đoàn phối hợp với Đoàn TNCS Hồ Chí Minh và tổ công tác xã hội Bệnh viện Phục hồi "
            "chức năng Nghệ An tổ chức chương trình cho bệnh nhi.")
    assert units(text) == {("Công đoàn Bệnh viện Phục hồi chức năng Nghệ An", "grassroots", "Nghệ An")}
    # a partner named right after "phối hợp với" is another organisation, not the union's
    assert units("Công đoàn phối hợp với Bệnh viện Bạch Mai tổ chức khám bệnh cho đoàn viên.") == set()


def test_a_bare_district_type_after_a_name_is_the_source_s_district():
    source = SourceContext("Ủy ban nhân dân huyện Tân Châu", "district", "Tây Ninh", "Tân Châu")
    text = "Công đoàn cơ sở phối hợp Đoàn ủy Trung tâm Y tế huyện tổ chức hội thao cho viên chức."
    assert units(text, source=source) == {("Công đoàn cơ sở Trung tâm Y tế huyện Tân Châu", "grassroots", "Tây Ninh")}


def test_the_union_as_the_law_names_it_on_a_company_s_own_site():
    source = SourceContext("Công ty Cổ phần Cấp nước Gia Định", "grassroots", "Hồ Chí Minh")
    text = "Giám đốc đã phối hợp với Ban Chấp hành Công đoàn – Đại diện người lao động tổ chức hội nghị đối thoại."
    assert units(text, source=source) == {("Công đoàn cơ sở Công ty Cổ phần Cấp nước Gia Định", "grassroots", "Hồ Chí Minh")}
    text = "Bà Trần Thị Hoa - Chủ tịch công đoàn đại diện tập thể người lao động ký thỏa ước lao động tập thể."
    assert units(text, source=source) == {("Công đoàn cơ sở Công ty Cổ phần Cấp nước Gia Định", "grassroots", "Hồ Chí Minh")}
    # the chairs of several unions, or a union group's leader, are not the site's union
    assert units("Hội nghị biểu dương các Chủ tịch công đoàn đại diện người lao động tiêu biểu.", source=source) == set()
    assert units("Tổ trưởng công đoàn cùng 22 thành viên tham gia đối thoại.", source=source) == set()
    # on a provincial union's site it names no unit
    province = SourceContext("Liên đoàn Lao động tỉnh Long An", "province", "Long An")
    assert units(text, source=province) == set()
