"""A sector's union written bare in a title ("CĐ ngành Y tế thăm ...") is the sector's central union the text names
("Công đoàn Y tế Việt Nam"), on a page no source places, as one named after that union in the text is: a title comes
before its text. Without the central union in the text, or written bare in the text before it, it stays a
province's, read from the places the passage names. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units

TITLE = "CĐ ngành Y tế thăm hỏi nhân viên y tế vùng lũ Quảng Bình"
TEXT = ("Ngày 14/10, Đoàn công tác Công đoàn Y tế Việt Nam do bà Phạm Thanh Bình dẫn đầu đã trao 50 triệu đồng hỗ trợ "
        "nhân viên y tế tỉnh Quảng Bình bị thiệt hại do mưa lũ.")


def sectors(text: str, title: str | None) -> list[tuple[str, str | None, str]]:
    return [(u.name, u.province, u.evidence) for u in tag_units(text, title=title, published="2020-10-15")
            if u.level == "sector"]


def test_a_bare_sector_union_in_a_title_is_the_central_union_the_text_names() -> None:
    assert sectors(TEXT, TITLE) == [("Công đoàn Y tế Việt Nam", None, "CĐ ngành Y tế")]


def test_without_the_central_union_it_is_the_province_s() -> None:
    text = "Ngày 14/10, đoàn công tác đã trao 50 triệu đồng hỗ trợ nhân viên y tế tỉnh Quảng Bình."
    assert sectors(text, TITLE) == [("Công đoàn ngành Y tế tỉnh Quảng Bình", "Quảng Bình", "CĐ ngành Y tế")]


def test_written_bare_in_the_text_before_the_central_union_it_stays_as_read() -> None:
    text = "CĐ ngành Y tế thăm hỏi nhân viên y tế vùng lũ Quảng Bình.\n" + TEXT
    assert ("Công đoàn ngành Y tế tỉnh Quảng Bình", "Quảng Bình", "CĐ ngành Y tế") in sectors(text, None)
