"""A union's own body after a spaced dash ends its name (word group ``dash_body`` of enrich/data/unit_words.csv):
"Công đoàn Công ty X - Ban Chấp hành ra mắt" is the company's union, whose executive committee the rest names; by
the rules (enrich/unitorgs.py) and by the learned reader's limit of that name (enrich/unitedge.py). The sentences
are composed for the test (b35u023 is one such caption)."""

from __future__ import annotations

from functools import partial

from enrich import unitedge
from tests import unit_tags
from tests.unit_edge_model import forced_end, trained_model  # noqa: F401 (an autouse fixture)

units = partial(unit_tags.units, date="2023-05-10")


def test_a_union_body_after_a_dash_ends_the_name():
    assert units("Đại hội Công đoàn Công ty May Sông Hồng - Ban Chấp hành khóa mới ra mắt") == {
        ("Công đoàn Công ty May Sông Hồng", "grassroots", None)}
    assert units("Công đoàn Điện lực Nam Định – BCH nhiệm kỳ mới họp phiên thứ nhất") == {
        ("Công đoàn Điện lực Nam Định", "grassroots", "Nam Định")}
    assert units("Công đoàn Công ty Xi măng Hải Vân - Ban Thường vụ làm việc với doanh nghiệp") == {
        ("Công đoàn Công ty Xi măng Hải Vân", "grassroots", None)}


def test_a_name_still_reads_on_through_a_dash_before_a_branch_or_a_second_name():
    assert units("Công đoàn Công ty May Sông Hồng - Chi nhánh Nam Định tổ chức hội thao") == {
        ("Công đoàn Công ty May Sông Hồng - Chi nhánh Nam Định", "grassroots", "Nam Định")}
    assert units("Công đoàn Công ty CP Xi măng – Đá vôi Lạng Sơn tổ chức hội thao.") == {
        ("Công đoàn Công ty Cổ phần Xi măng – Đá vôi Lạng Sơn", "grassroots", "Lạng Sơn")}


def test_the_limit_holds_whatever_a_model_scores():
    trained = unitedge.current_model()
    assert trained is not None and "dash_body" in trained.limit.split(",")
    text = "Công ty May Sông Hồng - Ban Chấp hành ra mắt"
    rule, favoured = "Công ty May Sông Hồng", "Công ty May Sông Hồng - Ban Chấp hành"
    assert forced_end(text, rule, "dash_body", favoured) == rule
    assert forced_end(text, rule, "clause_verb", favoured) == favoured  # without it the favoured end is taken
    text = "Công ty May Sông Hồng - Chi nhánh Nam Định tổ chức"
    favoured = "Công ty May Sông Hồng - Chi nhánh Nam Định"
    assert forced_end(text, rule, "dash_body", favoured) == favoured  # no union's body after the dash
