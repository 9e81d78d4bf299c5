"""A bare "Liên đoàn Lao động" listed after a body written with a bare place type ("Uỷ ban MTTQVN tỉnh, Liên đoàn
Lao động, Hội Nông dân") is one of that level's bodies: read as a bare "LĐLĐ tỉnh", placed as one is, and no unit
where nothing places it or no list goes on."""

import pytest

from tests.unit_names import unit_names


def test_a_list_of_provincial_bodies_places_it() -> None:
    text = ("Đại tá Vũ Viết Lợi, Chính uỷ Bộ đội Biên phòng Tây Ninh, cùng với đại diện Uỷ ban MTTQVN tỉnh, Liên đoàn "
            "Lao động, Hội Nông dân, Hội Cựu chiến binh đến thăm đồn biên phòng.")
    assert unit_names(text) == ["Liên đoàn Lao động tỉnh Tây Ninh"]


@pytest.mark.parametrize("text", [
    "Đại diện Ủy ban MTTQ tỉnh, Liên đoàn Lao động, Hội Nông dân cùng dự lễ khai mạc.",
    "Bộ đội Biên phòng Tây Ninh mời đại diện Uỷ ban MTTQVN tỉnh, Liên đoàn Lao động đến thăm.",
    "Bộ đội Biên phòng Tây Ninh mời đại diện Uỷ ban MTTQVN tỉnh Long An, Liên đoàn Lao động, Hội Nông dân đến thăm.",
])
def test_nothing_places_it_or_no_list_no_unit(text: str) -> None:
    assert unit_names(text) == []
