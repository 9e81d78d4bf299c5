"""On a page no source places, a province's department whose union is written bare ("Công đoàn Sở Tài nguyên và Môi
trường") is completed with its province where the passage writes the department with it (as before) or where that
province is the only one the passage names and its federation is named ("Đại hội Công đoàn tỉnh Bình Định"). With
two provinces named, or the province named alone (where the department works, maybe not its own:
tests/test_units_provincial_bodies.py), it stays as written. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2022-11-20") if u.level == "grassroots"]


def test_the_one_province_the_passage_names() -> None:
    text = ("Thực hiện Kế hoạch của Ban Thường vụ Công đoàn Sở Tài nguyên và Môi trường về thi đua chào mừng Đại hội "
            "Công đoàn tỉnh Bình Định lần thứ XIII, các công đoàn cơ sở đã tổ chức nhiều hoạt động.")
    assert grassroots(text) == [("Công đoàn Sở Tài nguyên và Môi trường tỉnh Bình Định", "Bình Định")]


def test_a_city_named_through_its_federation() -> None:
    text = ("Được sự chấp thuận của Liên đoàn Lao động thành phố Cần Thơ, Công đoàn Sở Xây dựng tổ chức hội thao "
            "cho đoàn viên.")
    assert grassroots(text) == [("Công đoàn Sở Xây dựng thành phố Cần Thơ", "Cần Thơ")]


def test_two_provinces_named_leave_it_as_written() -> None:
    text = ("Công đoàn Sở Tài nguyên và Môi trường đã đến học tập kinh nghiệm tại tỉnh Bình Định và tỉnh Phú Yên "
            "trong hai ngày.")
    assert [name for name, _ in grassroots(text)] == ["Công đoàn Sở Tài nguyên và Môi trường"]


def test_the_province_alone_leaves_it_as_written() -> None:
    text = "Công đoàn Sở Tài nguyên và Môi trường tổ chức trao quà cho các hộ nghèo tại tỉnh Bình Định."
    assert [name for name, _ in grassroots(text)] == ["Công đoàn Sở Tài nguyên và Môi trường"]
