"""A grassroots union "tại" an organisation ("thành lập Công đoàn cơ sở tại Công ty TNHH X") is the union of that
organisation; "tại" before no organisation's head names none."""

from enrich import tag
from enrich.units import SourceContext

HCM = SourceContext(None, "province", "Hồ Chí Minh")


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(text, source=HCM, published="2025-11-14").units]


def test_a_grassroots_union_at_a_company_is_the_companys() -> None:
    text = "Ông Nguyễn Văn An trao quyết định thành lập Công đoàn cơ sở tại Công ty TNHH Recolor."
    assert units(text) == [("Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Recolor", "grassroots", "Hồ Chí Minh")]


def test_a_grassroots_union_at_a_school_is_the_schools() -> None:
    text = "Công đoàn cơ sở tại Trường THCS Lê Lợi tổ chức hội thi nấu ăn."
    assert units(text) == [("Công đoàn cơ sở Trường THCS Lê Lợi", "grassroots", "Hồ Chí Minh")]


def test_unions_at_the_enterprises_are_no_one_union() -> None:
    assert not units("Công đoàn phường vận động thành lập Công đoàn cơ sở tại các doanh nghiệp trên địa bàn.")
