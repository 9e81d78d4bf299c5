"""A body's name that joins two capitalised fields with "và" takes the second field's lower-case words
(enrich/unitandfield.py): "Viện Hóa học và Vật liệu mới", "Tổng công ty Dệt và Thiết bị công nghiệp" are one body's
names, where the rules ended them at the second field's capitalised word and the learned reader may cut them before
"và" (b32u002, b32u035). Two bodies joined by "và" stay two. Every sentence here is composed for the test."""

from __future__ import annotations

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text, source=None, published="2024-03-10").units]


@pytest.mark.parametrize("text, name", [
    ("Ban chấp hành công đoàn cơ sở Viện Hóa học và Vật liệu mới, nhiệm kỳ 2010 – 2013, gồm 7 đồng chí.",
     "Công đoàn cơ sở Viện Hóa học và Vật liệu mới"),
    ("Công đoàn Viện Địa chất và Khoáng sản biển tổ chức hội nghị cán bộ.",
     "Công đoàn Viện Địa chất và Khoáng sản biển"),
    ("Giao lưu giữa Công đoàn Cơ quan Tổng công ty Dệt và Thiết bị công nghiệp (Cơ quan X) với Công đoàn Công ty "
     "CP Dụng cụ số 2.", "Công đoàn Cơ quan Tổng công ty Dệt và Thiết bị công nghiệp"),
    ("Công đoàn Công ty Vận tải và Thương mại công nghiệp đã trao 50 suất quà.",
     "Công đoàn Công ty Vận tải và Thương mại công nghiệp"),
])
def test_the_second_field_s_lower_case_words_are_the_name_s(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Công đoàn Trường THCS Kim Đồng và Trường Tiểu học Lê Lợi tổ chức hội nghị.",
     ["Công đoàn Trường THCS Kim Đồng", "Công đoàn Trường Tiểu học Lê Lợi"]),
    ("Công đoàn Công ty May Hòa Thọ và Công đoàn Công ty Dệt Phong Phú ký kết giao ước thi đua.",
     ["Công đoàn Công ty May Hòa Thọ", "Công đoàn Công ty Dệt Phong Phú"]),
    ("CĐCS Công ty Xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh tổ chức hội nghị.",
     ["Công đoàn cơ sở Công ty Xăng dầu Trà Vinh", "Công đoàn cơ sở Bảo hiểm xã hội tỉnh Trà Vinh"]),
])
def test_two_bodies_joined_by_and_stay_two(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_capitalised_word_after_the_field_leaves_the_name_as_read() -> None:
    assert names("Công đoàn Công ty Vận tải và Thương mại Hà Long tổ chức hội nghị.") == [
        "Công đoàn Công ty Vận tải và Thương mại Hà Long"]


def test_no_clear_end_after_the_lower_case_words_reads_nothing_on() -> None:
    # four lower-case words after the second field: more than a field's, the end is not known
    text = "Công đoàn Viện Hóa học và Vật liệu mới cao cấp nhất Miền Bắc tổ chức hội nghị."
    assert "Công đoàn Viện Hóa học và Vật liệu mới cao cấp nhất" not in names(text)
