"""Grassroots union names (twenty-second round): a company's legal form written short spelt out in the unit's name,
so that one union written both ways is one unit. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from enrich.units import tag_units
from tests import unit_tags

units = partial(unit_tags.units, date="2022-01-20")


def _ids(text: str) -> set[str]:
    return {u.unit_id for u in tag_units(text, published="2022-01-20") if u.role != "publisher"}


def test_a_companys_legal_form_written_short_is_spelt_out_in_the_units_name():
    assert units("Công đoàn Công ty CP Sông Đà 5 tổ chức hội thao cho công nhân.") == {
        ("Công đoàn Công ty Cổ phần Sông Đà 5", "grassroots", None)}
    assert units("Ông Lê Văn An, Chủ tịch CĐCS Cty TNHH MTV Cao su Chư Prông, phát biểu tại hội nghị.") == {
        ("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Cao su Chư Prông", "grassroots", None)}
    assert units("Công đoàn Tổng công ty CP Bảo Minh trao 50 suất quà cho đoàn viên.") == {
        ("Công đoàn Tổng công ty Cổ phần Bảo Minh", "sector", None)}


def test_one_union_written_both_ways_is_one_unit():
    short = _ids("Công đoàn Công ty TNHH May Phú Lâm trao quà Tết cho công nhân.")
    spelt = _ids("Công đoàn Công ty Trách nhiệm hữu hạn May Phú Lâm trao quà Tết cho công nhân.")
    assert short == spelt and len(short) == 1


def test_other_acronyms_and_a_form_written_in_words_stay_as_written():
    # a bank's "TMCP" is no company's legal form after "Công ty"; a form in lower-case words is kept as written
    assert units("Công đoàn cơ sở Ngân hàng TMCP Công thương chi nhánh Bắc Giang tổ chức hội thao.") == {
        ("Công đoàn cơ sở Ngân hàng TMCP Công thương chi nhánh Bắc Giang", "grassroots", "Bắc Giang")}
    assert units("Công đoàn công ty cổ phần than Vàng Danh tổ chức hội thao.") == {
        ("Công đoàn Công ty cổ phần than Vàng Danh", "grassroots", None)}
