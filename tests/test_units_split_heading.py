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


def test_a_name_broken_after_its_organisations_head_goes_on_into_the_next_line():
    text = "Đoàn viên Công đoàn Học viện\nTài chính tham gia hội thao."  # as a page's text is stored
    assert unit_tags.units(text) == {("Công đoàn Học viện Tài chính", "grassroots", None)}
    text = "Hướng dẫn dành cho đoàn viên Công đoàn Trường Đại học\n        Y Dược Thái Bình."  # as the source wraps it
    assert unit_tags.units(text) == {("Công đoàn Trường Đại học Y Dược Thái Bình", "grassroots", "Thái Bình")}


def test_a_head_before_a_lower_case_line_is_not_joined():
    assert View.of("Giới thiệu Công đoàn Trường Đại học\ntin tức").text == "Giới thiệu Công đoàn Trường Đại học\ntin tức"
