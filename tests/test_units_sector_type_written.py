"""A district's sector union written with the type the district had before an upgrade ("Công đoàn Giáo dục huyện
Thuận An" in 2015, a city since 2020) is named with that type, as its federation is ("Liên đoàn Lao động huyện
Thuận An"): the same unit, the gazetteer recording only the early-2025 type (enrich/unitsectors.py, b36u013)."""

import pytest

from enrich import tag


def units(text: str, published: str) -> list[tuple[str, str, str | None]]:
    tags = tag(text, published=published)
    return [(u.name, u.level, u.province) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, published, want", [
    ("Thực hiện kế hoạch của Công đoàn Giáo dục huyện Thuận An, các trường tổ chức đại hội.", "2015-03-02",
     ("Công đoàn Giáo dục huyện Thuận An", "sector", "Bình Dương")),
    ("Đồng chí Lê Văn Hải, Chủ tịch Công đoàn Giáo dục thị xã Bến Cát, phát biểu tại hội nghị.", "2019-05-10",
     ("Công đoàn Giáo dục thị xã Bến Cát", "sector", "Bình Dương")),
])
def test_a_district_sector_union_keeps_the_type_written_before_an_upgrade(
        text: str, published: str, want: tuple[str, str, str | None]) -> None:
    assert units(text, published) == [want]


@pytest.mark.parametrize("text, want", [
    ("Thực hiện kế hoạch của Công đoàn Giáo dục thành phố Thuận An, các trường tổ chức đại hội.",
     "Công đoàn Giáo dục thành phố Thuận An"),  # the listed type, written
    ("Thực hiện kế hoạch của Công đoàn Giáo dục huyện Bình Lục, các trường tổ chức đại hội.",
     "Công đoàn Giáo dục huyện Bình Lục"),  # never upgraded
])
def test_the_listed_type_stands_where_the_text_writes_it(text: str, want: str) -> None:
    assert [name for name, _, _ in units(text, "2015-03-02")] == [want]


def test_the_two_types_are_one_unit() -> None:
    older = tag("Công đoàn Giáo dục huyện Thuận An tổ chức hội nghị.", published="2015-03-02").units
    newer = tag("Công đoàn Giáo dục thành phố Thuận An tổ chức hội nghị.", published="2021-03-02").units
    assert [u.unit_id for u in older] == [u.unit_id for u in newer] != []
