""""thay mặt" ("on behalf of") after a union's name opens a clause: the name ends before it, so that the body the
union acts for ("Đoàn Công tác", "Ban Giám đốc") is no part of it, and a bare "Công đoàn Ban" is completed from the
commission the passage names. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def names(text: str) -> list[tuple[str, str]]:
    return [(u.name, u.evidence) for u in tag_units(text, published="2020-08-14")]


def test_a_commission_s_bare_union_acting_for_a_delegation() -> None:
    text = ("Cán bộ, công chức của Ban Tuyên giáo Trung ương đã quyên góp ủng hộ đồng bào. Ông Trần Văn An, Chủ tịch "
            "Công đoàn Ban thay mặt Đoàn Công tác tặng quà cho đồng bào huyện Mường La.")
    assert names(text) == [("Công đoàn Ban Tuyên giáo Trung ương", "Công đoàn Ban")]


def test_a_company_s_union_acting_for_its_board() -> None:
    text = "Ông Lê Văn Bình, Chủ tịch Công đoàn Công ty TNHH Minh Long thay mặt Ban Giám đốc trao quà cho công nhân."
    assert names(text) == [("Công đoàn Công ty Trách nhiệm hữu hạn Minh Long", "Công đoàn Công ty TNHH Minh Long")]


def test_a_bare_union_acting_for_a_delegation_is_no_unit_of_that_name() -> None:
    text = "Ông Trần Văn An, Chủ tịch Công đoàn Ban thay mặt Đoàn Công tác tặng quà cho đồng bào."
    assert all("Đoàn Công tác" not in name for name, _ in names(text))
