"""A grassroots union the passage names without its place, and in capitals (a title, a header) with its head, its
organisation and its province right after it, is named with that province ("CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN DA LIỄU THÀNH
PHỐ CẦN THƠ" over "Công đoàn cơ sở Bệnh viện Da Liễu"); a place the capitals give after another body, or another
province, names nothing. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext
from tests import unit_tags

CAN_THO = SourceContext(None, "province", "Cần Thơ")
TEXT = ("Ban chấp hành Liên đoàn Lao động thành phố Cần Thơ đã tặng cờ cho 12 tập thể. Công đoàn cơ sở Bệnh viện Da "
        "Liễu vinh dự là một trong 12 tập thể được nhận cờ.")


def grassroots(title: str, source: SourceContext | None = None) -> set[tuple[str, str | None]]:
    return {(n, p) for n, level, p in unit_tags.units(TEXT, title=title, source=source, date="2020-07-17")
            if level == "grassroots"}


def test_the_title_in_capitals_gives_the_unions_place() -> None:
    title = "CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN DA LIỄU THÀNH PHỐ CẦN THƠ NHẬN CỜ KHEN THƯỞNG"
    assert grassroots(title) == {("Công đoàn cơ sở Bệnh viện Da Liễu thành phố Cần Thơ", "Cần Thơ")}


def test_on_the_provinces_portal_too() -> None:
    title = "CĐCS BỆNH VIỆN DA LIỄU THÀNH PHỐ CẦN THƠ NHẬN CỜ KHEN THƯỞNG"
    assert grassroots(title, CAN_THO) == {("Công đoàn cơ sở Bệnh viện Da Liễu thành phố Cần Thơ", "Cần Thơ")}


def test_a_place_after_another_body_names_nothing() -> None:
    title = "CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN DA LIỄU NHẬN CỜ CỦA LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ"
    assert grassroots(title) == {("Công đoàn cơ sở Bệnh viện Da Liễu", "Cần Thơ")}


def test_the_hospital_alone_in_capitals_names_nothing() -> None:
    title = "BỆNH VIỆN DA LIỄU THÀNH PHỐ CẦN THƠ NHẬN CỜ KHEN THƯỞNG"
    assert grassroots(title) == {("Công đoàn cơ sở Bệnh viện Da Liễu", "Cần Thơ")}


def test_another_province_in_the_title_names_nothing() -> None:
    title = "CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN DA LIỄU TỈNH HẬU GIANG NHẬN CỜ"
    assert ("Công đoàn cơ sở Bệnh viện Da Liễu tỉnh Hậu Giang", "Hậu Giang") not in grassroots(title)
