"""A bare "Công đoàn Bệnh viện" after the one hospital the passage names, whose name goes on in lower case and ends
with a city's type alone ("Bệnh viện đa khoa Thành phố"), is that hospital's union; the type is completed with the
city where the province has a city of its own name (Thanh Hóa's), and kept as written where it has none (Nghệ An's
city is Vinh, which the name does not say), on a bare name as on one written in full. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units

TEXT = ("Bệnh viện đa khoa Thành phố vừa tổ chức giải cầu lông năm 2018. Đây là hoạt động của Công đoàn Bệnh viện, "
        "nhằm động viên phong trào rèn luyện sức khỏe.")


def grassroots(text: str, province: str) -> list[tuple[str, str | None]]:
    source = SourceContext(name=None, level="province", province=province)
    return [(u.name, u.province) for u in tag_units(text, published="2018-04-10", source=source)
            if u.level == "grassroots"]


def test_the_hospital_named_before_in_a_province_with_a_city_of_its_name() -> None:
    assert grassroots(TEXT, "Thanh Hóa") == [("Công đoàn Bệnh viện đa khoa Thành phố Thanh Hóa", "Thanh Hóa")]


def test_no_city_of_the_province_s_name_keeps_the_type() -> None:
    assert grassroots(TEXT, "Nghệ An") == [("Công đoàn Bệnh viện đa khoa Thành phố", "Nghệ An")]


def test_a_name_in_full_with_no_city_of_its_name() -> None:
    text = "Công đoàn Bệnh viện đa khoa Thành phố tổ chức giải cầu lông năm 2018."
    assert grassroots(text, "Nghệ An") == [("Công đoàn Bệnh viện đa khoa Thành phố", "Nghệ An")]


def test_a_province_s_type_is_completed() -> None:
    text = "Công đoàn Bệnh viện Đa khoa Tỉnh tổ chức giải cầu lông năm 2018."
    assert grassroots(text, "Nghệ An") == [("Công đoàn Bệnh viện Đa khoa Tỉnh Nghệ An", "Nghệ An")]
