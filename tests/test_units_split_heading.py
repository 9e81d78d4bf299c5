"""A union's name set as two headings, the head alone on one line and the place with its type alone on the next
(enrich/unitheadings.py), is one name, read as the two lines joined; a head whose next line goes on as a sentence is
not. The sentences are composed for the test (b35u002's header is one such)."""

from __future__ import annotations

from enrich.unittext import View
from tests import unit_tags


def test_a_head_and_a_place_on_two_lines_are_one_name():
    text = "Trang thông tin điện tử\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH BẮC NINH\nTin tức - Sự kiện"
    assert unit_tags.units(text) == {("Liên đoàn Lao động tỉnh Bắc Ninh", "province", "Bắc Ninh")}
    text = "Cổng thông tin\nCông đoàn\nThành Phố Đà Nẵng\nDA NANG FEDERATION OF LABOUR"
    assert unit_tags.units(text, date="2024-02-01") == {("Liên đoàn Lao động thành phố Đà Nẵng", "province", "Đà Nẵng")}
    view = View.of(text)  # one character for one: the offsets and the evidence keep the break
    assert view.text == text.replace("Công đoàn\n", "Công đoàn ") and view.evidence(15, 40) == text[15:40]


def test_a_head_before_a_sentence_or_alone_is_joined_to_nothing():
    assert unit_tags.units("Công đoàn\nThành phố Đà Nẵng tổ chức hội nghị tổng kết", date="2024-02-01") == set()
    assert View.of("Công đoàn\nTin tức").text == "Công đoàn\nTin tức"
