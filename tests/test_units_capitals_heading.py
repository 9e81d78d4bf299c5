"""A union's name in capitals that is a line of its own, a heading, ends where the line does: it is read in the
sentence's case without a place type and province after it (enrich/unitcapitals.py, b37u001). Capitals that go on
into a headline's verb, or that start inside a line, stay unread, and a heading that names no organisation
("CÔNG ĐOÀN VIỆT NAM", a sector's union written so) is not read as a grassroots union."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name.lower(), u.level, u.province) for u in tag(title="", text=text, source=None, published="2024-03-10").units]


@pytest.mark.parametrize("text, want", [
    ("Trang chủ\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nGiới thiệu chung",
     ("công đoàn trường đại học kinh tế quốc dân", "grassroots", "Hà Nội")),
    ("CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC VINH\nTin tức - Sự kiện", ("công đoàn trường đại học vinh", "grassroots", "Nghệ An")),
    ("Đăng nhập\nCÔNG ĐOÀN TRƯỜNG THPT NGUYỄN DU", ("công đoàn trường thpt nguyễn du", "grassroots", None)),
    ("Liên hệ\nCÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HÀ ĐÔNG\nĐịa chỉ: số 2 Bế Văn Đàn",
     ("công đoàn bệnh viện đa khoa hà đông", "grassroots", "Hà Nội")),
])
def test_a_heading_in_capitals_is_a_unions_name(text: str, want: tuple[str, str, str | None]) -> None:
    assert units(text) == [want]


@pytest.mark.parametrize("text", [
    "CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC VINH TỔ CHỨC HỘI NGHỊ CÁN BỘ",
    "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HÀ ĐÔNG ĐÃ TRAO QUÀ",
    "Chào mừng đến với CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC VINH",
    "Trang chủ\nCÔNG ĐOÀN VIỆT NAM",
    "Trang chủ\nCÔNG ĐOÀN NGÀNH GIÁO DỤC",
    "TIN TỨC\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC VINH KỶ NIỆM NGÀY THÀNH LẬP",
])
def test_capitals_that_are_no_name_alone_stay_unread(text: str) -> None:
    assert all(level != "grassroots" for _, level, _ in units(text))


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text, source=None, published="2024-03-10").units]


@pytest.mark.parametrize("text, name", [
    # an organisation's head, a phrase and an institution's name in the case unit_words.csv or institutions.csv writes
    # them, the rest as proper names
    ("Trang quản trị\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC CÔNG NGHỆ SÀI GÒN\nGiới thiệu", "Công đoàn Trường Đại học Công Nghệ Sài Gòn"),
    ("Trang chủ\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nGiới thiệu chung", "Công đoàn Trường Đại học Kinh tế Quốc dân"),
    ("Liên hệ\nCÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HÀ ĐÔNG\nĐịa chỉ", "Công đoàn Bệnh viện Đa khoa Hà Đông"),
    ("CÔNG ĐOÀN SỞ Y TẾ TỈNH NAM ĐỊNH, ĐIỂM SÁNG", "Công đoàn Sở Y tế tỉnh Nam Định"),
    # proper names and acronyms stay capitalised as before
    ("Đăng nhập\nCÔNG ĐOÀN TRƯỜNG THPT NGUYỄN DU", "Công đoàn Trường THPT Nguyễn Du"),
    ("CÔNG ĐOÀN TRƯỜNG THPT LÊ LỢI TỈNH THANH HÓA, MỘT NĂM NHÌN LẠI", "Công đoàn Trường THPT Lê Lợi tỉnh Thanh Hóa"),
    ("Trang chủ\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC THỦ DẦU MỘT", "Công đoàn Trường Đại học Thủ Dầu Một"),
])
def test_a_name_in_capitals_is_written_in_its_listed_case(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN\n\nCông đoàn Trường Đại học Khoa học Tự nhiên ra đời năm 1996.",
     "Công đoàn Trường Đại học Khoa học Tự nhiên"),
    ("CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN\n\nTrường Đại học Khoa học Tự nhiên ra đời năm 1996.",
     "Công đoàn Trường Đại học Khoa học Tự nhiên"),
])
def test_a_name_in_capitals_is_written_as_the_text_writes_it_elsewhere(text: str, name: str) -> None:
    assert names(text)[0] == name


def test_a_longer_name_written_elsewhere_does_not_case_a_shorter_one() -> None:
    text = "Trang chủ\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN\n\nTrường Đại học Khoa học Tự nhiênxyz"
    assert names(text) == ["Công đoàn Trường Đại học Khoa Học Tự Nhiên"]
