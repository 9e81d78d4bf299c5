""""cty", the short "công ty" written in lower case, is a lower-case organisation head (word groups ``org_lower`` and
``org_trade``) as "công ty" is: "Công đoàn cty cp Artex SG" (b36u045) is the company's grassroots union, named
"Công ty ..." as "Cty" is spelt out in the view, one unit with the name written in full (enrich/unitlabels.py)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    tags = tag(text, published="2011-05-24")
    return [(u.name, u.unit_id) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, want", [
    ("Tham dự có Công đoàn cty cp Dệt Thắng Lợi, Công đoàn Bưu điện.", "Công đoàn Công ty cp Dệt Thắng Lợi"),
    ("Sáng nay, công đoàn cty TNHH Minh Phát tổ chức hội thao.", "Công đoàn Công ty Trách nhiệm hữu hạn Minh Phát"),
    ("Công đoàn cty may Hữu Nghị tổ chức hội thao cho công nhân.", "Công đoàn Công ty may Hữu Nghị"),
])
def test_a_companys_union_written_with_cty_in_lower_case_is_read(text: str, want: str) -> None:
    assert [name for name, _ in units(text)] == [want]


def test_cty_and_cong_ty_name_one_union() -> None:
    short = units("Sáng nay, công đoàn cty TNHH Minh Phát tổ chức hội thao.")
    full = units("Sáng nay, Công đoàn Công ty TNHH Minh Phát tổ chức hội thao.")
    assert short == full != []


@pytest.mark.parametrize("text", [
    "Chủ tịch công đoàn cty Trần Văn Hùng phát biểu tại hội nghị.",  # a person's name
    "Các công đoàn cty đã tham gia hội thao.",  # no company named
])
def test_no_company_named_no_union(text: str) -> None:
    assert units(text) == []
