"""A body's number written after its name ("Công ty CP DAP số 2", "Trường Tiểu học số 2") is part of the name the
passage names it by, so that a bare "Công đoàn Công ty" after it is that company's union, named in full. Every
sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def names(text: str) -> list[tuple[str, str]]:
    return [(u.name, u.evidence) for u in tag_units(text, published="2021-03-02")]


def test_a_bare_company_union_after_a_numbered_company() -> None:
    text = ("Anh Lê Văn Hùng là công nhân bốc xếp của Công ty CP NPK số 3 – Lâm Thao, người vừa được Công đoàn Công ty "
            "tặng quà từ tiền quyên góp của cán bộ, công nhân viên.")
    assert names(text) == [("Công đoàn Công ty Cổ phần NPK số 3 – Lâm Thao", "Công đoàn Công ty")]


def test_the_number_without_a_brand_after_it() -> None:
    text = "Chị Mai làm việc tại Công ty TNHH Cơ khí số 7 đã hai năm. Công đoàn Công ty thăm hỏi chị khi ốm đau."
    assert names(text) == [("Công đoàn Công ty Trách nhiệm hữu hạn Cơ khí số 7", "Công đoàn Công ty")]


def test_a_word_after_the_number_is_no_part_of_it() -> None:
    text = ("Công ty CP Xây dựng số 4 ngày 12/3 đã ký thỏa ước lao động tập thể. Công đoàn Công ty cùng ký với "
            "Ban Giám đốc.")
    assert names(text) == [("Công đoàn Công ty Cổ phần Xây dựng số 4", "Công đoàn Công ty")]
