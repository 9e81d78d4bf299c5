"""A company named with its legal form in lower case ("Công ty cổ phần Dịch vụ Hàng hải X") is a proper name for a
bare "Công đoàn Công ty" after it (enrich/unitshort.py ``named_before``), as with the form capitalised: the union of
the one company the passage named (b32u012, b9u068). Two companies named, or a legal form with no name after it,
complete nothing. Every sentence here is composed for the test."""

from __future__ import annotations

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text, source=None, published="2023-03-22").units]


@pytest.mark.parametrize("text, name", [
    ("Ngày 22/3, Công ty cổ phần Dịch vụ Hàng hải Bắc Hải đã tổ chức thành công Đại hội Công đoàn Công ty khóa XXIV.",
     "Công đoàn Công ty cổ phần Dịch vụ Hàng hải Bắc Hải"),
    ("Công ty cổ phần Cơ khí Tân Phong đã tổ chức Đại hội Công đoàn cơ sở thành viên Công ty nhiệm kỳ 2023-2028.",
     "Công đoàn cơ sở thành viên Công ty cổ phần Cơ khí Tân Phong"),
    ("Công ty trách nhiệm hữu hạn Giày Bình An có 500 đoàn viên. Công đoàn công ty đã trao 50 suất quà.",
     "Công đoàn Công ty trách nhiệm hữu hạn Giày Bình An"),
])
def test_the_bare_company_union_is_the_company_named_with_its_form_in_lower_case(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "Công ty cổ phần Dịch vụ Hàng hải Bắc Hải và Công ty cổ phần Vận tải Biển Tây đã tổ chức Đại hội Công đoàn "
    "Công ty khóa XXIV.",
    "Ngày 22/3, công ty cổ phần đã tổ chức Đại hội Công đoàn Công ty khóa XXIV.",
])
def test_two_companies_or_no_name_complete_nothing(text: str) -> None:
    assert names(text) == []
