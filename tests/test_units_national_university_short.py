"""The two national universities written short, "ĐHQG-HCM" and "ĐHQGHN", are read spelt out
(enrich/data/unit_abbreviations.csv): a union named with either form is one name, in the tagger's output and in the
unit eval, which reads the abbreviations the tagger spells out on both sides. Every sentence here is composed for the
test."""

from __future__ import annotations

from enrich.units import tag_units
from tests.eval.units import name_key


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag_units(text, published="2024-04-02")]


def test_a_member_university_s_union_written_short_or_in_full_is_one_union() -> None:
    short = units("Công đoàn Trường Đại học Công nghệ - ĐHQGHN tổ chức Đại hội nhiệm kỳ 2023 - 2028.")
    full = units("Công đoàn Trường Đại học Công nghệ - Đại học Quốc gia Hà Nội tổ chức Đại hội nhiệm kỳ 2023 - 2028.")
    assert short == full == [("Công đoàn Trường Đại học Công nghệ - Đại học Quốc gia Hà Nội", "grassroots", "Hà Nội")]


def test_the_national_university_s_own_union_keeps_the_gazetteer_s_name() -> None:
    text = "Chiều 5/3, đồng chí Trần Văn Bình, Chủ tịch Công đoàn ĐHQG-HCM, dự hội nghị cán bộ của Công đoàn ĐHQGHN."
    assert sorted(units(text)) == [("Công đoàn Đại học Quốc gia Hà Nội", "sector", "Hà Nội"),
                                   ("Công đoàn Đại học Quốc gia Thành phố Hồ Chí Minh", "sector", "Hồ Chí Minh")]


def test_the_eval_reads_either_form_as_one_name() -> None:
    assert name_key("Công đoàn ĐHQG-HCM") == name_key("Công đoàn Đại học Quốc gia Thành phố Hồ Chí Minh")
    assert name_key("Công đoàn ĐHQGHN") == name_key("Công đoàn Đại học Quốc gia Hà Nội")
    assert name_key("Công đoàn ĐHQGHN") != name_key("Công đoàn ĐHQG-HCM")
