"""A bare "Liên đoàn Lao động thành phố" that no unit, source or district named places is the union of the one
centrally-run city the passage names, untyped too ("Công nhân Đà Nẵng"); a province's name places no bare city
union (a provincial city's), nor do two names."""

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize("text, name", [
    ("Ban Thường vụ Liên đoàn Lao động (LĐLĐ) thành phố tổ chức chợ Tết.\n\nCông nhân Đà Nẵng mua sắm tại chợ Tết.",
     "Liên đoàn Lao động thành phố Đà Nẵng"),
    ("Năm nay LĐLĐ thành phố trao 500 suất quà cho công nhân ở Hải Phòng.",
     "Liên đoàn Lao động thành phố Hải Phòng"),
])
def test_the_one_city_named_completes_it(text: str, name: str) -> None:
    assert unit_names(text) == [name]


@pytest.mark.parametrize("text", [
    "Năm nay LĐLĐ thành phố trao 500 suất quà cho công nhân ở Nghệ An.",
    "Năm nay LĐLĐ thành phố trao quà cho công nhân ở Đà Nẵng và Hải Phòng.",
    "Năm nay LĐLĐ thành phố trao 500 suất quà cho công nhân.",
])
def test_a_province_or_two_cities_leave_it_out(text: str) -> None:
    assert unit_names(text) == []
