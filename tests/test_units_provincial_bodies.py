"""A provincial body's own union takes its province in its name, as the labels of every set but two write it
("Công đoàn cơ sở Sở Tư pháp tỉnh Yên Bái", "Công đoàn Chi cục Kiểm lâm tỉnh Bình Phước", "Công đoàn Ban Nội
chính Tỉnh ủy Thừa Thiên Huế"): sixty-three provinces have a "Sở Tư pháp", so the department's name alone names
none. A department or sub-department on its province's portal, a body named by its level ("Tỉnh ủy", "Tỉnh
đoàn") on a page placed in a province, and on a page no source places a department the passage itself writes
with the province."""

import pytest

from enrich import tag
from enrich.units import SourceContext


def units(text: str, province: str | None = None) -> list[tuple[str, str, str | None]]:
    source = SourceContext(None, "province", province) if province else None
    return [(u.name, u.level, u.province)
            for u in tag(title="", text=text, source=source, published="2022-05-10").units if u.level == "grassroots"]


@pytest.mark.parametrize("text, name", [
    ("Chiều 12/5, Công đoàn Chi cục Thủy lợi tổ chức giải cầu lông cho đoàn viên.", "Công đoàn Chi cục Thủy lợi tỉnh Bình Phước"),
    ("Công đoàn cơ sở Sở Tư pháp trao quà cho con đoàn viên có hoàn cảnh khó khăn.",
     "Công đoàn cơ sở Sở Tư pháp tỉnh Bình Phước"),
    ("Công đoàn, Chi đoàn Ban Tuyên giáo Tỉnh ủy tổ chức thăm hỏi các gia đình chính sách.",
     "Công đoàn Ban Tuyên giáo Tỉnh ủy Bình Phước"),
])
def test_a_provincial_body_on_its_provinces_portal_takes_the_province(text: str, name: str) -> None:
    assert units(text, "Bình Phước") == [(name, "grassroots", "Bình Phước")]


def test_a_body_that_already_ends_with_its_province_takes_it_once() -> None:
    text = "Công đoàn cơ sở thành viên Chi cục Kiểm lâm Bình Phước tổ chức hội nghị người lao động."
    assert units(text, "Bình Phước") == [("Công đoàn cơ sở thành viên Chi cục Kiểm lâm Bình Phước", "grassroots",
                                          "Bình Phước")]


@pytest.mark.parametrize("text, name, province", [
    ("Sở Tư pháp tỉnh Hà Giang tổng kết công tác năm 2021. Đại diện lãnh đạo Sở ký giao ước thi đua với "
     "Công đoàn cơ sở Sở Tư pháp.", "Công đoàn cơ sở Sở Tư pháp tỉnh Hà Giang", "Hà Giang"),
    ("Với tinh thần tình nguyện, Công đoàn, Chi đoàn Ban Dân vận Tỉnh ủy thăm các hộ nghèo trên địa bàn tỉnh "
     "Quảng Trị.", "Công đoàn Ban Dân vận Tỉnh ủy Quảng Trị", "Quảng Trị"),
])
def test_on_a_page_no_source_places_the_passage_gives_the_province(text: str, name: str, province: str) -> None:
    assert units(text) == [(name, "grassroots", province)]


def test_a_department_the_passage_does_not_write_with_the_province_stays_as_written() -> None:
    text = "Công đoàn cơ sở Sở Tư pháp trao quà cho các hộ nghèo của tỉnh Hà Giang."
    assert [name for name, _, _ in units(text)] == ["Công đoàn cơ sở Sở Tư pháp"]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn cơ sở Sở Tư pháp tổ chức vui Tết Trung thu; Chủ tịch Công đoàn Sở đọc thư chúc mừng của Chủ tịch "
     "nước.", "Công đoàn cơ sở Sở Tư pháp tỉnh Bình Phước"),
    ("Chi đoàn Chi cục Thủy lợi phối hợp với Công đoàn Chi cục dọn vệ sinh khuôn viên cơ quan.",
     "Công đoàn Chi cục Thủy lợi tỉnh Bình Phước"),
])
def test_a_head_a_proper_name_follows_reads_no_verb_into_the_name(text: str, name: str) -> None:
    assert units(text, "Bình Phước") == [(name, "grassroots", "Bình Phước")]


def test_a_lower_case_word_before_a_place_stays_in_the_name() -> None:
    text = "Công đoàn cơ sở Cục thuế tỉnh Hưng Yên tổ chức hội nghị người lao động năm 2022."
    assert units(text) == [("Công đoàn cơ sở Cục thuế tỉnh Hưng Yên", "grassroots", "Hưng Yên")]


@pytest.mark.parametrize("text, name, province", [
    ("Ngày 21/7/2017, Công đoàn Thanh tra tỉnh tổ chức thành công Đại hội lần thứ VIII.",
     "Công đoàn Thanh tra tỉnh Bắc Ninh", "Bắc Ninh"),
    ("Ban Chấp hành Công đoàn cơ quan Tỉnh đoàn trao 42 suất quà cho các cháu thiếu nhi.",
     "Công đoàn Cơ quan Tỉnh đoàn Bắc Ninh", "Bắc Ninh"),
    ("Công đoàn cơ sở Tòa án huyện Phước Sơn nhận Cờ thi đua xuất sắc năm 2020.",
     "Công đoàn cơ sở Tòa án huyện Phước Sơn", "Quảng Nam"),
])
def test_an_inspectorates_a_courts_and_a_youth_union_offices_union_are_read(text: str, name: str, province: str) -> None:
    assert units(text, "Bắc Ninh" if province == "Bắc Ninh" else None) == [(name, "grassroots", province)]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn cơ sở Sở LĐ-TB&XH tổ chức hội nghị cán bộ, công chức năm 2022.",
     "Công đoàn cơ sở Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước"),
    ("Chủ tịch Công đoàn Sở KH&CN trao quà cho các cháu thiếu nhi.", "Công đoàn Sở Khoa học và Công nghệ tỉnh Bình Phước"),
    ("Công đoàn Sở VH-TT&DL tổ chức giải bóng chuyền hơi.", "Công đoàn Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước"),
])
def test_a_departments_short_name_is_given_spelt_out(text: str, name: str) -> None:
    assert units(text, "Bình Phước") == [(name, "grassroots", "Bình Phước")]
