"""A district's union named, where the passage writes no type, by the district's type in force on the passage's
date (enrich/unitupgrades.py, enrich/data/district_upgrades.csv): huyện Sa Pa became thị xã Sa Pa on 1 January
2020, huyện Đức Phổ thị xã Đức Phổ on 1 February 2020. The type the passage writes stands; undated, the type
listed (of early 2025). The sentences are composed for the test (b34u048 and u035 name such unions)."""

from __future__ import annotations

import csv

from enrich.catalog import DATA
from enrich.gazetteer import gazetteer
from tests import unit_tags


def test_a_sector_union_before_the_upgrade_takes_the_type_then():
    text = "Công đoàn Giáo dục Sa Pa tổ chức hội nghị cán bộ."
    assert unit_tags.units(text, date="2018-03-02") == {("Công đoàn Giáo dục huyện Sa Pa", "sector", "Lào Cai")}
    assert unit_tags.units(text, date="2021-03-02") == {("Công đoàn Giáo dục thị xã Sa Pa", "sector", "Lào Cai")}
    text = "Công đoàn Giáo dục Đức Phổ tổ chức hội nghị cán bộ."
    assert unit_tags.units(text, date="2020-01-31") == {("Công đoàn Giáo dục huyện Đức Phổ", "sector", "Quảng Ngãi")}
    assert unit_tags.units(text, date="2020-02-01") == {("Công đoàn Giáo dục thị xã Đức Phổ", "sector", "Quảng Ngãi")}


def test_a_district_union_before_the_upgrade_takes_the_type_then():
    for text in ("LĐLĐ Sa Pa trao quà Tết cho đoàn viên.", "Liên đoàn Lao động Sa Pa trao quà Tết cho đoàn viên."):
        assert unit_tags.units(text, date="2019-01-20") == {("Liên đoàn Lao động huyện Sa Pa", "district", "Lào Cai")}
        assert unit_tags.units(text, date="2020-01-20") == {("Liên đoàn Lao động thị xã Sa Pa", "district", "Lào Cai")}


def test_the_type_written_and_an_undated_passage_keep_their_type():
    text = "LĐLĐ thị xã Sa Pa trao quà Tết cho đoàn viên."
    assert unit_tags.units(text, date="2019-01-20") == {("Liên đoàn Lao động thị xã Sa Pa", "district", "Lào Cai")}
    text = "LĐLĐ Sa Pa trao quà Tết cho đoàn viên."
    assert unit_tags.units(text) == {("Liên đoàn Lao động thị xã Sa Pa", "district", "Lào Cai")}


def test_a_district_with_no_upgrade_held_keeps_its_listed_type():
    text = "Công đoàn Giáo dục Bắc Hà tổ chức hội nghị cán bộ."  # a huyện of Lào Cai throughout
    assert unit_tags.units(text, date="2018-03-02") == {("Công đoàn Giáo dục huyện Bắc Hà", "sector", "Lào Cai")}


def test_every_upgrade_row_names_a_listed_district_of_the_type_after():
    gaz = gazetteer()
    with (DATA / "district_upgrades.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        district = gaz.district_by_id(row["district_id"])
        assert district is not None and district["short_name"] == row["name"]
        assert district["type"] == row["type_after"] and row["type_before"] != row["type_after"]
        assert row["decided"] <= row["in_force"] and row["act"] and row["source"].startswith("https://")
