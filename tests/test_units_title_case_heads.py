"""A grassroots union's head and a People's Committee written in title case, each word capitalised ("Công Đoàn Cơ
Sở", "Ủy Ban Nhân Dân"), are read as written in sentence case ("Công đoàn cơ sở", "Ủy ban nhân dân"): the same
union, named as in sentence case (the unit eval compares names case-folded). Every sentence here is composed for
the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[str]:
    return [u.name.casefold() for u in tag_units(text, published="2024-04-02") if u.level == "grassroots"]


def test_a_ward_committee_s_union_in_title_case() -> None:
    text = "Sáng ngày 02/4, Công Đoàn Cơ Sở Ủy Ban Nhân Dân Phường 7 đã tổ chức hội thi cắm hoa cho nữ công chức."
    assert grassroots(text) == ["công đoàn cơ sở ủy ban nhân dân phường 7"]


def test_a_title_case_head_before_a_school() -> None:
    text = "Sáng nay, Công Đoàn Cơ Sở Trường Tiểu học Lê Lợi đã trao 15 suất quà cho đoàn viên khó khăn."
    assert grassroots(text) == ["công đoàn cơ sở trường tiểu học lê lợi"]


def test_a_title_case_committee_after_a_sentence_case_head() -> None:
    text = "Chiều 2/4, Công đoàn cơ sở Uỷ Ban Nhân Dân Xã Tân Hòa đã tổ chức hội nghị cán bộ, công chức năm 2024."
    assert grassroots(text) == ["công đoàn cơ sở ủy ban nhân dân xã tân hòa"]
