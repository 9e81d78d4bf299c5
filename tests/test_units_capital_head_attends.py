"""A capitalised head after "Công đoàn" ("Chủ tịch Công đoàn Trường dự Đại hội") ends before "dự" and a
capitalised word (a verb, attending what is named; word group ``capital_verb``), as a bare lower-case head does
(tests/test_units_bare_head_attends.py): the organisation's name is never read on through the verb into the
meeting's. The head alone is then completed as a bare head is, with the school the passage named before it. "dự"
before a lower-case word is a noun's first syllable ("Ban Quản lý dự án") and the name goes on."""

import pytest

from enrich.stream import tag_record


def units(text: str) -> list[tuple[str, str]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": "2019-10-02",
              "url": "http://example.vn/tin-tuc/dai-hoi.html"}
    return [(u["name"], u["level"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def test_no_union_named_with_the_meeting() -> None:
    text = "Bà Đỗ Thị Hạnh, Chủ tịch Công đoàn Trường dự Đại hội Công đoàn huyện Cẩm Giàng."
    assert units(text) == [("Liên đoàn Lao động huyện Cẩm Giàng", "district")]


@pytest.mark.parametrize("text, school", [
    ("Trường THCS Chu Văn An có cô Đỗ Thị Hạnh, Chủ tịch Công đoàn Trường dự Đại hội Công đoàn huyện Cẩm Giàng.",
     "Công đoàn Trường THCS Chu Văn An"),
    ("Đoàn của Trường Tiểu học Hoa Sen gồm thầy Lê Văn Bình, Chủ tịch Công đoàn Trường dự Hội nghị điển hình.",
     "Công đoàn Trường Tiểu học Hoa Sen"),
])
def test_the_capitalised_head_is_the_school_named_before(text: str, school: str) -> None:
    assert (school, "grassroots") in units(text)


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Ban Quản lý dự án Đầu tư xây dựng tỉnh Bắc Ninh tổ chức hội nghị.",
     "Công đoàn Ban Quản lý dự án Đầu tư xây dựng tỉnh Bắc Ninh"),
    ("Công đoàn Trường Cao đẳng Cộng đồng Hà Tây tổ chức hội nghị.", "Công đoàn Trường Cao đẳng Cộng đồng Hà Tây"),
    ("Công đoàn Trung tâm dự báo Khí tượng thủy văn tỉnh Nghệ An tổ chức hội nghị.",
     "Công đoàn Trung tâm dự báo Khí tượng thủy văn tỉnh Nghệ An"),
])
def test_names_that_hold_du_read_whole(text: str, name: str) -> None:
    assert [n for n, _ in units(text)] == [name]
