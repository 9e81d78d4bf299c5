"""A union written "công đoàn (cơ sở) của trường" ("the school's union"), the school not named after it, is the
school's own union, as "Công đoàn nhà trường" is: completed from the one school the passage names before it. A school
named after it ("của trường mầm non X") is not read so, and with two schools named before it none is chosen. Every
sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def grassroots(text: str) -> list[str]:
    return [u.name for u in tag_units(text, published="2022-01-15") if u.level == "grassroots"]


def test_the_school_s_grassroots_union_in_lower_case() -> None:
    text = ("Trường Mầm non Hoa Sen có 12 lớp với hơn 300 trẻ. Một điều đáng ghi nhận là công đoàn cơ sở của trường "
            "hoạt động rất sôi nổi.")
    assert grassroots(text) == ["Công đoàn cơ sở Trường Mầm non Hoa Sen"]


def test_the_school_s_union_before_a_comma() -> None:
    text = "Trường THCS Kim Đồng có 30 giáo viên. Chủ tịch công đoàn của trường, cô Lê Thị Hoa, cho biết như vậy."
    assert grassroots(text) == ["Công đoàn Trường THCS Kim Đồng"]


def test_a_school_named_after_it_is_not_the_one_before() -> None:
    text = "Trường THCS Kim Đồng có 30 giáo viên. Công đoàn cơ sở của trường mầm non Hoa Sen hoạt động sôi nổi."
    assert "Công đoàn cơ sở Trường THCS Kim Đồng" not in grassroots(text)


def test_two_schools_named_before_it_give_none() -> None:
    text = ("Trường THCS Kim Đồng và Trường THCS Lê Lợi có 60 giáo viên. Công đoàn cơ sở của trường hoạt động tốt.")
    assert grassroots(text) == []
