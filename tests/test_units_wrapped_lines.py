"""A page whose lines are wrapped at a width breaks its sentences, and the names in them, across lines ("kết quả
CĐCS\\nTrường THPT ..."): such a text (two breaks or more before a lower-case word) is read with the breaks inside
sentences as spaces; a break after a sentence's end, the title's line and a text wrapped nowhere stay as they are.
Every sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext, tag_units
from enrich.unittext import View, wrapped_breaks
from tests import unit_tags

BAC_LIEU = SourceContext(None, "province", "Bạc Liêu")
WRAPPED = ("Ngày 12/10/2023, Công đoàn ngành Giáo dục\n"
           "tổ chức hội thao chào mừng ngày Nhà giáo Việt Nam với sự tham gia\n"
           "của 12 CĐCS trực thuộc. Kết quả CĐCS\n"
           "Trường THPT Lê Văn Đẩu huyện Hòa Bình\n"
           "đạt giải Nhất; CĐCS Trường\n"
           "THPT Gành Hào huyện Đông Hải đạt giải Nhì.")


def grassroots(text: str, title: str | None = None) -> set[str]:
    return {n for n, level, _p in unit_tags.units(text, title=title, source=BAC_LIEU, date="2023-10-12")
            if level == "grassroots"}


def test_names_broken_across_wrapped_lines_are_read_whole() -> None:
    assert grassroots(WRAPPED) == {"Công đoàn cơ sở Trường THPT Lê Văn Đẩu huyện Hòa Bình",
                                   "Công đoàn cơ sở Trường THPT Gành Hào huyện Đông Hải"}


def test_the_evidence_keeps_the_line_break() -> None:
    tags = [u for u in tag_units(WRAPPED, source=BAC_LIEU, published="2023-10-12") if "Gành Hào" in u.name]
    assert [u.evidence for u in tags] == ["CĐCS Trường\nTHPT Gành Hào huyện Đông Hải"]
    assert WRAPPED[tags[0].start:tags[0].end] == tags[0].evidence


def test_a_federation_broken_before_its_place() -> None:
    text = ("Hưởng ứng “Tuần\nlễ Áo dài” do Liên đoàn Lao động\nThành phố Cần Thơ tổ chức, các nữ\n"
            "đoàn viên đã tham gia.")
    assert ("Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ") in unit_tags.units(text, date="2023-03-01")


def test_a_text_wrapped_nowhere_keeps_its_lines() -> None:
    text = ("Kết quả CĐCS\nTrường THPT Lê Văn Đẩu huyện Hòa Bình\nđạt giải Nhất.\n"
            "Các đơn vị còn lại nhận giấy khen.")  # one break before a lower-case word: no wrapping
    assert wrapped_breaks("\n" + text, 1) == []
    assert View.of("\n" + text, 1).text.count("\n") == 4


def test_breaks_after_a_sentences_end_and_before_a_bullet_stay() -> None:
    text = "Hội nghị\nđã diễn ra.\nSau đó các\nđoàn viên:\n- Nhận quà\nvà giấy khen"
    joined = wrapped_breaks(text)
    kept = [i for i, ch in enumerate(text) if ch == "\n" and i not in joined]
    assert [text[i - 1:i + 2] for i in joined] == ["ị\nđ", "c\nđ", "à\nv"]
    assert [text[i - 1:i + 2] for i in kept] == [".\nS", ":\n-"]


def test_the_title_is_not_read_on_into_the_text() -> None:
    title = "Công đoàn cơ sở Trường THPT Lê Văn Đẩu"
    text = "Hội thao\nchào mừng ngày Nhà giáo Việt Nam\ndiễn ra sôi nổi\nvới 200 vận động viên."
    assert grassroots(text, title) == {"Công đoàn cơ sở Trường THPT Lê Văn Đẩu"}
