"""A college written all in lower case up to its proper name, "trường cao đẳng y tế Thái Nguyên": "cao đẳng" is a
school level after the lower-case head "trường" (group ``school_level``) that a field's lower-case words may follow
before the name (group ``level_field``), as a trade's follow "nhà máy" ("nhà máy xi măng Bình Phước"). A verb after
the level names no college. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2019-08-15") if u.level == "grassroots"]


def test_a_college_s_field_in_lower_case() -> None:
    text = "Đoàn kiểm tra làm việc tại CĐCS trường cao đẳng sư phạm Lạng Sơn trong hai ngày 26 và 27/8."
    assert grassroots(text) == [("Công đoàn cơ sở Trường Cao đẳng sư phạm Lạng Sơn", "Lạng Sơn")]


def test_a_college_named_right_after_the_level() -> None:
    text = "Công đoàn trường cao đẳng Lào Cai tổ chức hội nghị cán bộ, viên chức năm 2019."
    assert grassroots(text) == [("Công đoàn Trường Cao đẳng Lào Cai", "Lào Cai")]


def test_a_verb_after_the_level_names_no_college() -> None:
    assert grassroots("Công đoàn trường cao đẳng luôn đồng hành cùng Ban Giám hiệu trong mọi hoạt động.") == []
