"""A grassroots union set up over a group of schools or companies, "Công đoàn nhóm <organisation>" ("CĐ nhóm
Trường Mầm non tư thục phường An Bình"), is one grassroots union, named as written with "nhóm"
(enrich/unitnames.py ``_cd``)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published="2019-09-01").units)


@pytest.mark.parametrize(("text", "want"), [
    ("CĐ nhóm Trường Mầm non tư thục phường Hòa Lợi tập hợp 60 đoàn viên là giáo viên của 4 trường.",
     "Công đoàn nhóm Trường Mầm non tư thục phường Hòa Lợi"),
    ("Huyện vừa thành lập CĐCS nhóm Trường Mầm non tư thục thị trấn Lai Uyên với 25 đoàn viên.",
     "Công đoàn nhóm Trường Mầm non tư thục thị trấn Lai Uyên"),
])
def test_a_groups_union_is_one_grassroots_union(text: str, want: str) -> None:
    assert [(name.replace("Công đoàn cơ sở ", "Công đoàn "), level) for name, level in units(text)] == [
        (want, "grassroots")]


@pytest.mark.parametrize("text", [
    "Các công đoàn nhóm trường đã họp.",  # lower case, no organisation named
    "Công đoàn nhóm họp bàn kế hoạch.",  # a group meeting: no organisation after "nhóm"
])
def test_a_group_without_an_organisation_names_no_union(text: str) -> None:
    assert units(text) == []


def test_a_groups_head_alone_is_no_schools_own_union() -> None:
    assert units("CĐ nhóm Trường đã họp bàn kế hoạch năm học mới.") == []
