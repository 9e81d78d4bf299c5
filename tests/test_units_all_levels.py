"""A union's name followed by "các cấp" is that union at all its levels, a plural as "các cấp công đoàn" is: no one
unit (enrich/unitnames.py ``_ALL_LEVELS``)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published="2024-05-01").units)


@pytest.mark.parametrize("text", [
    "Thời gian qua, tổ chức Công đoàn Quốc phòng các cấp đã triển khai nhiều hoạt động chăm lo cho đoàn viên.",
    "Công đoàn Giáo dục Việt Nam các cấp đã vận động hơn 10 tỷ đồng.",
    "Ban Thường vụ chỉ đạo tổ chức đại hội Công đoàn Viên chức tỉnh Nghệ An các cấp, tiến tới Đại hội.",
])
def test_a_unions_levels_in_the_plural_are_no_unit(text: str) -> None:
    assert units(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # the Party's and the state's levels after the union's name: the union is named
    ("LĐLĐ tỉnh Nghệ An các cấp ủy Đảng cùng tham gia.", [("Liên đoàn Lao động tỉnh Nghệ An", "province")]),
    ("Công đoàn Quốc phòng các cấp chính quyền phối hợp.", [("Công đoàn Quốc phòng", "sector")]),
    # the union named before the plural of other levels
    ("Công đoàn Quốc phòng chỉ đạo công đoàn các cấp triển khai.", [("Công đoàn Quốc phòng", "sector")]),
])
def test_a_union_named_beside_levels_is_named(text: str, want: list[tuple[str, str]]) -> None:
    assert units(text) == want
