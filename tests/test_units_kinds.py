"""Unit names in the forms a third round of unseen passages (held-out set C) showed: schools named
after a person, office and head-office unions whose names go on in lower case, corporation and
hospital unions named only by their head on their own site, joined sectors, lists of grassroots
unions, and grassroots units placed by the places their names hold. Every sentence here is composed
for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units

DA_NANG = SourceContext("", "province", "Đà Nẵng")


def units(text, *, source=None, date="2022-06-01"):
    """(name, level, province) of every non-publisher tag."""
    return {(u.name, u.level, u.province) for u in tag_units(text, source=source, published=date)
            if u.role != "publisher"}


def test_a_school_named_after_a_person_after_its_level():
    text = "Đoàn viên Công đoàn trường tiểu học Nguyễn Văn Trỗi tham gia hiến máu tình nguyện."
    assert units(text, source=DA_NANG) == {("Công đoàn Trường Tiểu học Nguyễn Văn Trỗi", "grassroots", "Đà Nẵng")}
    # without a school level the name after "trường" is still a person's
    assert units("Chủ tịch công đoàn trường Nguyễn Thị Lan phát biểu.", source=DA_NANG) == set()


def test_office_names_that_go_on_in_lower_case():
    text = "Ban Chấp hành Công đoàn cơ quan Ủy ban nhân dân xã Hòa Phước trao quà cho đoàn viên."
    assert units(text, source=DA_NANG) == {
        ("Công đoàn Cơ quan Ủy ban nhân dân xã Hòa Phước", "grassroots", "Đà Nẵng")}
    text = "Công đoàn cơ sở Hội sở chính Vietcombank tổ chức giải cầu lông cho đoàn viên."
    assert units(text) == {("Công đoàn cơ sở Hội sở chính Vietcombank", "grassroots", None)}
