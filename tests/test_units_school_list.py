"""Schools listed under one grassroots head ("CĐCS trường MN A, MN B"): the head and "trường" written once stand for
each school, one grassroots union each, as the sets label a list under one "CĐCS" head (b8u078, b34u049). Every
sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from tests import unit_tags

units = partial(unit_tags.units, date="2016-10-04")


def test_schools_listed_under_one_head_are_one_union_each():
    assert units("Dự lễ có Chủ tịch CĐCS trường MN Họa Mi, MN Bông Sen và các trường tư thục trên địa bàn.") == {
        ("Công đoàn cơ sở Trường Mầm non Họa Mi", "grassroots", None),
        ("Công đoàn cơ sở Trường Mầm non Bông Sen", "grassroots", None)}
    assert units("Công đoàn trường THCS Lê Lợi, THCS Nguyễn Du và TH Kim Đồng tổ chức hội thao.") == {
        ("Công đoàn Trường THCS Lê Lợi", "grassroots", None),
        ("Công đoàn Trường THCS Nguyễn Du", "grassroots", None),
        ("Công đoàn Trường Tiểu học Kim Đồng", "grassroots", None)}


def test_a_school_union_followed_by_other_words_is_one():
    assert units("Chủ tịch CĐCS trường MN Họa Mi, bà Lê Thị Hoa, phát biểu.") == {
        ("Công đoàn cơ sở Trường Mầm non Họa Mi", "grassroots", None)}
    assert units("CĐCS trường MN Họa Mi, UBND xã và phụ huynh cùng tham dự.") == {
        ("Công đoàn cơ sở Trường Mầm non Họa Mi", "grassroots", None)}
