"""A union in a joint head with a commune's or ward's other bodies ("Công đoàn và Đoàn thanh niên phường X") is
that commune's union; a head with no commune's name, or with several, names none."""

import pytest

from enrich import tag
from enrich.units import SourceContext

PHU_THO = SourceContext(None, "province", "Phú Thọ")


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=PHU_THO, published="2026-02-10").units]


@pytest.mark.parametrize("text", [
    "Chương trình có sự đồng hành của Công đoàn và Đoàn thanh niên phường Vĩnh Phúc.",
    "Chương trình có sự đồng hành của Công đoàn, Đoàn Thanh niên, Hội Phụ nữ phường Vĩnh Phúc.",
])
def test_a_joint_head_before_a_ward_is_the_wards_union(text: str) -> None:
    assert units(text) == [("Công đoàn phường Vĩnh Phúc", "commune", "Phú Thọ")]


@pytest.mark.parametrize("text", [
    "Công đoàn và Đoàn thanh niên phường tham gia gói bánh.",
    "Công đoàn, Hội Phụ nữ các xã, phường tham gia gói bánh.",
])
def test_a_joint_head_with_no_commune_named_is_none(text: str) -> None:
    assert units(text) == []
