"""A library's union is a grassroots union after a plain "Công đoàn" (either case), as a port's, a state farm's or a
national park's is: "Thư viện" is a head of word group ``org`` (it was one only after "Công đoàn cơ sở"), b36u028.
A library's section of a union written by its head alone ("Công đoàn Thư viện" after "Công đoàn bộ phận Thư
viện") stays no unit, as the sets label a section (b10u065; enrich/unitsections.py)."""

import pytest

from enrich import tag
from enrich.units import SourceContext


def units(text: str, source: SourceContext | None = None) -> list[tuple[str, str, str | None]]:
    tags = tag(text, source=source, published="2012-04-01")
    return [(u.name, u.level, u.province) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, want", [
    ("Dịp này, công đoàn Thư viện tỉnh Yên Bái đã phát động phong trào thi đua trong đoàn viên.",
     ("Công đoàn Thư viện tỉnh Yên Bái", "grassroots", "Yên Bái")),
    ("Sáng 5/4, Công đoàn Thư viện tỉnh Hà Giang tổ chức hội nghị cán bộ, công chức.",
     ("Công đoàn Thư viện tỉnh Hà Giang", "grassroots", "Hà Giang")),
])
def test_a_librarys_union_is_read_after_a_plain_head(text: str, want: tuple[str, str, str | None]) -> None:
    assert units(text) == [want]


def test_a_librarys_section_written_by_its_head_alone_is_no_unit() -> None:
    site = SourceContext("Thư viện Trường Đại học Vinh", "grassroots", "Nghệ An")
    text = ("Chiều 5/4, Công đoàn bộ phận Thư viện tổ chức Đại hội nhiệm kỳ 2023 - 2028. Đại hội đã bầu 03 đồng chí "
            "vào Ban chấp hành Công đoàn Thư viện.")
    assert units(text, site) == []


def test_a_section_named_in_full_with_no_other_union_is_still_the_union() -> None:
    site = SourceContext("Trường Cao đẳng Y tế Nghệ An", "grassroots", "Nghệ An")
    text = ("Để chuẩn bị cho Đại hội Công đoàn trường Cao đẳng Y tế Nghệ An, các công đoàn bộ phận đã tổ chức Đại "
            "hội.\nĐại hội Công đoàn bộ phận trường Cao đẳng Y tế Nghệ An")
    assert [name for name, _, _ in units(text, site)] == ["Công đoàn Trường Cao đẳng Y tế Nghệ An"]
