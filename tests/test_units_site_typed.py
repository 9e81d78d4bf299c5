"""A grassroots union written bare on its own body's site ("Công đoàn nhà trường", "BCH Công đoàn Bệnh viện",
"Công đoàn Trung tâm"), the body named in the page and spelt by the site's address as its type's initials and its
name's letters (enrich/sitetyped.py, enrich/unitsite.py; b30u047, b30u013, b28u021 show the kind); the province
from the host (an education office's zone named short, a hospital's "tỉnh" and province's letters). The names and
hosts here are made up."""

import pytest

from enrich.presshosts import host_province
from enrich.sitetyped import typed_spells
from enrich.stream import tag_record

TWO_SCHOOLS = ("Sáng 5/9, Trường Tiểu học Lê Văn Tám giao lưu với Trường Tiểu học Hòa Bình.\n"
               "Công đoàn nhà trường tặng quà cho học sinh có hoàn cảnh khó khăn.")
SHORT_SYLLABLE = ("Trường Tiểu học Phan Quang Định phối hợp với Trường Tiểu học Bình Minh tổ chức hội thi.\n"
                  "Công đoàn nhà trường trao thưởng cho giáo viên đạt giải.")
HOSPITAL_AFTER = ("Tham dự buổi gặp mặt có Ban Giám đốc, BCH Công đoàn Bệnh viện và cán bộ nữ tiêu biểu.\n"
                  "Bệnh viện Đa khoa huyện Tân Lạc luôn tạo điều kiện cho nữ cán bộ phát triển.")
CENTRE_AFTER = ("Đồng chí Nguyễn Thị Lan, Chủ tịch Công đoàn Trung tâm phát biểu.\n"
                "Năm qua, Trung tâm Y tế huyện Kim Bôi đã hoàn thành tốt nhiệm vụ.")


def units(text: str, url: str, title: str | None = None, date: str = "2024-03-12") -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "title": title, "source": None, "date": date, "url": url}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def test_the_school_the_title_names_is_placed_by_its_offices_zone() -> None:
    title = "Trường Tiểu học Lê Văn Tám khai giảng năm học mới"
    assert units("Công đoàn nhà trường tặng quà cho học sinh.", "https://thlevantamq3.hcm.edu.vn/tin/a.html", title) \
        == [("Công đoàn Trường Tiểu học Lê Văn Tám", "grassroots", "Hồ Chí Minh")]


@pytest.mark.parametrize("url", ["https://thlevantam.hcm.edu.vn/tin/a.html", "https://thlevantamq3.hcm.edu.vn/tin/a.html"])
def test_of_two_schools_named_the_one_the_host_spells(url: str) -> None:
    assert units(TWO_SCHOOLS, url) == [("Công đoàn Trường Tiểu học Lê Văn Tám", "grassroots", "Hồ Chí Minh")]


def test_a_syllable_the_host_writes_short() -> None:
    assert units(SHORT_SYLLABLE, "https://thphanqgdinhq5.hcm.edu.vn/cong-doan/a.html") \
        == [("Công đoàn Trường Tiểu học Phan Quang Định", "grassroots", "Hồ Chí Minh")]


def test_a_hospital_named_after_its_bare_union() -> None:
    assert units(HOSPITAL_AFTER, "https://bvdktanlac.vn/tin-tuc/a.html") \
        == [("Công đoàn Bệnh viện Đa khoa huyện Tân Lạc", "grassroots", "Hòa Bình")]


def test_a_health_centre_named_after_its_bare_union() -> None:
    assert units(CENTRE_AFTER, "https://ttytkimboi.vn/tin-tuc/a.html") \
        == [("Công đoàn Trung tâm Y tế huyện Kim Bôi", "grassroots", "Hòa Bình")]


@pytest.mark.parametrize("text, url", [
    (TWO_SCHOOLS, "https://thlevtam.hcm.edu.vn/tin/a.html"),  # the name's letters cut short: no listed syllable
    (TWO_SCHOOLS, "https://mnlevantam.hcm.edu.vn/tin/a.html"),  # a kindergarten's initials, primary schools named
    (TWO_SCHOOLS, "https://thlevantamxyz.hcm.edu.vn/tin/a.html"),  # letters after the name that are no district
    (HOSPITAL_AFTER, "https://bvdkkimboi.vn/tin-tuc/a.html"),  # another hospital's host
    (CENTRE_AFTER, "https://bvdkkimboi.vn/tin-tuc/a.html"),  # a hospital's host, a health centre named
])
def test_a_host_whose_letters_name_no_body_of_the_page_completes_nothing(text: str, url: str) -> None:
    assert [u for u in units(text, url) if u[1] == "grassroots"] == []


def test_a_host_alone_names_no_body() -> None:
    """The page names no school: the host's letters are not turned into a name."""
    assert units("Công đoàn nhà trường tặng quà cho học sinh.", "https://thlevantamq3.hcm.edu.vn/tin/a.html") == []
    assert units("Tham dự có BCH Công đoàn Bệnh viện.", "https://bvdktinhquangtri.com.vn/tin/a.html") == []


@pytest.mark.parametrize("label, name, want", [
    ("thlevantam", "Trường Tiểu học Lê Văn Tám", True),  # the type's initials, the name's words whole
    ("thlevantamq3", "Trường Tiểu học Lê Văn Tám", True),  # then a district's number
    ("thlevantamtanlac", "Trường Tiểu học Lê Văn Tám", True),  # or a district's name
    ("thphanqgdinh", "Trường Tiểu học Phan Quang Định", True),  # a listed short syllable
    ("bvdktanlac", "Bệnh viện Đa khoa huyện Tân Lạc", True),  # the place's type left out
    ("bvdkhuyentanlac", "Bệnh viện Đa khoa huyện Tân Lạc", True),
    ("ttytkimboi", "Trung tâm Y tế huyện Kim Bôi", True),
    ("thcskimdong", "Trường THCS Kim Đồng", True),
    ("thlvtam", "Trường Tiểu học Lê Văn Tám", False),  # initials of the name's words: none listed
    ("thlevan", "Trường Tiểu học Lê Văn Tám", False),  # the name cut short
    ("mnlevantam", "Trường Tiểu học Lê Văn Tám", False),  # another type
    ("levantam", "Trường Tiểu học Lê Văn Tám", False),  # no type
    ("thlevantamq", "Trường Tiểu học Lê Văn Tám", False),  # no district's number
    ("thatu", "Trường Tiểu học A Tú", False),  # under four letters of the name
    ("bvdktanlac", "Trung tâm Y tế huyện Tân Lạc", False),
])
def test_what_a_typed_host_spells(label: str, name: str, want: bool) -> None:
    assert typed_spells(label, name) is want


@pytest.mark.parametrize("url, province", [
    ("https://thlevantamq3.hcm.edu.vn/a.html", "Hồ Chí Minh"),  # the city's education office, named short
    ("https://bvdktinhquangtri.com.vn/a.html", "Quảng Trị"),  # a general hospital, "tỉnh" and the province
    ("https://bvdkquangtri.vn/a.html", "Quảng Trị"),
    ("https://bvdkthanhhoa.vn/a.html", None),  # also a district's name (Thạnh Hóa, Long An) with no "tỉnh"
    ("https://bvdkquangtrixyz.vn/a.html", None),
])
def test_the_province_a_bodys_host_gives(url: str, province: str | None) -> None:
    assert host_province(url, "2024-03-12") == province
