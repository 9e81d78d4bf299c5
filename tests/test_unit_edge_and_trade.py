"""The learned reader does not cut a company's lower-case trade at a "và" that joins it to another lower-case trade
word the rules read on through (limit "and_trade" of enrich/unitedge.py): "Công ty CP Kinh doanh nhà và dịch vụ đô
thị đã ..." is one company. What follows a "và" that starts a second body or party is still cut off: a capitalised
word, a union's head, the workers. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from crawler.textnorm import fold
from enrich import unitedge
from enrich.gazetteer import gazetteer
from enrich.unittext import tokens


def _forced(text: str, rule: str, limit: str, cut: str) -> str:
    """The name (from the start of ``text``, the rules ending it after ``rule``) chosen under ``limit`` by a model
    that scores the name ``cut`` best, the rules' end next and every other end lowest."""
    gaz = gazetteer()
    toks = tokens(text, 0, unitedge.WINDOW)
    scores = [2.0 if text[:t[2]] == cut else 1.0 if text[:t[2]] == rule else 0.0 for t in toks]
    end = unitedge._choose(unitedge.EdgeModel({}, 0.0, limit), toks, list(range(1, len(toks) + 1)), scores, len(rule),
                           1, gaz.words, text, fold(text), lambda name: gaz.find_province(name, None) is not None)
    return text[:end]


@pytest.mark.parametrize(("rule", "cut"), [
    ("Công ty Cổ phần Kinh doanh nhà và dịch vụ đô thị", "Công ty Cổ phần Kinh doanh nhà"),
    ("Công ty TNHH Sản xuất giấy và bao bì", "Công ty TNHH Sản xuất giấy"),
    ("Hợp tác xã Dịch vụ nông nghiệp và môi trường", "Hợp tác xã Dịch vụ nông nghiệp"),
])
def test_a_cut_at_and_between_two_lower_case_trade_words_is_left_to_the_rules(rule: str, cut: str) -> None:
    text = rule + " đã tổ chức đại hội."
    assert _forced(text, rule, "and_trade", cut) == rule
    assert _forced(text, rule, "cut", cut) == cut  # the limit "cut" lets a cut before "và" be


@pytest.mark.parametrize(("rule", "cut"), [
    ("Công ty Xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh", "Công ty Xăng dầu Trà Vinh"),  # a capitalised body
    ("Công ty CP Kinh doanh nhà và công đoàn Công ty CP Sản xuất gạch", "Công ty CP Kinh doanh nhà"),  # a union
    ("Công ty CP Kinh doanh nhà và người lao động", "Công ty CP Kinh doanh nhà"),  # the workers
    ("Công ty CP Kinh doanh nhà và các hộ kinh doanh", "Công ty CP Kinh doanh nhà"),  # a word of group not_name
    ("Công ty CP Kinh doanh nhà và trường mầm non", "Công ty CP Kinh doanh nhà"),  # a lower-case organisation
])
def test_a_cut_before_a_second_body_or_party_after_and_stands(rule: str, cut: str) -> None:
    assert _forced(rule + " đã ký kết thỏa thuận.", rule, "and_trade", cut) == cut
