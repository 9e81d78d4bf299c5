"""A trade centre's union, "Công đoàn Thương xá X" (b36u045: "Công đoàn Thương xá Tax"), is a grassroots union, as
a hotel's or a port's is: "Thương xá" is a head of word group ``org``. Named without a union, or the head alone,
it is none."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    tags = tag(text, published="2011-05-24")
    return [(u.name, u.level) for u in tags.units if u.role != "publisher"]


def test_a_trade_centres_union_is_read() -> None:
    text = "Tham dự có Công đoàn Thương xá Phương Đông cùng 40 đoàn viên."
    assert units(text) == [("Công đoàn Thương xá Phương Đông", "grassroots")]


@pytest.mark.parametrize("text", [
    "Đoàn viên Công đoàn Thương xá đã tham gia hội thao.",  # the head alone
    "Khai trương Thương xá Phương Đông sau khi cải tạo.",  # no union
])
def test_no_trade_centre_named_or_no_union_reads_none(text: str) -> None:
    assert units(text) == []
