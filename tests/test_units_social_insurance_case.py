"""The social insurance office written with "Xã hội" capitalised ("Công đoàn cơ sở Bảo hiểm Xã hội tỉnh X") is read as
written in lower case: group ``org`` of enrich/data/unit_words.csv lists both cases, as it does "Vườn Quốc gia" and
"Khu Bảo tồn". Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

import pytest

from tests import unit_tags

units = partial(unit_tags.units, date="2021-06-10")


@pytest.mark.parametrize("written", ["Bảo hiểm Xã hội", "Bảo hiểm xã hội"])
def test_a_provinces_social_insurance_union_in_either_case(written: str) -> None:
    assert units(f"Sáng 10/6, Công đoàn cơ sở {written} tỉnh Hậu Giang tổ chức hội nghị người lao động.") == {
        (f"Công đoàn cơ sở {written} tỉnh Hậu Giang", "grassroots", "Hậu Giang")}


@pytest.mark.parametrize("written", ["Bảo hiểm Xã hội", "Bảo hiểm xã hội"])
def test_a_districts_social_insurance_union_in_either_case(written: str) -> None:
    assert units(f"Chủ tịch CĐCS {written} huyện Cần Giuộc, tỉnh Long An trao quà cho đoàn viên.") == {
        (f"Công đoàn cơ sở {written} huyện Cần Giuộc", "grassroots", "Long An")}


def test_the_law_of_that_name_is_no_union() -> None:  # guard: "Luật Bảo hiểm Xã hội" after "Công đoàn và"
    assert units("Hội nghị tuyên truyền Luật Công đoàn và Luật Bảo hiểm Xã hội cho 200 công nhân.") == set()
