"""A grassroots union whose organisation the passage also names as a section's ("Công đoàn bộ phận X": a part of
a grassroots union, no unit) is that section written short, no unit; the union it is part of stays."""

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize("text, names", [
    ("Chủ tịch Công đoàn Văn phòng Đảng – Đoàn thể Phùng Khắc Khoa cho biết, Công đoàn cơ quan Văn phòng Quốc hội "
     "nói chung và Công đoàn bộ phận Văn phòng Đảng - Đoàn thể nói riêng đã hoàn thành nhiệm vụ.",
     ["Công đoàn Cơ quan Văn phòng Quốc hội"]),
    ("Công đoàn Phòng Kế toán tổ chức họp mặt. Đây là công đoàn bộ phận Phòng Kế toán thuộc Công đoàn Công ty May "
     "Hòa Thọ.",
     ["Công đoàn Công ty May Hòa Thọ"]),
])
def test_a_section_written_short_is_no_unit(text: str, names: list[str]) -> None:
    assert unit_names(text) == names


def test_a_union_the_sections_do_not_name_stays() -> None:
    text = ("Công đoàn Phòng Kế toán tổ chức họp mặt cùng công đoàn bộ phận Phòng Hành chính của Công ty May Hòa "
            "Thọ.")
    assert "Công đoàn Phòng Kế toán" in unit_names(text)


def test_the_sections_of_the_one_union_named_leave_it() -> None:
    text = ("Đại hội Công đoàn bộ phận trường Cao đẳng Công nghiệp Thái Nguyên\nĐể chuẩn bị cho Đại hội Công đoàn "
            "trường Cao đẳng Công nghiệp Thái Nguyên, các công đoàn bộ phận đã tổ chức Đại hội.")
    assert unit_names(text) == ["Công đoàn Trường Cao đẳng Công nghiệp Thái Nguyên"]
