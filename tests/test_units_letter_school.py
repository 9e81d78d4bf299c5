"""A school named by a letter alone takes the commune written after it in brackets (enrich/unitletter.py)."""

from __future__ import annotations

import pytest

from tests.unit_names import unit_names


@pytest.mark.parametrize(("text", "name"), [
    ("Đoàn viên Công đoàn cơ sở Trường tiểu học A (xã Hưng Phú, huyện Phước Long) được hỗ trợ.",
     "Công đoàn cơ sở Trường Tiểu học A xã Hưng Phú"),
    ("Đoàn viên Công đoàn cơ sở Trường Mầm non B (phường Tân An) được hỗ trợ.",
     "Công đoàn cơ sở Trường Mầm non B phường Tân An"),
])
def test_letter_school_takes_its_bracketed_commune(text: str, name: str) -> None:
    assert unit_names(text, "2024-03-09") == [name]


@pytest.mark.parametrize(("text", "name"), [
    # a proper name is the school's name as written
    ("Đoàn viên Công đoàn cơ sở Trường tiểu học Lê Lợi (xã Hưng Phú, huyện Phước Long) được hỗ trợ.",
     "Công đoàn cơ sở Trường Tiểu học Lê Lợi"),
    # a district in the brackets is no commune
    ("Đoàn viên Công đoàn cơ sở Trường tiểu học A (huyện Phước Long) được hỗ trợ.",
     "Công đoàn cơ sở Trường Tiểu học A"),
    # a company named by a letter is no school
    ("Đoàn viên Công đoàn cơ sở Công ty TNHH A (xã Hưng Phú) được hỗ trợ.",
     "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn A"),
])
def test_other_names_keep_their_brackets_out(text: str, name: str) -> None:
    assert unit_names(text, "2024-03-09") == [name]
