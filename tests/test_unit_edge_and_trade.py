"""The learned reader does not cut a company's lower-case trade at a "và" that joins it to another lower-case trade
word the rules read on through (limit "and_trade" of enrich/unitedge.py): "Công ty CP Kinh doanh nhà và dịch vụ đô
thị đã ..." is one company. What follows a "và" that starts a second body or party is still cut off: a capitalised
word, a union's head, the workers. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich import unitedge
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)
from tests.unit_edge_model import forced_end as _forced
from tests.unit_names import unit_names as names


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


def test_the_shipped_model_names_the_limit() -> None:
    assert "and_trade" in unitedge.EdgeModel.load(TRAINED).limit.split(",")


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Công ty TNHH Sản xuất giấy và bao bì đã tổ chức đại hội.",
     ["Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Sản xuất giấy và bao bì"]),
    ("Công đoàn cơ sở Công ty Cổ phần Sản xuất gạch và vật liệu xây dựng đã tổ chức đại hội.",
     ["Công đoàn cơ sở Công ty Cổ phần Sản xuất gạch và vật liệu xây dựng"]),
    ("Công đoàn cơ sở Công ty Cổ phần Quản lý nhà và dịch vụ đô thị vừa tổ chức hội nghị người lao động.",
     ["Công đoàn cơ sở Công ty Cổ phần Quản lý nhà và dịch vụ đô thị"]),
    ("Công đoàn cơ sở Hợp tác xã Dịch vụ nông nghiệp và môi trường vừa tổ chức đại hội.",
     ["Công đoàn cơ sở Hợp tác xã Dịch vụ nông nghiệp và môi trường"]),
])
def test_a_lower_case_trade_joined_by_and_goes_on_to_the_predicate(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn Công ty TNHH Sản xuất bao bì Hoàng Long và Công đoàn Công ty Cổ phần Dịch vụ nông nghiệp An Phú "
     "đã ký kết thỏa thuận hợp tác.",
     ["Công đoàn Công ty Cổ phần Dịch vụ nông nghiệp An Phú",
      "Công đoàn Công ty Trách nhiệm hữu hạn Sản xuất bao bì Hoàng Long"]),
    ("Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà và người lao động đã ký kết thỏa ước lao động tập thể.",
     ["Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà"]),
])
def test_a_second_union_or_the_workers_after_and_are_cut_off(text: str, want: list[str]) -> None:
    assert names(text) == want
