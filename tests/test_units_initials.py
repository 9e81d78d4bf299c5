"""A union's head followed by an organisation's initials alone that end their line ("Công Đoàn VHT", "CÔNG ĐOÀN
TDMU") is a grassroots union labelled as written, where the passage gives the organisation behind the initials: the
initials written again outside a union's head, joined to the head in a site's or file's name, or the passage a
grassroots union's own letter ("CĐCS" apart from a head) (enrich/unitinitials.py; b37u016, b37u018, b37u031).
Look-alikes stay unread: initials the tagger spells out or reads as another unit ("Công đoàn VN", "Công đoàn CSVN",
"CĐ TLĐ", "Công đoàn GTVT"), a province's abbreviation, initials in running text or in the title, initials the passage
gives nowhere else, and a company the passage names in full with the initials at its end."""

import pytest

from enrich import tag


def units(text: str, title: str = "") -> list[tuple[str, str]]:
    return [(u.name, u.level) for u in tag(title=title, text=text, source=None, published="2024-03-10").units]


@pytest.mark.parametrize("text, initials", [
    ("Cổng thông tin HUBT\nBan Chấp hành Công Đoàn HUBT\nTin tức", "HUBT"),
    ("THÔNG BÁO CỦA CÔNG ĐOÀN NEU\nSố: 05/TB-CĐCS\nV/v tổ chức tham quan cho đoàn viên", "NEU"),
    ("Mẫu đơn gia nhập Công đoàn VNUA\nTạp chí Khoa học VNUA\nThư viện", "VNUA"),
    ("Hướng dẫn sử dụng hệ thống congdoanhpc\nCổng phúc lợi Công đoàn HPC", "HPC"),
])
def test_initials_a_page_gives_name_its_union(text: str, initials: str) -> None:
    assert units(text) == [(f"Công đoàn {initials}", "grassroots")]


@pytest.mark.parametrize("text, title", [
    ("Ban Chấp hành Công Đoàn HUBT\nTin tức", ""),  # the initials given nowhere else
    ("Tin HUBT: Công đoàn HUBT đã tổ chức hội nghị cán bộ.", ""),  # running text
    ("Ngày 5/3, tại hội trường của HUBT, đại hội diễn ra.", "Đại hội Công đoàn HUBT"),  # the title, a headline
    ("Trang chủ VN\nCông đoàn VN", ""),
    ("Cao su CSVN\nThông báo Công đoàn CSVN", ""),
    ("Lưu: VT, CĐCS.\nBáo cáo gửi CĐ TLĐ", ""),
    ("Sở GTVT\nChủ tịch Công đoàn GTVT", ""),
    ("Lưu: VT, CĐCS.\nKính gửi Công đoàn BR-VT", ""),
])
def test_look_alikes_and_ungiven_initials_name_no_grassroots_union(text: str, title: str) -> None:
    assert all(level != "grassroots" for _, level in units(text, title))


def test_a_company_named_in_full_with_the_initials_is_the_unions_company() -> None:
    text = ("Chị Lê Thị Hoa – Chủ tịch Công đoàn nhận bằng khen tập thể Công ty Cổ phần Dược phẩm HPM\n\n"
            "Các cá nhân đại diện Công đoàn HPM tham dự Hội nghị\n\nCông đoàn HPM")
    assert ("Công đoàn HPM", "grassroots") not in units(text)
