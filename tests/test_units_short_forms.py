"""One union written in full and short in a passage is one unit: a union above the grassroots first met whose words
stand in order in another's name (enrich/unitsame.py ``short_forms``), and "Công đoàn cơ quan" with a corporation's
brand (enrich/units.py ``_office_of``)."""

import pytest

from enrich import tag


def units(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, title=title, published="2024-05-01").units)


def test_a_central_union_written_short_in_the_headline_is_the_union_the_text_names_in_full() -> None:
    assert units("Công đoàn Công nghiệp Cao su Nhựa Việt Nam tổ chức nhiều phong trào thi đua thiết thực.",
                 title="Công đoàn Cao su Nhựa Việt Nam: 1.200 sáng kiến") == [
        ("Công đoàn Công nghiệp Cao su Nhựa Việt Nam", "sector")]


def test_a_corporations_union_with_a_word_left_out_is_the_union_named_in_full() -> None:
    assert units("Công đoàn Tổng công ty Cơ khí Giao thông miền Bắc tổ chức đại hội. Chủ tịch Công đoàn Tổng công "
                 "ty Cơ khí miền Bắc phát biểu.") == [("Công đoàn Tổng công ty Cơ khí Giao thông miền Bắc", "sector")]


@pytest.mark.parametrize(("text", "want"), [
    # a gazetteer's union whose name nests in another's: two units
    ("Công đoàn Giáo dục Việt Nam làm việc với Công đoàn Giáo dục tỉnh Nghệ An.",
     [("Công đoàn Giáo dục Việt Nam", "sector"), ("Công đoàn Giáo dục tỉnh Nghệ An", "sector")]),
    # a department's union is not its branch's ("Cục" and "Chi Cục")
    ("Ban Thường vụ Công đoàn Cục Thủy lợi Việt Nam làm việc với Công đoàn Chi Cục Thủy lợi Việt Nam.",
     [("Công đoàn Chi Cục Thủy lợi Việt Nam", "sector"), ("Công đoàn Cục Thủy lợi Việt Nam", "sector")]),
    # a short name two longer names hold names neither
    ("Công đoàn Cơ khí Việt Nam, Công đoàn Công nghiệp Cơ khí Việt Nam và Công đoàn Tổng công ty Cơ khí Việt Nam "
     "ký kết.", [("Công đoàn Cơ khí Việt Nam", "sector"), ("Công đoàn Công nghiệp Cơ khí Việt Nam", "sector"),
                 ("Công đoàn Tổng công ty Cơ khí Việt Nam", "sector")]),
])
def test_names_that_nest_and_are_two(text: str, want: list[tuple[str, str]]) -> None:
    assert units(text) == sorted(want)


def test_a_brands_union_is_not_a_short_form_of_a_longer_name() -> None:
    text = "Công đoàn Tổng Công ty Xăng dầu Việt Nam phối hợp với Công đoàn Xăng dầu Việt Nam tổ chức hội thao."
    assert units(text) == [("Công đoàn Tổng Công ty Xăng dầu Việt Nam", "sector"),
                           ("Công đoàn Xăng dầu Việt Nam", "sector")]


def test_the_office_union_written_with_the_corporations_brand_is_the_office_union_in_full() -> None:
    text = ("Công đoàn Cơ quan Tổng công ty Điện lực miền Bắc hỗ trợ 20 triệu đồng. Đây là căn nhà thứ 3 mà Công "
            "đoàn cơ quan EVNNPC đã hỗ trợ.")
    assert units(text) == [("Công đoàn Cơ quan Tổng công ty Điện lực miền Bắc", "grassroots")]
    assert units("Công đoàn cơ quan EVN NPC trao quà cho công nhân.") == [
        ("Công đoàn Cơ quan Tổng công ty Điện lực miền Bắc", "grassroots")]


@pytest.mark.parametrize(("text", "want"), [
    # a corporation and its member company named after it with a number
    ("Công đoàn Tổng công ty Sông Đà làm việc với Công đoàn Tổng công ty Sông Đà 9.",
     [("Công đoàn Tổng công ty Sông Đà", "sector"), ("Công đoàn Tổng công ty Sông Đà 9", "sector")]),
])
def test_a_name_with_words_after_the_short_ones_last_is_another_unit(text: str, want: list[tuple[str, str]]) -> None:
    assert units(text) == sorted(want)


def test_a_name_read_short_is_not_another_numbered_unit() -> None:
    """The first name is read only to "Xây dựng" (words in lower case follow): it is not the second union, whose name
    goes on after those words ("Công trình", "giao thông 4")."""
    text = ("Công đoàn Tổng công ty Xây dựng công trình giao thông 1 và Công đoàn Tổng công ty Xây dựng Công trình "
            "giao thông 4 ký kết.")
    second = text.index("Công đoàn Tổng công ty Xây dựng Công trình")
    found = tag(text, published="2024-05-01").units
    assert len(found) == 2 and sorted(u.start for u in found) == [0, second]
