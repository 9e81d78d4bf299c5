"""No name the learned reader ends runs on past a "và" that starts a second party, a union's head or the workers
(limit "and_party" of enrich/unitedge.py), and where the rules read on through one their end is taken as the end
before "và": "Công ty Cổ phần Kinh doanh nhà | và người lao động đã ký kết ..." is the company, its workers another
party. A "và" joining a trade's words is no party. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich import unitedge
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)
from tests.unit_edge_model import forced_end as _forced
from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("rule", "want"), [
    ("Công ty CP Kinh doanh nhà và người lao động", "Công ty CP Kinh doanh nhà"),
    ("Công ty TNHH Sản xuất giấy và lao động", "Công ty TNHH Sản xuất giấy"),
    ("Công ty CP Kinh doanh nhà và công đoàn Công ty CP Sản xuất gạch", "Công ty CP Kinh doanh nhà"),
])
def test_the_rules_end_past_a_second_party_is_taken_before_and(rule: str, want: str) -> None:
    text = rule + " đã ký kết thỏa thuận."
    assert _forced(text, rule, "and_party", rule) == want
    assert _forced(text, rule, "cut", rule) == rule  # without the limit the rules' end stands


def test_the_model_reads_on_past_a_second_party_no_more() -> None:
    text = "Công ty May Hòa Bình và người lao động đã ký kết thỏa ước."
    rule, best = "Công ty May Hòa Bình", "Công ty May Hòa Bình và người lao động"
    assert _forced(text, rule, "and_party", best) == rule
    assert _forced(text, rule, "", best) == best


@pytest.mark.parametrize("rule", [
    "Công ty CP Kinh doanh nhà và dịch vụ đô thị",  # a trade's words
    "Công ty CP Xuất nhập khẩu Lao động và Thương mại",  # "Lao động" capitalised, a field of the name
])
def test_and_before_no_party_is_left_alone(rule: str) -> None:
    text = rule + " đã tổ chức đại hội."
    assert _forced(text, rule, "and_party", rule) == rule


def test_the_shipped_model_names_the_limit() -> None:
    assert "and_party" in unitedge.EdgeModel.load(TRAINED).limit.split(",")


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà và người lao động đã ký kết thỏa ước lao động tập thể.",
     ["Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà"]),
    ("Công đoàn cơ sở Công ty Cổ phần Quản lý nhà và người lao động vừa ký kết thỏa ước lao động tập thể.",
     ["Công đoàn cơ sở Công ty Cổ phần Quản lý nhà"]),
])
def test_a_company_and_its_workers_are_two_parties(text: str, want: list[str]) -> None:
    assert names(text) == want
