"""The learned reader never reads a name on through "và" into a second union (enrich/unitedge.py
``_past_second_union``), as the rules do not: "Công đoàn Bệnh viện 108 và Liên đoàn Lao động tỉnh Bắc Ninh" are two."""

import pytest

from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn Công ty May 10 và Liên đoàn Lao động tỉnh Bắc Ninh ký kết.",
     ["Công đoàn Công ty May 10", "Liên đoàn Lao động tỉnh Bắc Ninh"]),
    ("Công đoàn Bệnh viện 108 và Liên đoàn Lao động tỉnh Bắc Ninh ký kết.",
     ["Công đoàn Bệnh viện 108", "Liên đoàn Lao động tỉnh Bắc Ninh"]),
])
def test_a_name_ends_before_and_a_second_union(text: str, want: list[str]) -> None:
    assert names(text) == want
