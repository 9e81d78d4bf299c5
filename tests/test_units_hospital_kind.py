"""A hospital's union written in lower case with the hospital's kind before its proper name ("công đoàn cơ sở
bệnh viện đa khoa X", b40u010): "bệnh viện" is a lower-case head that one to three lower-case words may follow
before the name (group ``org_trade`` of enrich/data/unit_words.csv, as "nhà máy xi măng X"). Every sentence here
is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.level, u.name, u.province) for u in tag(text, published="2019-04-02").units)


def test_a_hospital_of_a_kind_in_lower_case() -> None:
    text = "Công đoàn cơ sở bệnh viện đa khoa Long An tổ chức hội thao."
    assert units(text) == [("grassroots", "Công đoàn cơ sở Bệnh viện đa khoa Long An", "Long An")]
    text = "Sáng 2/4, công đoàn bệnh viện phụ sản Hải Phòng trao 20 suất quà."
    assert units(text) == [("grassroots", "Công đoàn Bệnh viện phụ sản Hải Phòng", "Hải Phòng")]


def test_a_hospital_without_a_name_is_none() -> None:
    assert units("Chủ tịch công đoàn bệnh viện đã phát biểu tại hội nghị.") == []
    assert units("Công đoàn bệnh viện đã tặng quà cho bệnh nhân Nguyễn Văn An.") == []
