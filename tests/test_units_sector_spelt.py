"""A sector union the passage writes short or in capitals ("Công đoàn GD&ĐT huyện X", "CÔNG ĐOÀN GD&ĐT X") and
elsewhere spells out with its capitals under a name of the sector's own ("Công đoàn Giáo dục và Đào tạo huyện") is
named as spelt out, wherever it is first written: the passage spells the name out (enrich/data/README.md,
sectors.csv; b34u049). Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def names(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return sorted((u.unit_id, u.name) for u in tag(text, title=title, published="2015-03-10").units)


def test_a_sector_union_written_short_then_spelt_out_is_named_as_spelt():
    text = ("Dự hội nghị có đồng chí Lê Văn Tám, Chủ tịch Công đoàn GD&ĐT huyện Châu Thành A; thay mặt Ban Chấp "
            "hành Công đoàn Giáo dục và Đào tạo huyện, đồng chí Tám phát biểu.")
    assert names(text) == [("cd-hau-giang--chau-thanh-a--giao-duc", "Công đoàn Giáo dục và Đào tạo huyện Châu Thành A")]
    assert names(text, title="CÔNG ĐOÀN GD&ĐT CHÂU THÀNH A TỔNG KẾT NĂM HỌC") == [
        ("cd-hau-giang--chau-thanh-a--giao-duc", "Công đoàn Giáo dục và Đào tạo huyện Châu Thành A")]


def test_a_sector_union_never_spelt_out_keeps_the_sectors_name():
    text = "Dự hội nghị có đồng chí Lê Văn Tám, Chủ tịch Công đoàn GD&ĐT huyện Châu Thành A."
    assert names(text) == [("cd-hau-giang--chau-thanh-a--giao-duc", "Công đoàn Giáo dục huyện Châu Thành A")]
