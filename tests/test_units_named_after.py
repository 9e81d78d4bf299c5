"""A school named after a union, "Trường" written capitalised as a word of its own right before the union's name, is
no mention of the union (word group ``lookalike_named`` of enrich/data/unit_words.csv, enrich/unitnames.py), as a
street or a hotel so named is none; a hall ("Hội trường") is the union's own, read as before. The sentences are
composed for the test (b35u008 names such a school)."""

from __future__ import annotations

from tests import unit_tags


def test_a_school_named_after_a_union_is_no_mention_of_it():
    assert unit_tags.units("Học viên Trường Công đoàn Giao thông vận tải Việt Nam khai giảng khóa mới.",
                           date="2024-03-01") == set()
    assert unit_tags.units("Trường Công đoàn Giao thông vận tải Việt Nam", date="2024-03-01") == set()


def test_the_union_itself_and_its_hall_are_read_as_before():
    text = "Lãnh đạo Công đoàn Giáo dục Việt Nam thăm Trường Công đoàn Giáo dục Việt Nam."
    assert unit_tags.units(text, date="2024-03-01") == {("Công đoàn Giáo dục Việt Nam", "sector", None)}
    text = "Hội nghị diễn ra tại Hội trường Công đoàn Viên chức tỉnh Long An."
    assert unit_tags.units(text, date="2024-03-01") == {("Công đoàn Viên chức tỉnh Long An", "sector", "Long An")}
