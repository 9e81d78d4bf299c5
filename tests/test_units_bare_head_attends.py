"""A bare lower-case head after "Công đoàn" ("Chủ tịch Công đoàn trường") ends before "dự" and a capitalised word
("dự Đại hội", "dự Hội nghị": a verb, attending what is named), as before a verb of group ``stop``, and is then
completed as a bare head is, with the school the passage named before it. "dự" before a lower-case word is a noun's
first syllable ("dự án", "dự thảo") and ends nothing (word group ``capital_verb``)."""

import pytest

from enrich.stream import tag_record

SITE = "http://thcsquangtrung.edu.vn/tin-tuc/hoi-nghi-vien-chuc.html"


def units(text: str, url: str = SITE) -> list[tuple[str, str]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": "2019-10-02", "url": url}
    return [(u["name"], u["level"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


@pytest.mark.parametrize("text", [
    "Trường THCS Quang Trung có thầy Phạm Văn Hải, Chủ tịch Công đoàn trường dự Hội nghị điển hình tiên tiến.",
    "Đoàn của Trường THCS Quang Trung gồm cô Vũ Thị Lan - Chủ tịch Công đoàn trường dự Đại hội Công đoàn huyện.",
])
def test_a_bare_school_union_before_attends(text: str) -> None:
    assert ("Công đoàn Trường THCS Quang Trung", "grassroots") in units(text)


def test_a_noun_after_the_bare_head_ends_nothing() -> None:
    text = "Trường THCS Quang Trung có cô Vũ Thị Lan - Chủ tịch Công đoàn trường dự thảo kế hoạch năm học."
    assert units(text) == []

