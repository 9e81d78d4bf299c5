"""A kind of state corporation ("Tổng công ty 90", "Tổng công ty 91": set up under the Prime Minister's decisions 90 and
91 of 1994; group ``corp_class`` of enrich/data/unit_words.csv) after "Công đoàn" names no one union."""

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return sorted(u.name for u in tag(text, published="2018-04-23").units if u.role != "publisher")


@pytest.mark.parametrize("text", [
    "Công đoàn Tổng công ty Hàng hải Việt Nam được thành lập năm 1996, là Công đoàn Tổng công ty 91, trực thuộc Tổng "
    "Liên đoàn Lao động Việt Nam.",
    "Công đoàn Tổng công ty Hàng hải Việt Nam là một Công đoàn Tổng Công ty 90 trực thuộc Tổng Liên đoàn Lao động "
    "Việt Nam.",
])
def test_a_kind_of_corporation_is_no_union(text: str) -> None:
    assert names(text) == ["Công đoàn Tổng công ty Hàng hải Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"]


def test_a_corporation_named_by_a_number_stays_one() -> None:
    assert names("Công đoàn Tổng công ty 36 trao quà cho công nhân.") == ["Công đoàn Tổng công ty 36"]
