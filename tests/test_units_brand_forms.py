"""A brand's branch union written with two of the brand's forms in one passage (the brand, its short form, the bank's
full name: enrich/data/brands.csv) is one unit, named by its longest name (enrich/unitsame.py ``brand_forms``)."""

from __future__ import annotations

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize(("text", "name"), [
    ("Công đoàn Vietcombank Bắc Ninh trao quà. Chủ tịch Công đoàn VCB Bắc Ninh phát biểu.",
     "Công đoàn Vietcombank Bắc Ninh"),
    ("Công đoàn cơ sở BIDV Tây Hà Nội tổ chức hội thao. Chủ tịch CĐCS Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Tây "
     "Hà Nội phát biểu.", "Công đoàn cơ sở Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Tây Hà Nội"),
    ("Công đoàn cơ sở Ngân hàng TMCP Công thương Việt Nam Bắc Ninh tổ chức hội thao. Chủ tịch CĐCS VietinBank Bắc Ninh "
     "phát biểu.", "Công đoàn cơ sở Ngân hàng TMCP Công thương Việt Nam Bắc Ninh"),
])
def test_a_branch_written_with_two_of_its_brands_forms_is_one_unit(text: str, name: str) -> None:
    assert unit_names(text) == [name]


@pytest.mark.parametrize("text", [
    "Công đoàn cơ sở BIDV Tây Hà Nội và Công đoàn cơ sở VCB Tây Hà Nội tổ chức hội thao.",  # two banks' branches
    "Công đoàn cơ sở VCB Tây Hà Nội và Công đoàn cơ sở Vietcombank Bắc Hà Nội tổ chức hội thao.",  # two branches
])
def test_two_branches_stay_two(text: str) -> None:
    assert len(unit_names(text)) == 2
