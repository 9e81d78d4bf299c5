"""No name the learned reader ends is read on past the rules' end through a lower-case word of word group
count_word (limit "count_word" of the model file, enrich/unitedge.py ``_stop``): words that count people and start no
part of a name ("đông đảo", "nhiều", "toàn thể", "tất cả"), as the plural "các" of group not_name does. "Chủ tịch
Công đoàn Sở KH&CN và đông đảo các cháu thiếu nhi" names the department's union, not one "... và đông đảo". A "và"
joining a trade's words, and a capitalised word, read on as before. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich import unitedge
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)
from tests.unit_edge_model import forced_end as _forced
from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Sở Khoa học và Công nghệ và đông đảo các cháu thiếu nhi.", "Sở Khoa học và Công nghệ",
     "Sở Khoa học và Công nghệ và đông đảo"),
    ("Sở Y tế và nhiều đoàn viên công đoàn dự lễ.", "Sở Y tế", "Sở Y tế và nhiều đoàn viên"),
    ("Sở Tư pháp và toàn thể các cháu thiếu nhi.", "Sở Tư pháp", "Sở Tư pháp và toàn thể"),
    ("Sở Xây dựng và tất cả các cháu thiếu nhi.", "Sở Xây dựng", "Sở Xây dựng và tất cả"),
    ("Trường THCS Lê Lợi nhiều năm liền đạt danh hiệu.", "Trường THCS Lê Lợi", "Trường THCS Lê Lợi nhiều năm"),
])
def test_no_name_reads_on_through_a_count(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "count_word", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best  # without the limit the favoured end is taken


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Công ty CP Kinh doanh nhà và dịch vụ đô thị đã tổ chức đại hội.", "Công ty CP Kinh doanh nhà",
     "Công ty CP Kinh doanh nhà và dịch vụ đô thị"),  # a trade's words after "và"
    ("Hợp tác xã Dịch vụ Nhiều Lộc đã tổ chức đại hội.", "Hợp tác xã Dịch vụ",
     "Hợp tác xã Dịch vụ Nhiều Lộc"),  # capitalised, a proper name
])
def test_words_that_count_nothing_read_on_as_before(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "count_word", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


def test_the_shipped_model_names_the_limit() -> None:
    assert "count_word" in unitedge.EdgeModel.load(TRAINED).limit.split(",")


@pytest.mark.parametrize(("text", "want"), [
    ("Dự có Chủ tịch Công đoàn Sở KH&CN và đông đảo các cháu thiếu nhi.", ["Công đoàn Sở Khoa học và Công nghệ"]),
    ("Dự lễ có ông Trần Văn Bình - Chủ tịch Công đoàn Sở KH&CN và đông đảo các cháu thiếu nhi.",
     ["Công đoàn Sở Khoa học và Công nghệ"]),
    ("Dự có Chủ tịch Công đoàn Sở KH&CN và tất cả các cháu thiếu nhi.", ["Công đoàn Sở Khoa học và Công nghệ"]),
    ("Dự có Chủ tịch Công đoàn Sở KH&CN và toàn bộ các cháu thiếu nhi.", ["Công đoàn Sở Khoa học và Công nghệ"]),
    ("Dự có Chủ tịch Công đoàn Sở Tư pháp và toàn thể đoàn viên.", ["Công đoàn Sở Tư pháp"]),
])
def test_a_departments_union_and_the_children_it_gathers(text: str, want: list[str]) -> None:
    assert names(text) == want
