"""A bank's union named by the bank's full name, and its branch's union after a dash or in lower case: the
branch is the branch's grassroots union, not the bank's own (enrich/data/brands.csv, enrich/unitbrands.py)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(u.unit_id, u.name, u.level, u.province) for u in tag(text, published="2018-06-15").units]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam tài trợ 500 triệu đồng.",
     "Công đoàn Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam"),
    ("Công đoàn Ngân hàng TMCP Đầu tư và Phát triển Việt Nam trao quà Tết.",
     "Công đoàn Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
    ("Công đoàn Ngân hàng Thương mại Cổ phần Công Thương Việt Nam tổ chức hội thao.",
     "Công đoàn Ngân hàng Thương mại Cổ phần Công Thương Việt Nam"),
])
def test_the_banks_full_name_is_the_brands_union(text: str, name: str) -> None:
    got = units(text)
    assert len(got) == 1 and got[0][1:] == (name, "sector", None)
    assert got[0][0].startswith("cd-ngan-hang-tmcp-")  # the brand's unit, whichever way the name is written


@pytest.mark.parametrize("text, name", [
    ("Quỹ Bảo trợ trẻ em tỉnh phối hợp với Công đoàn ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam – Chi nhánh "
     "Tiền Giang tiến hành khảo sát.",
     "Công đoàn ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam – Chi nhánh Tiền Giang"),
    ("Công đoàn Vietcombank - Chi nhánh Tiền Giang trao 10 căn nhà tình nghĩa.",
     "Công đoàn Vietcombank - Chi nhánh Tiền Giang"),
])
def test_a_branch_after_a_dash_is_the_branchs_union(text: str, name: str) -> None:
    assert [(n, level, province) for _, n, level, province in units(text)] == [(name, "grassroots", "Tiền Giang")]


def test_a_dash_before_anything_else_is_no_branch() -> None:
    assert [(n, level) for _, n, level, _ in units("Công đoàn Vietcombank - Sáng 12/3 tổ chức hội nghị.")] == [
        ("Công đoàn Vietcombank", "sector")]
