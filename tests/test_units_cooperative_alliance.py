"""A province's cooperative alliance, "Liên minh Hợp tác xã tỉnh X" or with the plural "Liên minh các hợp tác xã tỉnh
X" (group ``org_cs``, the plural form a ``phrase``), is a body whose grassroots union is read after "Công đoàn cơ sở"
up to its province, as a cooperative's is; the plural inside the body's name does not end it. The alliance named
without a union is no unit. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2019-08-15") if u.level == "grassroots"]


def test_the_alliance_s_union_with_the_plural() -> None:
    text = "Đoàn kiểm tra làm việc tại CĐCS Liên minh các hợp tác xã tỉnh Bắc Kạn, CĐCS Công ty Cổ phần Hà An."
    assert grassroots(text)[0] == ("Công đoàn cơ sở Liên minh các hợp tác xã tỉnh Bắc Kạn", "Bắc Kạn")


def test_the_alliance_s_union_as_named() -> None:
    text = "Ngày 12/8, Công đoàn cơ sở Liên minh Hợp tác xã tỉnh Bắc Kạn tổ chức đại hội nhiệm kỳ 2019 - 2024."
    assert grassroots(text) == [("Công đoàn cơ sở Liên minh Hợp tác xã tỉnh Bắc Kạn", "Bắc Kạn")]


def test_the_alliance_alone_is_no_unit() -> None:
    assert grassroots("Liên minh các hợp tác xã tỉnh Bắc Kạn hỗ trợ 20 hợp tác xã mới thành lập.") == []
