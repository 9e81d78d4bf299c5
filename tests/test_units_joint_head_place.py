"""A bare "Liên đoàn Lao động" joined by "và" to another body whose name ends with a place is a joint head of two
bodies of that place: the union is that place's. Not across a comma, not before a lower-case plural, never the
national union's."""

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize("text, name", [
    ("Ngày hội do Sở Văn hóa phối hợp với Liên đoàn Lao động và Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi tổ chức.",
     "Liên đoàn Lao động tỉnh Quảng Ngãi"),
    ("Ngoài ra, LĐLĐ và Quận Đoàn quận 12 cũng sẽ giới thiệu danh sách đoàn viên ưu tú.",
     "Liên đoàn Lao động quận 12"),
    ("Căn cứ hướng dẫn của Liên đoàn Lao động và Phòng Giáo dục & Đào tạo huyện Bình Lục về hội nghị viên chức.",
     "Liên đoàn Lao động huyện Bình Lục"),
])
def test_the_other_bodys_place_is_the_unions(text: str, name: str) -> None:
    assert unit_names(text) == [name]


@pytest.mark.parametrize("text", [
    "Đại diện Liên đoàn Lao động, và Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi cùng dự.",
    "Đại diện Liên đoàn Lao động và các đoàn thể tỉnh Quảng Ngãi cùng dự.",
    "Đại diện Liên đoàn Lao động và Hội Liên hiệp Phụ nữ cùng dự.",
])
def test_no_joined_place_no_unit(text: str) -> None:
    assert unit_names(text) == []


def test_the_national_union_stays_national() -> None:
    text = "Tổng Liên đoàn Lao động và Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi ký kết chương trình phối hợp."
    assert unit_names(text) == ["Tổng Liên đoàn Lao động Việt Nam"]
