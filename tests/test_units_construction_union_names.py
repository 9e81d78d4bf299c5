"""The central construction union's earlier names (rows of enrich/data/units.csv): "Công đoàn Xây dựng cơ bản Việt
Nam" (March 1957 to April 1958) and "Công đoàn Kiến trúc Việt Nam" (April 1958 to November 1973), each a sector unit
whose successor is the next name. On the union's own site an earlier name written alone is the publisher, as the sets
label a site's own union under its history's names; written beside the present name it is a name of its own."""

from enrich import tag
from enrich.units import SourceContext

OWN = SourceContext("Công đoàn Xây dựng Việt Nam", "sector", None)


def units(text: str, published: str | None = None, source: SourceContext | None = None) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published=published, source=source).units
                  if u.role != "publisher")


def test_the_second_name_is_the_gazetteers_row() -> None:
    text = "Năm 1965, Công đoàn Kiến trúc Việt Nam phát động phong trào thi đua trong công nhân các công trường."
    assert units(text, "2020-03-01") == [("Công đoàn Kiến trúc Việt Nam", "sector")]
    assert [u.unit_id for u in tag(text, published="2020-03-01").units] == ["cd-kien-truc"]


def test_the_first_name_with_the_sectors_word() -> None:
    text = "Tháng 3 năm 1957, các đại biểu nhất trí thành lập Công đoàn ngành Xây dựng cơ bản Việt Nam."
    assert units(text, "1957-03") == [("Công đoàn Xây dựng cơ bản Việt Nam", "sector")]


def test_an_earlier_name_beside_the_present_one_on_the_unions_site() -> None:
    text = "Công đoàn Xây dựng cơ bản Việt Nam (tiền thân của Công đoàn Xây dựng Việt Nam) ra đời năm 1957."
    assert units(text, "1957-03", OWN) == [("Công đoàn Xây dựng Việt Nam", "sector"),
                                          ("Công đoàn Xây dựng cơ bản Việt Nam", "sector")]


def test_an_earlier_name_alone_on_the_unions_site_is_the_publisher() -> None:
    text = "Hội nghị cán bộ bàn việc thành lập Công đoàn ngành Xây dựng cơ bản Việt Nam."
    assert {u.unit_id for u in tag(text, published="2023-03-13", source=OWN).units} == {"cd-xay-dung"}
