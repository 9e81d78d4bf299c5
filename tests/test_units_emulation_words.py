"""A union written with its head alone and then an emulation title's words ("xây dựng Công đoàn Trường vững mạnh",
"strong"): the words are no part of a school's name, and the head alone is the school's own union, not a school
called "Trường vững mạnh"; a name that goes on with a capitalised word is read as before. Every sentence here is
composed for the test."""

from __future__ import annotations

from tests import unit_tags


def names(text: str) -> set[str]:
    return {n for n, _, _ in unit_tags.units(text, date="2023-03-16")}


def test_strong_after_a_school_s_head_alone() -> None:
    text = ("Công đoàn Trường Đại học Sư phạm tổ chức Đại hội nhiệm kỳ 2023 - 2028, xây dựng phương hướng nhằm xây "
            "dựng Công đoàn Trường vững mạnh, đoàn kết.")
    assert names(text) == {"Công đoàn Trường Đại học Sư phạm"}


def test_strong_after_a_company_s_head_alone() -> None:
    text = "Đại hội quyết tâm xây dựng Công đoàn Công ty vững mạnh trong nhiệm kỳ mới."
    assert not any("vững" in name for name in names(text))


def test_a_school_named_in_capitals_is_read_as_before() -> None:
    text = "Đại hội quyết tâm xây dựng Công đoàn Trường THCS Kim Đồng vững mạnh trong nhiệm kỳ mới."
    assert names(text) == {"Công đoàn Trường THCS Kim Đồng"}
