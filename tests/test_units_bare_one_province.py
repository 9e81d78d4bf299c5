"""A bare "Liên đoàn Lao động tỉnh" is the union of the one province the passage names, never a guess: with
none or several, it is no unit."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text, name, province", [
    ("Đại diện Liên đoàn Lao động tỉnh tặng hoa cho các đội bóng của ngành ngân hàng Thái Bình.",
     "Liên đoàn Lao động tỉnh Thái Bình", "Thái Bình"),
    ("Học tập tư tưởng Hồ Chí Minh, LĐLĐ tỉnh tổ chức hội thi cho công nhân tại Nam Định.",
     "Liên đoàn Lao động tỉnh Nam Định", "Nam Định"),
])
def test_the_one_province_named_completes_it(text: str, name: str, province: str) -> None:
    assert units(text) == [(name, province)]


@pytest.mark.parametrize("text", [
    "Đại diện LĐLĐ tỉnh dự lễ khai mạc tại Thái Bình, các đội từ Nam Định và Thái Bình tham gia.",
    "LĐLĐ tỉnh tổ chức hội thi cho đoàn viên, người lao động.",
])
def test_no_province_or_several_leave_it_out(text: str) -> None:
    assert units(text) == []
