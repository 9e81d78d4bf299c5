"""Central agencies' office unions: the National Assembly Office's, the Government Office's and a central body's
office union ("Công đoàn Cơ quan Trung ương ...") stand over the grassroots unions of the agency's departments, so
they are of sector level, as the earlier sets label them (the supreme procuracy's office union, "Công đoàn Văn phòng
Chính phủ"); written "Công đoàn cơ sở", or a province's office, they stay grassroots."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2025-03-10").units]


@pytest.mark.parametrize("text, name", [
    ("Chiều 12/3, Công đoàn Văn phòng Quốc hội tổ chức Hội nghị Ban Chấp hành mở rộng.", "Công đoàn Văn phòng Quốc hội"),
    ("Ban Thường vụ Công đoàn Cơ quan Văn phòng Quốc hội trao quà cho đoàn viên.",
     "Công đoàn Cơ quan Văn phòng Quốc hội"),
    ("Đại diện Công đoàn Văn phòng Chính phủ dự lễ khánh thành nhà tình nghĩa.", "Công đoàn Văn phòng Chính phủ"),
    ("Công đoàn cơ quan Trung ương Mặt trận Tổ quốc Việt Nam tổ chức giải bóng bàn.",
     "Công đoàn Cơ quan Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("Chủ tịch Công đoàn Cơ quan Trung ương MTTQ Việt Nam phát biểu khai mạc.",  # MTTQ spelt out
     "Công đoàn Cơ quan Trung ương Mặt trận Tổ quốc Việt Nam"),
])
def test_a_central_agencys_office_union_is_of_sector_level(text: str, name: str) -> None:
    assert units(text) == [(name, "sector", None)]


@pytest.mark.parametrize("text", [
    "Công đoàn cơ sở Văn phòng Quốc hội tổ chức hội nghị người lao động.",
    "Công đoàn Văn phòng UBND tỉnh Bình Định tổ chức hội nghị người lao động.",
    "Công đoàn Cơ quan NHNN Trung ương tổ chức hội nghị người lao động.",
])
def test_a_grassroots_or_provincial_office_union_stays_grassroots(text: str) -> None:
    assert [level for _, level, _ in units(text)] == ["grassroots"]


def test_the_fronts_office_union_written_short_and_in_full_is_one_unit() -> None:
    text = ("Một số kết quả của Công đoàn Cơ quan Trung ương MTTQ Việt Nam.\nĐại hội Công đoàn cơ quan Trung ương "
            "Mặt trận Tổ quốc Việt Nam diễn ra sáng nay; Ủy ban MTTQ Việt Nam gửi lẵng hoa chúc mừng.")
    assert units(text) == [("Công đoàn Cơ quan Trung ương Mặt trận Tổ quốc Việt Nam", "sector", None)]
