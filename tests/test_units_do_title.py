""""do" and a person's title after an organisation's name ("by" the person who leads or acts) end the name
(group ``agent_title`` of enrich/data/unit_words.csv, enrich/unitends.py ``agent_title_after``), for the rules and, past
their end, for the learned reader (limit ``agent_title``, enrich/unitreadon.py)."""

from __future__ import annotations

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize(("text", "name"), [
    ("Ban Chấp hành Công đoàn cơ sở Sở Tài chính do Đồng chí Lê Văn An làm trưởng đoàn đã thăm công nhân.",
     "Công đoàn cơ sở Sở Tài chính"),
    ("Đoàn công tác của CĐCS Sở Giao thông vận tải do Phó Chủ tịch Phạm Minh Tuấn dẫn đầu đã thăm công nhân.",
     "Công đoàn cơ sở Sở Giao thông vận tải"),
    ("Đoàn công tác của Công đoàn cơ sở Sở Công Thương do ông Đỗ Văn Hùng dẫn đầu đã thăm công nhân.",
     "Công đoàn cơ sở Sở Công Thương"),
    # a name ending on a lower-case word, which the reader read on into "do"
    ("Đoàn công tác của Công đoàn cơ sở Sở Xây dựng do ông Đỗ Văn Hùng dẫn đầu đã thăm công nhân.",
     "Công đoàn cơ sở Sở Xây dựng"),
    ("Ban Chấp hành CĐCS Sở Nông nghiệp và Phát triển nông thôn do đồng chí Trần Văn Bình dẫn đầu đã thăm công nhân.",
     "Công đoàn cơ sở Sở Nông nghiệp và Phát triển nông thôn"),
])
def test_do_and_a_title_end_the_name(text: str, name: str) -> None:
    assert unit_names(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    # no "do": the name as before
    ("Ban Chấp hành Công đoàn cơ sở Sở Tài chính đã thăm công nhân.", "Công đoàn cơ sở Sở Tài chính"),
    # "Do" inside a company's proper name is no clause
    ("Chủ tịch Công đoàn Công ty TNHH Tự Do Bình Dương phát biểu.", "Công đoàn Công ty Trách nhiệm hữu hạn Tự Do Bình Dương"),
])
def test_names_without_do_and_a_title_read_as_before(text: str, name: str) -> None:
    assert unit_names(text) == [name]
