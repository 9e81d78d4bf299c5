"""The learned reader leaves no number out of the end of the rules' name after a word of the name
(enrich/unitends.py ``number_cut``, read by ``rules_end_stands``): "Công ty Cổ phần Xây dựng 2" is the company's whole
name; after a place's type the number starts what follows ("tỉnh | 6 tháng đầu năm") and the reader's cut stands.
The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich.gazetteer import gazetteer
from enrich.unitends import rules_end_stands


def _stands(text: str, name: str, rule: str) -> bool:
    gaz = gazetteer()
    return rules_end_stands(text, len(name), len(rule), gaz.words, lambda n: gaz.find_province(n, None) is not None)


@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Công ty Cổ phần Xây dựng 2 ngày 24/3 tổ chức đại hội.", "Công ty Cổ phần Xây dựng", "Công ty Cổ phần Xây dựng 2"),
    ("Bệnh viện Quân y 105 tạo điều kiện cho đoàn viên.", "Bệnh viện Quân y", "Bệnh viện Quân y 105"),
    ("Công ty May 10 đã tổ chức đại hội.", "Công ty May", "Công ty May 10"),
])
def test_a_number_that_ends_the_rules_name_is_kept(text: str, name: str, rule: str) -> None:
    assert _stands(text, name, rule)


@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Trường Chính trị tỉnh 6 tháng đầu năm 2017 đạt kết quả.", "Trường Chính trị tỉnh", "Trường Chính trị tỉnh 6"),
    ("Công ty Cổ phần Xây dựng 2 ngày 24/3 tổ chức đại hội.", "Công ty Cổ phần Xây", "Công ty Cổ phần Xây dựng 2"),
    ("Công ty Cổ phần Xây dựng Hà Nội tổ chức đại hội.", "Công ty Cổ phần Xây dựng", "Công ty Cổ phần Xây dựng Hà"),
])
def test_a_number_after_a_place_type_or_a_longer_cut_is_left_to_the_reader(text: str, name: str, rule: str) -> None:
    assert not _stands(text, name, rule)
