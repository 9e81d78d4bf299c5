"""A corporation's office union written alone before any corporation is named ("Đại hội Công đoàn Cơ quan Tổng công ty"
in a title) is the office's union the passage names in full after it; with no such union named, or two, it stays as
written. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units

TITLE = "Đại hội Công đoàn Cơ quan Tổng công ty lần thứ V, nhiệm kỳ 2023 – 2028"
TEXT = ("Ngày 12/5/2023, tại trụ sở Tổng công ty Lương thực miền Nam, Công đoàn Cơ quan Tổng công ty Lương thực "
        "miền Nam đã tổ chức Đại hội đại biểu lần thứ V.")


def grassroots(text: str, title: str) -> list[tuple[str, str]]:
    return [(u.name, u.evidence) for u in tag_units(text, title=title, published="2023-05-14")
            if u.level == "grassroots"]


def test_the_office_s_union_in_a_title_is_the_one_the_text_names_in_full() -> None:
    assert grassroots(TEXT, TITLE) == [("Công đoàn Cơ quan Tổng công ty Lương thực miền Nam",
                                        "Công đoàn Cơ quan Tổng công ty")]


def test_with_two_office_unions_named_it_stays_as_written() -> None:
    text = TEXT + " Công đoàn Cơ quan Tổng công ty Cà phê Việt Nam gửi lẵng hoa chúc mừng."
    assert ("Công đoàn Cơ quan Tổng công ty", "Công đoàn Cơ quan Tổng công ty") in grassroots(text, TITLE)


def test_with_none_named_it_stays_as_written() -> None:
    text = "Ngày 12/5/2023, Đại hội đã bầu Ban Chấp hành gồm 9 đồng chí."
    assert grassroots(text, TITLE) == [("Công đoàn Cơ quan Tổng công ty", "Công đoàn Cơ quan Tổng công ty")]
