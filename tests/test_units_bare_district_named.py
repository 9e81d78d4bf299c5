"""A grassroots union's body followed by a district's type alone ("CĐCS Trung tâm Y tế huyện tổ chức ...") on a page
no district places is the body of the one district of that type the passage names ("LĐLĐ huyện Vĩnh Thạnh"), as on
a district's own page it is the source's; with two districts of the type named, or none, no district completes it. A body
written with a lower-case head ("CĐCS Bảo hiểm xã hội huyện") is read so too. Every sentence here is composed for
the test."""

from __future__ import annotations

from enrich.units import SourceContext
from tests import unit_tags

CAN_THO = SourceContext("Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ")
AFTER = " Đây là đơn vị được LĐLĐ huyện Vĩnh Thạnh chọn làm đại hội điểm."


def grassroots(text: str) -> set[tuple[str, str | None]]:
    return {(n, p) for n, level, p in unit_tags.units(text, source=CAN_THO, date="2017-07-07") if level == "grassroots"}


def test_the_one_district_the_passage_names() -> None:
    text = "Ngày 07/7/2017, CĐCS Trung tâm Y tế huyện long trọng tổ chức Đại hội lần thứ V." + AFTER
    assert grassroots(text) == {("Công đoàn cơ sở Trung tâm Y tế huyện Vĩnh Thạnh", "Cần Thơ")}


def test_a_body_with_a_lower_case_head() -> None:
    text = "Ngày 07/7/2017, CĐCS Bảo hiểm xã hội huyện long trọng tổ chức Đại hội lần thứ V." + AFTER
    assert grassroots(text) == {("Công đoàn cơ sở Bảo hiểm xã hội huyện Vĩnh Thạnh", "Cần Thơ")}


def test_two_districts_named_name_nothing() -> None:
    text = ("Ngày 07/7/2017, CĐCS Bảo hiểm xã hội huyện long trọng tổ chức Đại hội lần thứ V. LĐLĐ huyện Vĩnh Thạnh "
            "và LĐLĐ huyện Cờ Đỏ cử đại diện tới dự.")
    assert grassroots(text) == set()


def test_no_district_named_completes_nothing() -> None:
    text = "Ngày 07/7/2017, CĐCS Trung tâm Y tế huyện long trọng tổ chức Đại hội lần thứ V."
    assert not any(" huyện " in name for name, _ in grassroots(text))
