"""Unit tagging on kinds the eleventh blind set's run showed: the social policy bank's union by its
name and its abbreviation, the railway union named by its sector, and "Liên đoàn Lao động" with a
diacritic of "động" lost. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2022-01-20")

BANK = ("Công đoàn Ngân hàng Chính sách xã hội", "sector", None)
RAILWAY = ("Công đoàn Đường sắt Việt Nam", "sector", None)


def test_the_social_policy_banks_union_by_its_name_and_abbreviation():
    for written in ("Công đoàn Ngân hàng Chính sách xã hội", "Công đoàn Ngân hàng chính sách xã hội",
                    "Công đoàn NHCSXH", "công đoàn NHCSXH Việt Nam", "Công đoàn Ngân hàng CSXH"):
        assert units(f"Nhân dịp Tết, {written} đã trao 150 suất quà cho hộ nghèo.") == {BANK}, written


def test_a_branch_of_the_bank_keeps_its_province_and_grassroots_level():
    assert units("Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum trao quà cho đoàn viên.") == {
        ("Công đoàn Ngân hàng Chính sách xã hội tỉnh Kon Tum", "grassroots", "Kon Tum")}
    assert units("Công đoàn Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Ninh Bình thăm hỏi đoàn viên.") == {
        ("Công đoàn Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Ninh Bình", "grassroots", "Ninh Bình")}
    assert units("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Hà Giang tổ chức hội thao.") == {
        ("Công đoàn cơ sở Ngân hàng Chính sách xã hội tỉnh Hà Giang", "grassroots", "Hà Giang")}


def test_the_railway_union_named_by_its_sector():
    for written in ("Công đoàn ngành đường sắt", "Công đoàn ngành Đường sắt", "Công đoàn Đường sắt"):
        assert units(f"{written} đã bàn giao hai giếng nước cho trường vùng cao.") == {RAILWAY}, written
    # a railway company's grassroots union is still its own
    assert units("Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội trao quà.") == {
        ("Công đoàn Công ty cổ phần Vận tải Đường sắt Hà Nội", "grassroots", "Hà Nội")}


def test_the_provincial_union_with_a_diacritic_of_dong_lost():
    site = SourceContext(name="Liên đoàn Lao động tỉnh Bạc Liêu", level="province", province="Bạc Liêu")
    bac_lieu = ("Liên đoàn Lao động tỉnh Bạc Liêu", "province", "Bạc Liêu")
    for written in ("Liên đoàn Lao đông tỉnh", "Liên đoàn Lao dong tỉnh", "Liên đoàn Lao động tỉnh"):
        assert units(f"Quỹ Mái ấm của {written} hỗ trợ 40 triệu đồng.", source=site) == {bac_lieu}, written
    assert units("Đồng chí Lê Văn C, Chủ tịch Liên đoàn Lao đông tỉnh Sóc Trăng, phát biểu.") == {
        ("Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng")}
    # a union named after the federation's own words stays a look-alike where it was one
    assert units("Nhà văn hóa trên đường Liên đoàn Lao đông được sửa.") == set()
