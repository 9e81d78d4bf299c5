"""A district's name found through folded letters names the district only when its tones are the district's."""

import pytest

from enrich import tag
from enrich.unitresolve import tones_agree


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text", [
    "Liên đoàn lao động là gì? Hỏi đáp pháp luật về tổ chức công đoàn.",
    "Bài viết giải thích Liên đoàn Lao động là gì và có vai trò ra sao.",
])
def test_words_with_other_tones_are_no_district(text: str) -> None:
    assert "Liên đoàn Lao động thị xã La Gi" not in names(text)


@pytest.mark.parametrize("text, name", [
    ("Liên đoàn Lao động La Gi tổ chức hội nghị.", "Liên đoàn Lao động thị xã La Gi"),
    ("LĐLĐ TX.La Gi trao quà cho đoàn viên.", "Liên đoàn Lao động thị xã La Gi"),
    ("LĐLĐ Hoà Vang trao quà cho đoàn viên.", "Liên đoàn Lao động huyện Hòa Vang"),
    ("LĐLĐ Q.1 trao quà cho đoàn viên.", "Liên đoàn Lao động quận 1"),
])
def test_a_district_written_as_listed_or_short_is_still_read(text: str, name: str) -> None:
    assert name in names(text)


def test_tones_agree_wherever_the_mark_sits_and_for_unaccented_words() -> None:
    assert tones_agree("Hoà Vang", "Hòa Vang")
    assert tones_agree("La Gi", "La Gi")
    assert tones_agree("Thu Duc", "Thủ Đức")
    assert not tones_agree("là gì", "La Gi")
    assert not tones_agree("Thanh Trì", "Thạnh Trị")
    assert not tones_agree("Đa Phước", "Da Phước")
