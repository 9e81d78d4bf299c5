"""A union's organisation written short takes the full name the passage wrote before it (enrich/unitshort.py)."""

import pytest

from enrich import SourceContext, tag


def units(text: str) -> list[tuple[str, str]]:
    return [(u.name, u.level) for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text, unit", [
    ("Ông Nguyễn Đức Minh, Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam, dự hội nghị cùng đại diện Văn phòng, "
     "Công đoàn, Đoàn Thanh niên Viện Hàn lâm.", ("Công đoàn Viện Hàn lâm Khoa học xã hội Việt Nam", "sector")),
    ("Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức hội nghị viên chức. Chủ tịch Công đoàn Bệnh viện Đa khoa phát biểu tại "
     "hội nghị.", ("Công đoàn Bệnh viện Đa khoa tỉnh Phú Thọ", "grassroots")),
    ("Sáng 5/3, Công ty TNHH Giày Thái Bình Dương tổ chức hội nghị người lao động. Công đoàn Công ty TNHH Giày trao "
     "quà cho đoàn viên.", ("Công đoàn Công ty Trách nhiệm hữu hạn Giày Thái Bình Dương", "grassroots")),
])
def test_a_name_written_short_takes_the_full_name_written_before(text: str, unit: tuple[str, str]) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize("text, unit", [
    # the full name only after the union
    ("Công đoàn, Đoàn Thanh niên Viện Hàn lâm đã trao quà; Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam dự.",
     ("Công đoàn Viện Hàn lâm", "grassroots")),
    # two full names before it
    ("Viện Hàn lâm Khoa học xã hội Việt Nam và Viện Hàn lâm Khoa học và Công nghệ Việt Nam ký kết hợp tác; Công đoàn, "
     "Đoàn Thanh niên Viện Hàn lâm đã trao quà.", ("Công đoàn Viện Hàn lâm", "grassroots")),
    # the short name written before only inside another name ("Tổng Công ty")
    ("Tổng Công ty May Việt Tiến tổ chức hội nghị. Công đoàn Công ty May đã trao quà cho đoàn viên.",
     ("Công đoàn Công ty May", "grassroots")),
    # a person's name after the organisation's
    ("Giám đốc Bệnh viện Nguyễn Đình Chiểu Trình Minh Hiệp cùng 120 đoàn viên dự. Công đoàn Bệnh viện Nguyễn Đình "
     "Chiểu đã trao quà.", ("Công đoàn Bệnh viện Nguyễn Đình Chiểu", "grassroots")),
])
def test_a_name_written_short_stays_as_written_without_one_full_name_before(text: str, unit: tuple[str, str]) -> None:
    assert units(text) == [unit]


INSTITUTE = SourceContext("Viện Nhà nước và Pháp luật", "grassroots", "Hà Nội")


@pytest.mark.parametrize("text", [
    "Đoàn Chủ tịch gồm TS. Phạm Thị Nga (Phó Viện trưởng), TS. Hoàng Kim Khuyên (Chủ tịch Công đoàn).",
    "Đoàn Chủ tịch gồm TS. Phạm Thị Nga (Phó Viện trưởng), TS. Hoàng Kim Khuyên (Chủ tịch Công đoàn) và thư ký.",
])
def test_a_bare_union_closed_by_a_parenthesis_is_the_sites_own(text: str) -> None:
    found = [(u.name, u.level) for u in tag(title="", text=text, source=INSTITUTE).units if u.role != "publisher"]
    assert found == [("Công đoàn cơ sở Viện Nhà nước và Pháp luật", "grassroots")]
