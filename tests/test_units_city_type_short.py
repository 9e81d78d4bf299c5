"""A grassroots body's name in a centrally-run city ending with the city's type written short, "TP" ("Công đoàn Cty
cp Vật tư Tổng hợp TP", b36u045), is kept as written, as one ending with "Thành phố" capitalised is (b32u027): the
city's own body as the city names it (enrich/unittail.py). Written "thành phố" in lower case it is completed as
before."""

from enrich import tag


def units(text: str) -> list[tuple[str, str | None]]:
    tags = tag(text, published="2011-05-24")
    return [(u.name, u.province) for u in tags.units if u.role != "publisher"]


def test_a_city_type_written_short_is_kept() -> None:
    text = "Tại TP.HCM, đoàn viên Công đoàn Cty cp Cơ khí Tổng hợp TP đã tham quan bảo tàng."
    assert units(text) == [("Công đoàn Công ty cp Cơ khí Tổng hợp thành phố", "Hồ Chí Minh")]


def test_a_city_type_in_lower_case_is_completed() -> None:
    text = "Tại TP.HCM, đoàn viên Công đoàn Bệnh viện Đa khoa thành phố đã tham quan bảo tàng."
    assert units(text) == [("Công đoàn Bệnh viện Đa khoa thành phố Hồ Chí Minh", "Hồ Chí Minh")]
