"""A union named in full with its organisation's acronym after it in parentheses, then written with that acronym
after the same head or alone, is one unit named in full (enrich/unitsame.py ``defined_acronyms``)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published="2019-06-30").units)


@pytest.mark.parametrize("later", ["Công đoàn Tổng công ty VIMEXCO", "Công đoàn VIMEXCO"])
def test_a_corporations_union_written_with_its_defined_acronym_is_the_union_named_in_full(later: str) -> None:
    text = ("Hội thi do Công đoàn Tổng công ty Máy và Thiết bị Hải Phòng (VIMEXCO) đăng cai đã diễn ra sáng nay. "
            f"Khối thi đua gồm {later}, Công đoàn Tổng công ty Cấp nước Hải Phòng.")
    assert units(text) == [("Công đoàn Tổng công ty Cấp nước Hải Phòng", "sector"),
                           ("Công đoàn Tổng công ty Máy và Thiết bị Hải Phòng", "sector")]


def test_an_acronym_the_passage_never_defines_stays_its_own_union() -> None:
    text = ("Hội thi do Công đoàn Tổng công ty Máy và Thiết bị Hải Phòng đăng cai đã diễn ra sáng nay. "
            "Khối thi đua gồm Công đoàn Tổng công ty VIMEXCO và Công đoàn Tổng công ty Cấp nước Hải Phòng.")
    assert ("Công đoàn Tổng công ty VIMEXCO", "sector") in units(text)


def test_an_acronym_after_another_head_is_another_union() -> None:
    text = ("Hội thi do Công đoàn Tổng công ty Máy và Thiết bị Hải Phòng (VIMEXCO) đăng cai đã diễn ra sáng nay. "
            "Công đoàn Công ty VIMEXCO Logistics cũng tham dự.")
    assert len(units(text)) == 2
