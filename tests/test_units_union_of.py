""""công đoàn của <organisation>" names that organisation's union, not the site's own (twenty-sixth round). Every
sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import SourceContext
from tests import unit_tags

units = partial(unit_tags.units, date="2015-05-12")
SITE = SourceContext("Công ty Roussel Việt Nam", "grassroots", "Hồ Chí Minh")


def test_the_union_of_a_named_organisation_is_that_organisations():
    text = ("Tham dự hội nghị có Ban Tổng giám đốc, Chủ tịch công đoàn của Công ty TNHH MTV Dược Sài Gòn và các đại "
            "biểu người lao động.")
    assert units(text, source=SITE) == {
        ("Công đoàn Công ty Trách nhiệm hữu hạn Một thành viên Dược Sài Gòn", "grassroots", "Hồ Chí Minh")}
    assert units("Công đoàn của Trường THPT Lê Lợi đã trao 20 suất quà cho học sinh nghèo.") == {
        ("Công đoàn Trường THPT Lê Lợi", "grassroots", None)}


def test_the_union_of_a_bare_head_is_still_the_sites_own():
    assert units("Chủ tịch công đoàn của công ty phát biểu tại hội nghị.", source=SITE) == {
        ("Công đoàn cơ sở Công ty Roussel Việt Nam", "grassroots", "Hồ Chí Minh")}
