"""A sector written with a dash between its words ("Công đoàn ngành Giao thông - Vận tải tỉnh X", either dash) is
the sector's union, as written without it (enrich/data/sectors.csv, gtvt's aliases; b38u028). Every sentence here
is composed for the test."""

from __future__ import annotations

from enrich import tag


def names(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.unit_id, u.level, u.province) for u in tag(text, published="2019-04-02").units)


def test_the_transport_sector_written_with_a_dash_is_its_union():
    text = "Sáng nay, Công đoàn ngành Giao thông - Vận tải Hà Tĩnh tổ chức hội thao cho đoàn viên."
    assert names(text) == [("cd-ha-tinh--gtvt", "sector", "Hà Tĩnh")]


def test_an_en_dash_and_the_province_type_written():
    text = "Ông Trần Văn Bảy, Chủ tịch Công đoàn ngành Giao thông – Vận tải tỉnh Nghệ An, phát biểu."
    assert names(text) == [("cd-nghe-an--gtvt", "sector", "Nghệ An")]


def test_the_department_written_with_a_dash_is_no_union():
    assert names("Văn phòng Sở Giao thông - Vận tải Hà Tĩnh đạt giải nhất toàn đoàn.") == []


def test_two_sectors_joined_by_a_dash_stay_their_own_union():
    text = "Công đoàn ngành Xây dựng - Giao thông tỉnh Hòa Bình tổ chức hội nghị."
    assert [u[0] for u in names(text)] == ["cd-hoa-binh--xay-dung-giao-thong"]
