"""A company named by its site's trade (group ``site_trade``: a mine's, a power plant's, a port's) and the commune,
ward or town its site lay in before 1 July 2025 (enrich/data/communes_former.csv), of one province only, lies in that
province, as on the date, as one named by a district's name does (enrich/unitplaces.py ``named_place``). Every sentence
here is composed for the test."""

from __future__ import annotations

from tests import unit_tags


def grassroots(text: str, date: str = "2023-05-01") -> set[tuple[str, str | None]]:
    return {(n, p) for n, level, p in unit_tags.units(text, date=date) if level == "grassroots"}


def test_a_mine_named_by_its_ward() -> None:
    """Mạo Khê, a ward of Đông Triều (Quảng Ninh) before the reform."""
    text = "Công đoàn Công ty Than Mạo Khê tổ chức hội thao công nhân mỏ."
    assert grassroots(text) == {("Công đoàn Công ty Than Mạo Khê", "Quảng Ninh")}


def test_a_power_plant_named_by_its_commune_in_the_province_of_the_date() -> None:
    """Trà Linh, a commune of Nam Trà My (Quảng Nam, in Đà Nẵng since 1 July 2025); Trà Lĩnh of Cao Bằng is another."""
    text = "Công đoàn Công ty Cổ phần Thủy điện Trà Linh tổ chức hội thao."
    assert grassroots(text) == {("Công đoàn Công ty Cổ phần Thủy điện Trà Linh", "Quảng Nam")}
    assert grassroots(text, "2025-09-01") == {("Công đoàn Công ty Cổ phần Thủy điện Trà Linh", "Đà Nẵng")}


def test_a_commune_of_several_provinces_places_nothing() -> None:
    """Vĩnh Sơn is a commune of Nghệ An, Quảng Trị and Bình Định."""
    text = "Công đoàn Công ty Cổ phần Thủy điện Vĩnh Sơn tổ chức hội thao."
    assert grassroots(text) == {("Công đoàn Công ty Cổ phần Thủy điện Vĩnh Sơn", None)}


def test_another_company_s_commune_is_its_brand() -> None:
    text = "Công đoàn Công ty May Mạo Khê tổ chức hội thao."
    assert grassroots(text) == {("Công đoàn Công ty May Mạo Khê", None)}


def test_written_without_its_tones_it_places_nothing() -> None:
    text = "Công đoàn Công ty Cổ phần Thủy điện Tra Linh tổ chức hội thao."
    assert grassroots(text) == {("Công đoàn Công ty Cổ phần Thủy điện Tra Linh", None)}
