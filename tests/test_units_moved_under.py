"""A union's name ends before "chuyển về" / "chuyển sang" (moved under another upper union, b40u010; group
``clause_verb`` of enrich/data/unit_words.csv): the verb is no part of the name, and a company's "Vận chuyển"
stays whole. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.level, u.name, u.province) for u in tag(text, published="2009-04-02").units)


def test_the_name_ends_before_the_move() -> None:
    text = "Năm 2008 Công đoàn cơ sở Bệnh viện Chợ Rẫy chuyển sang trực thuộc Công đoàn Y tế Việt Nam."
    assert ("grassroots", "Công đoàn cơ sở Bệnh viện Chợ Rẫy", "Hồ Chí Minh") in units(text)
    text = "Từ tháng 4, Công đoàn Công ty Cổ phần Sông Hồng chuyển về trực thuộc Liên đoàn Lao động tỉnh Phú Thọ."
    assert ("grassroots", "Công đoàn Công ty Cổ phần Sông Hồng", "Phú Thọ") in units(text)


def test_a_company_of_transport_stays_whole() -> None:
    text = "Công đoàn Công ty Cổ phần Vận chuyển Sài Gòn trao quà cho công nhân."
    assert units(text) == [("grassroots", "Công đoàn Công ty Cổ phần Vận chuyển Sài Gòn", "Hồ Chí Minh")]
