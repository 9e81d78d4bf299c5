"""A company's legal form written in words and in lower case, then its trade in lower case, then its proper name
("Công ty cổ phần xi măng Bút Sơn"), is read as with the form's acronym ("Công ty CP xi măng Bút Sơn"): one to three
lower-case trade words that are no verb or preposition before a capitalised word (enrich/unitorgs.py); so it is
also a proper name for a bare "Công đoàn Công ty" after it (enrich/unitshort.py ``named_before``, b34u028). A legal
form with no name after it, or "và" and a second company, names no trade. Every sentence here is composed."""

from __future__ import annotations

import pytest

from enrich import tag


def names(text: str, title: str = "") -> list[str]:
    return [u.name for u in tag(title=title, text=text, source=None, published="2019-05-02").units]


@pytest.mark.parametrize("text, title, name", [
    ("Công ty cổ phần xi măng Bút Sơn tổ chức hội thao. Công đoàn Công ty đã trao 30 giải thưởng.", "",
     "Công đoàn Công ty cổ phần xi măng Bút Sơn"),
    ("Vừa qua, Công đoàn Công ty đã phối hợp với chuyên môn tổ chức hội thao cho người lao động.",
     "Công ty cổ phần than Núi Béo tổ chức hội thao", "Công đoàn Công ty cổ phần than Núi Béo"),
    ("Sáng 2/5, Công đoàn Công ty trách nhiệm hữu hạn may mặc Phú Xuân đã tổ chức đại hội.", "",
     "Công đoàn Công ty trách nhiệm hữu hạn may mặc Phú Xuân"),
])
def test_a_trade_in_lower_case_after_the_legal_form_in_words(text: str, title: str, name: str) -> None:
    assert names(text, title) == [name]


@pytest.mark.parametrize("text", [
    "Công ty cổ phần đã tổ chức hội thao. Công đoàn Công ty đã trao 30 giải thưởng.",
    "Công ty cổ phần và Công ty trách nhiệm hữu hạn đã ký kết. Công đoàn Công ty đã trao 30 giải thưởng.",
])
def test_a_legal_form_with_no_name_completes_nothing(text: str) -> None:
    assert names(text) == []
