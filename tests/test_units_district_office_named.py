"""A district's office ("Phòng Giáo dục và Đào tạo"; group ``district_agency``) whose union a page no source places
writes bare is completed with the one district of the unit's province the passage names the office in ("Phòng GDĐT
Phú Giáo", "Phòng Giáo dục và Đào tạo huyện Phú Giáo"), as a province's department is with its province; with no
district, or two, it stays as written. Every sentence here is composed for the test."""

from __future__ import annotations

from tests import unit_tags

OPENING = ("Được sự nhất trí của Ban thường vụ Liên đoàn lao động huyện Phú Giáo, ngày 31/3/2023, Công đoàn cơ sở "
           "Phòng Giáo dục và Đào tạo tổ chức Đại hội lần thứ VI.")


def grassroots(text: str) -> set[tuple[str, str | None]]:
    return {(n, p) for n, level, p in unit_tags.units(text, date="2023-03-31") if level == "grassroots"}


def test_the_office_written_short_with_its_district() -> None:
    text = OPENING + " Tham dự có ông Đặng Văn Ba, Trưởng phòng cùng toàn thể đoàn viên Phòng GDĐT Phú Giáo."
    assert grassroots(text) == {("Công đoàn cơ sở Phòng Giáo dục và Đào tạo huyện Phú Giáo", "Bình Dương")}


def test_the_office_with_its_district_s_type() -> None:
    text = OPENING + " Tham dự có lãnh đạo Phòng Giáo dục và Đào tạo huyện Phú Giáo."
    assert grassroots(text) == {("Công đoàn cơ sở Phòng Giáo dục và Đào tạo huyện Phú Giáo", "Bình Dương")}


def test_no_district_after_the_office_it_stays() -> None:
    assert grassroots(OPENING) == {("Công đoàn cơ sở Phòng Giáo dục và Đào tạo", "Bình Dương")}


def test_two_districts_it_stays() -> None:
    text = OPENING + " Dự có Phòng GDĐT Phú Giáo và Phòng GDĐT Bắc Tân Uyên."
    assert grassroots(text) == {("Công đoàn cơ sở Phòng Giáo dục và Đào tạo", "Bình Dương")}
