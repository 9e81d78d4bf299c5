"""Huế across the reform: a province set up later than the article's date is its predecessor on that date (the city
of Huế, centrally governed from 1 January 2025, was Thừa Thiên Huế before), so a bare "LĐLĐ tỉnh" placed by Huế's
districts, and a unit placed by one of them, are Thừa Thiên Huế's before 2025 and the city's after; undated, the
mention's type decides ("LĐLĐ tỉnh": the province, never the city, which is no "tỉnh")."""

import pytest

from enrich import tag
from enrich.stream import tag_record

TEXT = ("Công ty được vay vốn từ Quỹ Trợ vốn của LĐLĐ tỉnh tại xã Bình Thành (thị xã Hương Trà). Công ty đã đề xuất "
        "với LĐLĐ tỉnh hỗ trợ nguồn vốn vay cho đoàn viên.")


def provincial(published: str | None) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag(title="", text=TEXT, published=published).units if u.level == "province"]


@pytest.mark.parametrize("published, name, province", [
    ("2023-05-10", "Liên đoàn Lao động tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
    ("2025-03-10", "Liên đoàn Lao động thành phố Huế", "Huế"),
    (None, "Liên đoàn Lao động tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
])
def test_a_bare_provincial_union_placed_by_hues_districts_follows_the_date(
        published: str | None, name: str, province: str) -> None:
    assert provincial(published) == [(name, province)]


def test_a_unit_placed_by_a_district_of_hue_before_2025_is_in_thua_thien_hue() -> None:
    text = "Công đoàn Trường Tiểu học Lê Lợi Hương Trà tổ chức hội nghị viên chức."
    assert [(u.name, u.province) for u in tag(title="", text=text, published="2023-05-10").units] == [
        ("Công đoàn Trường Tiểu học Lê Lợi Hương Trà", "Thừa Thiên Huế")]


@pytest.mark.parametrize("date, name", [
    ("2024-06-10", "Liên đoàn Lao động tỉnh Thừa Thiên Huế"),
    ("2026-02-10", "Liên đoàn Lao động thành phố Huế"),
])
def test_on_hues_paper_the_bare_union_is_the_provinces_of_the_date(date: str, name: str) -> None:
    record = {"id": "x", "text": "LĐLĐ tỉnh tổ chức hội nghị tổng kết.", "title": None, "source": None, "date": date,
              "url": "https://huengaynay.vn/chinh-tri-xa-hoi/tin-1.html"}
    assert [u["name"] for u in tag_record(record, [])["units"]] == [name]
