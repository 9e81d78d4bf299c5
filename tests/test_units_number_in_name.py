"""A number closes a name's capitalised run as a proper name does not: the lower-case word after it is no second
syllable of the name ("Ban Quản lý Dự án 2 ngày 24/3", "Dự án 2 ngày càng ...", enrich/unitorgs.py)."""

import pytest

from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Ban Quản lý Dự án 2 ngày càng đi vào nề nếp.", ["Công đoàn cơ sở Ban Quản lý Dự án 2"]),
    ("Công đoàn cơ sở Công ty Cổ phần Xây dựng 2 ngày 24/3 tổ chức đại hội.",
     ["Công đoàn cơ sở Công ty Cổ phần Xây dựng 2"]),
    ("Công đoàn Bệnh viện Quân y 105 tạo điều kiện cho đoàn viên.", ["Công đoàn Bệnh viện Quân y 105"]),
])
def test_a_lower_case_word_after_a_number_ends_the_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn Công ty Cổ phần Sông Đà 9 tổ chức đại hội.", ["Công đoàn Công ty Cổ phần Sông Đà 9"]),
    ("Công đoàn cơ sở Trường THCS 19 tháng 5 tổ chức đại hội.", ["Công đoàn cơ sở Trường THCS 19 tháng 5"]),
])
def test_a_number_inside_or_closing_a_name_stays_in_it(text: str, want: list[str]) -> None:
    assert names(text) == want
