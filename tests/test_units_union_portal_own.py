"""A union's head written alone on the union's own portal ("Nguồn: Công đoàn TCT", "Chủ tịch Công đoàn Tổng công ty"
on the portal of "Công đoàn Tổng công ty X"; "Công đoàn Trường" on the portal of "Công đoàn Trường X") is the portal's
union, named as the portal names it, as it is on the organisation's own site ("Tổng công ty X"). Another head, and
another kind of portal, name nothing. Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units

CORP_UNION = SourceContext("Công đoàn Tổng công ty Lương thực miền Nam", "sector")
BYLINE = "Đăng: 08:00 02-04-2024 | Tác giả: LT | Nguồn: Công đoàn TCT\n\nHội thao công nhân lao động diễn ra sôi nổi."
CHAIR = "Ông Nguyễn Văn An, Chủ tịch Công đoàn Tổng công ty, phát biểu khai mạc hội thao."


def mentioned(text: str, source: SourceContext) -> list[tuple[str, str, str]]:
    return [(u.name, u.level, u.evidence) for u in tag_units(text, source=source, published="2024-05-01")
            if u.role != "publisher"]


def test_a_byline_s_short_corporation_union_on_its_union_s_portal() -> None:
    assert mentioned(BYLINE, CORP_UNION) == [("Công đoàn Tổng công ty Lương thực miền Nam", "sector", "Công đoàn TCT")]


def test_the_corporation_s_union_written_alone_on_its_union_s_portal() -> None:
    assert mentioned(CHAIR, CORP_UNION) == [
        ("Công đoàn Tổng công ty Lương thực miền Nam", "sector", "Công đoàn Tổng công ty")]


def test_as_on_the_corporation_s_own_site() -> None:
    corporation = SourceContext("Tổng công ty Lương thực miền Nam", "sector")
    assert mentioned(CHAIR, corporation) == mentioned(CHAIR, CORP_UNION)


def test_a_school_s_union_written_alone_on_its_own_portal_keeps_the_portal_s_name() -> None:
    text = "Công đoàn Trường đã tổ chức hội thao chào mừng ngày Nhà giáo Việt Nam."
    portal = SourceContext("Công đoàn Trường THPT Lê Quý Đôn", "grassroots", "Đà Nẵng")
    assert mentioned(text, portal) == [("Công đoàn Trường THPT Lê Quý Đôn", "grassroots", "Công đoàn Trường")]


def test_another_head_or_another_portal_names_nothing() -> None:
    assert mentioned(CHAIR.replace("Tổng công ty", "Công ty"), CORP_UNION) == []
    federation = SourceContext("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")
    assert mentioned(BYLINE, federation) == []
