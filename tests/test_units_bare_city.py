"""A bare "Liên đoàn Lao động thành phố" on a province's page (the province no city) is the union of the provincial
city the passage names with its type ("thành phố Phan Rang - Tháp Chàm", "Thành ủy Bà Rịa"), as a bare "LĐLĐ
huyện" is the one district of that type the passage names (b34u050); where it names two, none. Every sentence here
is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2016-05-04")
NINH_THUAN = SourceContext("Liên đoàn Lao động tỉnh Ninh Thuận", "province", "Ninh Thuận")
QUANG_NAM = SourceContext("Liên đoàn Lao động tỉnh Quảng Nam", "province", "Quảng Nam")


def test_a_bare_city_union_is_the_city_the_passage_names():
    assert units("Đại diện Liên đoàn Lao động thành phố trao quà cho công nhân tại thành phố Phan Rang - Tháp Chàm.",
                 source=NINH_THUAN) == {
        ("Liên đoàn Lao động thành phố Phan Rang - Tháp Chàm", "district", "Ninh Thuận")}
    assert units("Liên đoàn Lao động thành phố phối hợp với Phòng Lao động thành phố Hội An tổ chức hội thi.",
                 source=QUANG_NAM) == {("Liên đoàn Lao động thành phố Hội An", "district", "Quảng Nam")}


def test_a_bare_city_union_with_two_cities_named_is_none():
    assert units("Liên đoàn Lao động thành phố phối hợp với Phòng Lao động thành phố Hội An và thành phố Tam Kỳ.",
                 source=QUANG_NAM) == set()
