"""A grassroots union of a centre, institute or academy (group ``capital_body``) whose name ends with its national
or central level (group ``capital_level``: "Quốc gia", "Trung ương") lies in Hà Nội, where the central state bodies
sit, whatever page names it (enrich/unitplaces.py ``capital_seat``; b32u044, as b12u033 and b26u032 label such
bodies); central hospitals, the Party's central commissions and a level followed by more words are not placed so."""

import pytest

from enrich import tag


def _placed(text: str, published: str = "2023-05-31") -> list[tuple[str, str | None]]:
    return sorted((u.name, u.province) for u in tag(text, published=published).units if u.level == "grassroots")


@pytest.mark.parametrize(("text", "name"), [
    ("Chủ tịch Công đoàn Viện Dinh dưỡng Trung ương phát biểu tại hội nghị người lao động.",
     "Công đoàn Viện Dinh dưỡng Trung ương"),
    ("Công đoàn cơ sở Trung tâm Dự báo Khí tượng thủy văn Quốc gia tổ chức hội nghị người lao động.",
     "Công đoàn cơ sở Trung tâm Dự báo Khí tượng thủy văn Quốc gia"),
    ("Công đoàn Học viện Hành chính Quốc gia tổ chức hội nghị người lao động.",
     "Công đoàn Học viện Hành chính Quốc gia"),
])
def test_a_national_or_central_body_is_in_ha_noi(text: str, name: str) -> None:
    assert _placed(text) == [(name, "Hà Nội")]


def test_after_the_reform_too() -> None:
    assert _placed("Công đoàn Viện Dinh dưỡng Trung ương trao quà cho đoàn viên.", "2025-09-02") == [
        ("Công đoàn Viện Dinh dưỡng Trung ương", "Hà Nội")]


@pytest.mark.parametrize("text", [
    "Công đoàn Bệnh viện Phổi Trung ương tổ chức hội nghị người lao động.",  # a central hospital (u065, b3u037)
    "Công đoàn Ban Dân vận Trung ương tổ chức hội nghị người lao động.",  # a commission (b29u037)
    "Đại hội Công đoàn cơ sở Trung tâm Lưu trữ Quốc gia II nhiệm kỳ 2023-2028 đã diễn ra.",  # more words after
])
def test_others_are_not_placed_in_the_capital(text: str) -> None:
    assert [province for _, province in _placed(text)] == [None]
