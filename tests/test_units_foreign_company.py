"""A company known by one foreign word after "Công đoàn cơ sở" ("Công đoàn Cơ sở Billion", b35u010; "Công đoàn cơ sở
Thaco", b11u055) is its grassroots union, labelled as written (enrich/unitforeign.py). A word that is a Vietnamese
syllable written without marks (a person's or place's name), a name of several capitalised words, and a plain
"Công đoàn" before the word are left to the other rules."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return [(u.name, u.level) for u in tag(title="", text=text, source=None, published="2024-03-10").units]


@pytest.mark.parametrize("text, want", [
    ("Ngày 5/3, Công đoàn cơ sở Samsung tổ chức hội nghị người lao động.", "Công đoàn cơ sở Samsung"),
    ("Công đoàn Cơ sở Canon. Bản quyền nội bộ.", "Công đoàn cơ sở Canon"),
    ("Chủ tịch Công đoàn cơ sở Pouchen phát biểu tại hội nghị.", "Công đoàn cơ sở Pouchen"),
    ("Liên hệ\nCông đoàn cơ sở Nidec\nĐịa chỉ: KCN Tân Thuận", "Công đoàn cơ sở Nidec"),
])
def test_one_foreign_word_after_the_grassroots_head_is_a_company(text: str, want: str) -> None:
    assert (want, "grassroots") in units(text)


@pytest.mark.parametrize("text", [
    "Công đoàn cơ sở Minh tổ chức hội nghị người lao động.",
    "Công đoàn cơ sở Nguyen tổ chức hội nghị.",
    "Công đoàn cơ sở Thanh đã trao quà.",
    "Công đoàn Samsung tổ chức hội nghị người lao động.",
])
def test_vietnamese_words_and_a_plain_head_are_no_foreign_company(text: str) -> None:
    assert all(level != "grassroots" for _, level in units(text))
