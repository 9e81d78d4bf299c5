"""A union written bare ("Chủ tịch công đoàn", "đại diện Công đoàn", "Công đoàn trường") that no source completes is
the union of the organisation the page's address names among those the passage names (enrich/unitsite.py): the
site's own name, or a union portal's item address (b27u018, b27u019, b28u020; b16u045 with its source)."""

import pytest

from enrich.stream import tag_record
from enrich.unitsite import address, spells

COMPANY = ("Sáng 12/3, Công ty TNHH Cơ khí Hòa Phát tổ chức hội nghị người lao động năm 2024.\n"
           "Chủ tịch công đoàn - Ông Nguyễn Văn An phát biểu tại hội nghị.")
GIFTS = ("Tháng 9/2023, Công ty TNHH Cơ khí Hòa Phát phối hợp cùng Chi nhánh Ngân hàng tỉnh Bắc Giang tặng quà.\n"
         "Đoàn đại diện Công ty do ông Trần Văn Bình dẫn đầu cùng đại diện Công đoàn, đoàn thanh niên tới trao quà.")
TWO = ("Công ty Cổ phần In Hà Nội (Công ty TNHH Cơ khí Hòa Phát) tổ chức đại hội.\n"
       "Chủ tịch công đoàn - Bà Lê Thị Hoa phát biểu.")
OWN_SITES = ["https://cokhihoaphat.com.vn/tin-tuc/hoi-nghi.html",
             "https://github.com/ckhoaphat/ckhoaphat.github.io/blob/0123abc/_posts/2024-03-12-hoi-nghi.md"]


def units(text: str, url: str, source: dict | None = None, date: str = "2024-03-12") -> list[tuple[str, str]]:
    record = {"id": "x", "text": text, "title": None, "source": source, "date": date, "url": url}
    return [(u["name"], u["level"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


@pytest.mark.parametrize("url", OWN_SITES)
@pytest.mark.parametrize("text", [COMPANY, GIFTS, TWO])
def test_a_bare_union_on_a_companys_own_site_is_the_companys(text: str, url: str) -> None:
    assert units(text, url) == [("Công đoàn Công ty Trách nhiệm hữu hạn Cơ khí Hòa Phát", "grassroots")]


@pytest.mark.parametrize("url", [
    "https://baomoi.com/chu-tich-cong-doan-cong-ty-tnhh-co-khi-hoa-phat-phat-bieu.html",  # a newspaper's, named in the address
    "https://github.com/someone/tin_tuc/blob/0123abc/co-khi-hoa-phat.md",  # a repository named after no one
    "https://cokhi.com.vn/a.html",  # words of the name that stop before its end
    "https://ckhp.com.vn/a.html",  # initials only
])
def test_a_bare_union_on_a_page_that_is_not_the_companys_stays_unread(url: str) -> None:
    assert units(COMPANY, url) == []


@pytest.mark.parametrize("text", [
    "Công ty TNHH Cơ khí Hòa Phát tập huấn nghiệp vụ Công đoàn cho cán bộ công đoàn cơ sở.",  # the union's work
    "Công ty TNHH Cơ khí Hòa Phát tham gia Cụm thi đua Công đoàn năm 2024.",  # an emulation cluster
    "Công ty TNHH Cơ khí Hòa Phát kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam.",  # the organisation as a whole
    "Công ty TNHH Cơ khí Hòa Phát luôn tạo điều kiện cho tổ chức công đoàn hoạt động.",  # generic
])
def test_no_union_from_other_uses_of_the_word_on_the_companys_site(text: str) -> None:
    assert units(text, OWN_SITES[0]) == []


PORTAL = {"name": "Liên đoàn Lao động tỉnh Tây Ninh", "level": "province", "province": "Tây Ninh", "district": None}
TRIP = ("Chuyến tham quan được Ban Chấp hành Công đoàn phối hợp cùng Ban giám hiệu trường tổ chức.\n"
        "Tham gia có thầy Lê Văn Nam, nguyên Hiệu trưởng Trường THPT Lê Quý Đôn; đoàn giao lưu với Trường THPT Trần "
        "Phú.\nĐây là hoạt động hằng năm của Ban Chấp hành Công đoàn trường.")


def test_a_bare_union_in_a_union_portals_item_is_the_member_its_address_names() -> None:
    url = "https://congdoan.tayninh.gov.vn/cong-doan-co-so/truong-thpt-le-quy-don-to-chuc-tham-quan-643.html"
    assert units(TRIP, url, PORTAL) == [("Công đoàn Trường THPT Lê Quý Đôn", "grassroots")]


def test_an_item_address_is_read_on_a_unions_portal_only() -> None:
    url = "https://baotayninh.vn/truong-thpt-le-quy-don-to-chuc-tham-quan-643.html"  # a paper: the province, no union
    assert units(TRIP, url, {"name": None, "level": "province", "province": "Tây Ninh", "district": None}) == []
    assert units(TRIP, url) == []  # its province from its host
    assert units(TRIP, "https://congdoan.tayninh.gov.vn/cong-doan-co-so/to-chuc-tham-quan-643.html", PORTAL) == []


def test_a_schools_site_under_an_office_names_the_school_not_the_office() -> None:
    assert address("http://thkhemo.donghy.edu.vn/gioi-thieu/hoi-nghi.html")[0] == ("thkhemo",)
    assert not spells("donghy", "Trường Tiểu học Khe Mo")


@pytest.mark.parametrize("label, name, want", [
    ("dvagribank", "Công ty Dịch vụ Agribank", True),  # initials, then the last word whole
    ("thnguyentrai", "Trường Tiểu học Nguyễn Trãi", True),
    ("thptngocto", "Trường THPT Ngọc Tố", True),
    ("agribank", "Công ty Dịch vụ Agribank", False),  # one word
    ("dva", "Công ty Dịch vụ Agribank", False),  # the last word by its initial
    ("baomoi", "Công ty Bảo Mới", False),  # no whole word of four letters
    ("dvagribankvn", "Công ty Dịch vụ Agribank", False),  # more than the name
])
def test_what_a_sites_name_spells(label: str, name: str, want: bool) -> None:
    assert spells(label, name) is want
