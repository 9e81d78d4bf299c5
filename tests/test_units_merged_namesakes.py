"""A district name several provinces hold, two of which were merged into one in July 2025 ("huyện Châu Thành" of
Tây Ninh and of Long An, both in Tây Ninh since), is placed by the province the passage or its source names: that
province's own district where it has one (enrich/unitresolve.py ``_in_province``), as a name shared by provinces
that stayed apart always was; the merged province's other district only where the province named has none."""

import pytest

from enrich.stream import tag_record


def _units(text: str, source: dict[str, str | None] | None = None, date: str = "2021-09-14",
           url: str | None = None) -> list[tuple[str, str, str | None]]:
    record = {"id": "r1", "text": text, "title": None, "date": date, "url": url, "source": source}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def _province(name: str) -> dict[str, str | None]:
    return {"name": None, "level": "province", "province": name, "district": None, "unit_id": None}


FEDERATION = "Liên đoàn Lao động huyện Châu Thành"


@pytest.mark.parametrize("province", ["Long An", "Đồng Tháp", "Trà Vinh", "Kiên Giang", "Hậu Giang", "Sóc Trăng"])
def test_the_sources_province_places_a_shared_district(province: str) -> None:
    text = "Sáng 14/9, Liên đoàn Lao động huyện Châu Thành đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm."
    assert _units(text, _province(province)) == [(FEDERATION, "district", province)]


@pytest.mark.parametrize("province", ["An Giang", "Bến Tre", "Long An", "Sóc Trăng"])
def test_the_province_written_after_it_places_it(province: str) -> None:
    text = f"Ban Thường vụ LĐLĐ huyện Châu Thành, tỉnh {province} vừa thăm hỏi đoàn viên bị ảnh hưởng bởi bão."
    assert _units(text) == [(FEDERATION, "district", province)]


def test_the_province_named_places_its_typed_district() -> None:
    text = ("Tỉnh ủy Kiên Giang chỉ đạo các huyện. Tại huyện Châu Thành, Chủ tịch Liên đoàn Lao động huyện "
            "Châu Thành trao 20 suất quà cho công nhân.")
    assert (FEDERATION, "district", "Kiên Giang") in _units(text)


def test_no_province_no_district() -> None:  # guard: which of ten, nothing says
    text = "Sáng 14/9, Liên đoàn Lao động huyện Châu Thành đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm."
    assert _units(text) == []


def test_a_province_with_no_such_district_places_none() -> None:  # guard: Quảng Ngãi has no Châu Thành
    text = "Sáng 14/9, Liên đoàn Lao động huyện Châu Thành đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm."
    assert _units(text, _province("Quảng Ngãi")) == []


def test_a_name_one_province_holds_is_read_as_before() -> None:  # guard: Phú Tân, An Giang's and Cà Mau's
    text = "Sáng 14/9, Liên đoàn Lao động huyện Phú Tân đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm."
    assert _units(text, _province("Cà Mau")) == [("Liên đoàn Lao động huyện Phú Tân", "district", "Cà Mau")]
    assert _units(text, _province("An Giang")) == [("Liên đoàn Lao động huyện Phú Tân", "district", "An Giang")]


def test_the_merged_provinces_district_where_the_named_one_has_none() -> None:  # guard: as before this rule
    text = "Sáng 14/9, Liên đoàn Lao động huyện Tam Nông đã tổ chức hội nghị sơ kết công tác 6 tháng đầu năm."
    assert _units(text, _province("Tiền Giang")) == [("Liên đoàn Lao động huyện Tam Nông", "district", "Đồng Tháp")]
    assert _units(text, _province("Phú Thọ")) == [("Liên đoàn Lao động huyện Tam Nông", "district", "Phú Thọ")]
