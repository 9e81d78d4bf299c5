"""A grassroots name ends before a clause's verb or a preposition that follows a bare head or a ministry."""

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text, wrong", [
    ("Nhân dịp hè, Công đoàn Công ty mong muốn mang đến cho các cháu niềm vui.", "mong"),
    ("Ban Giám đốc và Công đoàn Công ty đối với người lao động luôn quan tâm.", "đối"),
    ("Công đoàn Trường mang đến cho giáo viên nhiều hoạt động bổ ích.", "mang"),
    ("Các thế hệ lãnh đạo Công đoàn Bộ Tài chính qua các thời kỳ đã về dự.", "qua"),
    ("Công đoàn Bộ Tư pháp qua 20 năm xây dựng và phát triển.", "qua"),
])
def test_no_name_reads_on_into_a_verb_or_preposition(text: str, wrong: str) -> None:
    assert not any(wrong in name.split() for name in names(text))


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Bộ Tư pháp qua các thời kỳ luôn đồng hành cùng đoàn viên.", "Công đoàn Bộ Tư pháp"),
    ("Công đoàn Công ty Điện lực Đà Nẵng mong muốn mang đến niềm vui cho các cháu.",
     "Công đoàn Công ty Điện lực Đà Nẵng"),
])
def test_the_name_before_them_is_still_read(text: str, name: str) -> None:
    assert name in names(text)
