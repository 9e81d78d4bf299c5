"""A grassroots union written with "cơ sở" before a joint head it shares with another body of a commune's offices
("Công đoàn cơ sở - Hội Phụ nữ xã X", "Công đoàn cơ sở- Ban vì sự tiến bộ phụ nữ xã X"): the commune's union, as
"Công đoàn cơ sở xã X" and "Công đoàn - Hội Phụ nữ xã X" are read (enrich/unitnames.py ``_joint``)."""

import pytest

from enrich import tag


def names(text: str) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published="2025-03-05").units)


@pytest.mark.parametrize("text", [
    "Ngày 05/3/2025 Công đoàn cơ sở- Ban vì sự tiến bộ phụ nữ xã Long Hựu Đông tổ chức họp mặt kỷ niệm.",
    "Ngày 05/3/2025 Công đoàn cơ sở - Hội Phụ nữ xã Long Hựu Đông tổ chức họp mặt kỷ niệm.",
    "Ngày 05/3/2025 Công đoàn- Ban Vì sự tiến bộ phụ nữ xã Long Hựu Đông tổ chức họp mặt kỷ niệm.",
])
def test_a_commune_s_union_in_a_joint_head(text: str) -> None:
    assert names(text) == [("Công đoàn cơ sở xã Long Hựu Đông", "grassroots")]


@pytest.mark.parametrize("text", [
    "Công đoàn cơ sở - Ngày hội đoàn viên diễn ra sôi nổi.",
    "Công đoàn cơ sở - Ban Giám đốc xã Long Hựu Đông tổ chức họp mặt.",
])
def test_no_joint_head_without_a_listed_body(text: str) -> None:
    assert names(text) == []
