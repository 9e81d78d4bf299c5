"""An institution's name holds "và" between two named fields ("Xã hội và Nhân văn", "Kỹ thuật và Công nghệ"): a
grassroots union's name is not cut before "và" where the name goes on into the second field. Every sentence here is
composed for the test."""

from __future__ import annotations

import pytest

from tests import unit_tags


@pytest.mark.parametrize("text, name", [
    ("Ngày 5/3, Công đoàn cơ sở Viện Khoa học Xã hội và Nhân văn tổ chức hội nghị.",
     "Công đoàn cơ sở Viện Khoa học Xã hội và Nhân văn"),
    ("Liên đoàn Lao động quận trao quyết định thành lập Công đoàn Trường Đại học Sư phạm Kỹ thuật và Công nghệ.",
     "Công đoàn Trường Đại học Sư phạm Kỹ thuật và Công nghệ"),
    ("Năm 1996, Công đoàn Trường Đại học Khoa học Xã hội và Nhân văn ra đời.",
     "Công đoàn Trường Đại học Khoa học Xã hội và Nhân văn"),
])
def test_the_name_goes_on_past_and(text: str, name: str) -> None:
    assert {n for n, level, _ in unit_tags.units(text, date="2020-03-05") if level == "grassroots"} == {name}


def test_two_unions_joined_by_and_stay_two() -> None:
    text = "Công đoàn cơ sở Trường Đại học Khoa học Tự nhiên và Công đoàn cơ sở Trường Đại học Y Hà Nội tổ chức giải."
    assert {n for n, level, _ in unit_tags.units(text, date="2020-03-05") if level == "grassroots"} == {
        "Công đoàn cơ sở Trường Đại học Khoa học Tự nhiên", "Công đoàn cơ sở Trường Đại học Y Hà Nội"}
