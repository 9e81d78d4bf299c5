"""A college's union written without "Trường" ("Công đoàn Cao đẳng ...", b40u034): "Cao đẳng" is an organisation's
head (group ``org`` of enrich/data/unit_words.csv), the union grassroots, named as written and placed by its name's
place. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.level, u.name, u.province) for u in tag(text, published="2019-04-02").units)


def test_a_college_union_without_its_school_word() -> None:
    text = "Ông Nam, Chủ tịch Công đoàn Cao đẳng Kinh tế Kỹ thuật Cần Thơ, phát biểu tại hội nghị."
    assert units(text) == [("grassroots", "Công đoàn Cao đẳng Kinh tế Kỹ thuật Cần Thơ", "Cần Thơ")]


def test_the_school_word_written_reads_as_before() -> None:
    text = "Công đoàn Trường Cao đẳng Y tế Hà Nam tổ chức hội thao."
    assert units(text) == [("grassroots", "Công đoàn Trường Cao đẳng Y tế Hà Nam", "Hà Nam")]


def test_colleges_in_general_name_none() -> None:
    assert units("Công đoàn các trường cao đẳng trong tỉnh tham gia hội thao.") == []
    assert units("Sinh viên Cao đẳng Y tế Hà Nam được hỗ trợ học phí.") == []
