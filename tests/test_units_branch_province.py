"""A company's branch written after a grassroots union's head with its province ("CĐCS Bảo Việt Nhân thọ An Giang",
b38u041) is the branch's grassroots union, named as written and placed in the province (enrich/unitbranch.py); not
a person's name after the head, a place written after it, nor a name the province does not end. Every sentence here
is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((u.name, u.level, u.province) for u in tag(text, published="2022-10-05").units)


def test_an_insurers_branch_with_its_province():
    text = "Dịp này, CĐCS Prudential Nhân thọ Cần Thơ trao tặng 30 suất quà cho công nhân khó khăn."
    assert units(text) == [("Công đoàn cơ sở Prudential Nhân thọ Cần Thơ", "grassroots", "Cần Thơ")]


def test_the_head_written_in_full_and_a_two_word_province():
    text = "Công đoàn cơ sở Bưu chính Viettel Quảng Ngãi tổ chức hội thao."
    assert units(text) == [("Công đoàn cơ sở Bưu chính Viettel Quảng Ngãi", "grassroots", "Quảng Ngãi")]


def test_a_person_after_the_head_is_no_branch():
    assert units("Đại diện CĐCS Nguyễn Văn An Giang phát biểu.") == []


def test_a_name_the_province_does_not_end_is_no_branch():
    assert units("Hôm qua CĐCS Prudential Nhân thọ Cần Thơ Hai trao quà.") == []
    assert units("Hôm qua CĐCS Prudential Nhân thọ trao quà.") == []
