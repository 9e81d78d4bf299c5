"""A department's name that joins two of its fields with a dash ("Phòng Tài chính – Kế hoạch", "Sở Văn hóa - Thể
thao") is read whole, in every dash form (a hyphen, an en or an em dash, spaced or not) and whatever the case of the
second field's first letter (enrich/unitdashfield.py); a dash that ends a name, a company's form after one or a second
unit after one is read as before."""

import pytest

from tests.unit_tags import units

DASHES = (" – ", " - ", " — ", "–", "-", "—")


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(("office", "second"), [
    ("Phòng Tài chính", "kế hoạch"), ("Phòng Tài chính", "Kế hoạch"),
    ("Phòng Lao động", "Thương binh và Xã hội"), ("Phòng Tài nguyên", "môi trường"),
])
def test_a_district_offices_two_fields_with_its_place(office: str, second: str, dash: str) -> None:
    text = f"Sáng 12/3, Công đoàn cơ sở {office}{dash}{second} huyện Krông Pa tổ chức hội nghị cán bộ, công chức."
    assert units(text, date="2023-03-12") == {
        (f"Công đoàn cơ sở {office}{dash}{second} huyện Krông Pa", "grassroots", "Gia Lai")}


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(("office", "second"), [
    ("Phòng Kinh tế", "hạ tầng"), ("Phòng Lao động", "Thương binh và Xã hội"), ("Phòng Giáo dục", "Đào tạo"),
])
def test_a_district_offices_two_fields_before_its_bare_type(office: str, second: str, dash: str) -> None:
    """Cut at the dash before, wherever the district's type followed alone (no page places it here)."""
    text = f"Ban Chấp hành Công đoàn {office}{dash}{second} huyện đã tặng quà cho đoàn viên."
    assert units(text, date="2022-05-02") == {(f"Công đoàn {office}{dash}{second}", "grassroots", None)}


@pytest.mark.parametrize("dash", DASHES)
def test_a_provincial_departments_two_fields(dash: str) -> None:
    text = f"Công đoàn Sở Văn hóa{dash}Thể thao tỉnh Quảng Trị trao quà cho đoàn viên."
    assert units(text, date="2019-06-01") == {
        (f"Công đoàn Sở Văn hóa{dash}Thể thao tỉnh Quảng Trị", "grassroots", "Quảng Trị")}


@pytest.mark.parametrize(("text", "expected"), [
    # a dash that ends the name: no field after it
    ("Công đoàn Phòng Nội vụ - đơn vị dẫn đầu phong trào thi đua năm 2023.",
     ("Công đoàn Phòng Nội vụ", "grassroots", None)),
    ("Công đoàn Phòng Tài chính – Ngôi nhà chung của cán bộ.", ("Công đoàn Phòng Tài chính", "grassroots", None)),
    ("Công đoàn Phòng Tư pháp - Ban Chấp hành ra mắt.", ("Công đoàn Phòng Tư pháp", "grassroots", None)),
    # "và" and no field after the second one
    ("CĐCS Sở Văn hóa – Thể thao và hơn 20 bộ huy chương.",
     ("Công đoàn cơ sở Sở Văn hóa – Thể thao", "grassroots", None)),
    # no department's head: a centre's name is read as before
    ("Công đoàn Trung tâm Văn hóa – thông tin huyện tổ chức hội thi.",
     ("Công đoàn Trung tâm Văn hóa", "grassroots", None)),
])
def test_dashes_that_join_no_two_fields(text: str, expected: tuple[str, str, str | None]) -> None:
    assert units(text, date="2023-03-12") == {expected}


def test_a_companys_form_after_a_dash_is_read_as_before() -> None:
    assert units("Công đoàn Tổng Công ty Thép Việt Nam - CTCP tổ chức hội nghị.", date="2023-03-12") == {
        ("Công đoàn Tổng Công ty Thép Việt Nam", "sector", None)}
    assert units("Chủ tịch Công đoàn Công ty Than Mạo Khê - TKV phát biểu.", date="2023-03-12") == {
        ("Công đoàn Công ty Than Mạo Khê - TKV", "grassroots", None)}
