"""State bodies whose grassroots unions the labelled sets name but no head word read (group ``org`` of
enrich/data/unit_words.csv): a national park ("Vườn quốc gia", b26u026, b13u017), a nature reserve ("Khu bảo tồn"),
a district's forest rangers ("Hạt Kiểm lâm", b10u023), a province's development fund ("Quỹ Đầu tư phát triển",
b15u069, b16u015)."""

import pytest

from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Ngày 19/9, Công đoàn cơ sở Vườn quốc gia Xuân Sơn đã tổ chức Đại hội.",
     ["Công đoàn cơ sở Vườn quốc gia Xuân Sơn"]),
    ("Công đoàn Vườn quốc gia Bạch Mã tổ chức hội thao.", ["Công đoàn Vườn quốc gia Bạch Mã"]),
    ("Công đoàn cơ sở Khu bảo tồn thiên nhiên Pù Luông tổ chức đại hội.",
     ["Công đoàn cơ sở Khu bảo tồn thiên nhiên Pù Luông"]),
    ("Công đoàn Hạt Kiểm lâm huyện Đăk Glei tổ chức đại hội.", ["Công đoàn Hạt Kiểm lâm huyện Đăk Glei"]),
    ("Công đoàn cơ sở Quỹ Đầu tư phát triển tỉnh Tiền Giang tổ chức đại hội.",
     ["Công đoàn cơ sở Quỹ Đầu tư phát triển tỉnh Tiền Giang"]),
])
def test_a_state_body_s_union(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_a_park_named_outside_a_union_is_no_unit() -> None:
    assert names("Đoàn viên tham quan Vườn quốc gia Cúc Phương và Khu bảo tồn Pù Luông.") == []
