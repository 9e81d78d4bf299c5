"""A misprint of the sector's word after a union's head, "Công đoàn nghành" (either case) for "Công đoàn ngành", is
listed in enrich/data/unit_abbreviations.csv as "Công đoàn Cở sở" is (b40u010): the sector's union is read and named
right, the evidence kept as written; "nghành" with no union's head before it names none. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None, str]]:
    return sorted((u.level, u.name, u.province, text[u.start:u.end]) for u in tag(text, published="2020-03-02").units)


def test_the_misprinted_sector_is_read_and_named_right() -> None:
    text = "Đoàn công tác của Công đoàn nghành Giáo dục Bắc Ninh đã đến thăm trường."
    assert units(text) == [("sector", "Công đoàn ngành Giáo dục tỉnh Bắc Ninh", "Bắc Ninh",
                            "Công đoàn nghành Giáo dục Bắc Ninh")]


def test_the_misprint_in_lower_case() -> None:
    text = "Đại diện công đoàn nghành Y tế Nghệ An trao 30 suất quà."
    assert [(u[0], u[2]) for u in units(text)] == [("sector", "Nghệ An")]


def test_the_word_without_a_union_names_none() -> None:
    assert units("Công nhân nghành dệt may Bắc Ninh được hỗ trợ.") == []
