"""A verb of two lower-case syllables right after a proper name's capitalised word ends the name, though a capitalised
word follows it (word group ``name_verb``: "Trường THPT Ngọc Tố xây dựng Kế hoạch"); the same words inside a name
after a lower-case word or a legal form stay in it ("Công ty Cổ phần Đầu tư xây dựng X"). Every sentence here is
composed for the test."""

from __future__ import annotations

import pytest

from enrich.units import SourceContext
from tests import unit_tags

SOC_TRANG = SourceContext(None, "province", "Sóc Trăng")


def grassroots(text: str) -> set[str]:
    return {n for n, level, _ in unit_tags.units(text, source=SOC_TRANG, date="2020-09-15") if level == "grassroots"}


@pytest.mark.parametrize("text, name", [
    ("Ban chấp hành Công đoàn trường THPT Ngọc Tố xây dựng Kế hoạch hoạt động năm học 2020-2021 như sau:",
     "Công đoàn Trường THPT Ngọc Tố"),
    ("Công đoàn Trường THCS Lý Thường Kiệt xây dựng Chương trình công tác năm 2021.",
     "Công đoàn Trường THCS Lý Thường Kiệt"),
    ("Công đoàn cơ sở Bệnh viện Đa khoa Mỹ Xuyên kiểm tra Quy chế dân chủ tại các khoa.",
     "Công đoàn cơ sở Bệnh viện Đa khoa Mỹ Xuyên"),
])
def test_the_name_ends_before_the_verb(text: str, name: str) -> None:
    assert grassroots(text) == {name}


def test_the_words_stay_inside_a_companys_name() -> None:
    text = "Công đoàn cơ sở Công ty Cổ phần Đầu tư xây dựng Thành Nam tổ chức hội nghị người lao động."
    assert grassroots(text) == {"Công đoàn cơ sở Công ty Cổ phần Đầu tư xây dựng Thành Nam"}
