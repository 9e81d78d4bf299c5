"""A body of a centrally-run city named with the city written as its type alone, capitalised, at the end of its own
name ("Bệnh viện Ung Bướu Thành Phố", the city's own hospital as the city writes it): the name as written, placed in
the city the passage names. Lower case ("... thành phố"), or a province ("Tỉnh"), or a district-level city of a
province ("Bệnh viện đa khoa Thành phố" in a province) is completed with its place as before. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2021-06-10") if u.level == "grassroots"]


def test_a_city_s_own_hospital_keeps_its_name() -> None:
    text = ("Giải chạy diễn ra tại công viên Thống Nhất (quận Hai Bà Trưng, Thành phố Hà Nội). Ban Chấp hành Công "
            "đoàn Bệnh viện Ung Bướu Thành Phố đã phát động đến toàn thể nhân viên.")
    assert grassroots(text) == [("Công đoàn Bệnh viện Ung Bướu Thành Phố", "Hà Nội")]


def test_the_city_s_type_written_thanh_pho() -> None:
    text = ("Hội thao được tổ chức tại Thành phố Đà Nẵng. Công đoàn Trung tâm Cấp cứu Thành phố giành giải nhất "
            "nội dung kéo co.")
    assert grassroots(text) == [("Công đoàn Trung tâm Cấp cứu Thành phố", "Đà Nẵng")]


def test_a_province_s_body_is_completed_as_before() -> None:
    text = "Hội thao được tổ chức tại tỉnh Nghệ An. Công đoàn Bệnh viện Ung Bướu Tỉnh giành giải nhất nội dung kéo co."
    assert grassroots(text) == [("Công đoàn Bệnh viện Ung Bướu Tỉnh Nghệ An", "Nghệ An")]
