"""Unit tagging on context kinds of the twelfth to fourteenth blind sets' run (twenty-second round): a bare
"công đoàn viên chức" that names the union's members, not the civil servants' union. Every sentence here is
composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2022-10-07")
SCHOOL = SourceContext("Trường Đại học Cần Thơ", "grassroots", "Cần Thơ")
PROVINCE = SourceContext("Liên đoàn Lao động tỉnh Bắc Giang", "province", "Bắc Giang")


def test_a_lower_case_or_workers_civil_servants_union_is_its_members():
    # "nữ công đoàn viên chức": the union's members (công đoàn viên) who are civil servants
    assert units("Công đoàn Trường tổ chức giải bóng chuyền hơi nữ công đoàn viên chức chào mừng ngày 20/11.",
                 source=SCHOOL) == {("Công đoàn cơ sở Trường Đại học Cần Thơ", "grassroots", "Cần Thơ")}
    # "công đoàn viên chức lao động": the union's civil servants and workers
    assert units("Công đoàn viên chức lao động tổ chức hiến máu tập thể.", source=PROVINCE) == set()
    # the civil servants' union written capitalised, or with its place, stays a unit
    for text in ("Công đoàn Viên chức tổ chức hội thao.", "Chủ tịch công đoàn viên chức tỉnh dự lễ.",
                 "Các công đoàn cơ sở thuộc Công đoàn viên chức tổ chức hội thao."):
        assert ("Công đoàn Viên chức tỉnh Bắc Giang", "sector", "Bắc Giang") in units(text, source=PROVINCE), text
