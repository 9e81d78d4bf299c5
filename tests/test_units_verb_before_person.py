"""An organisation's name ends before a verb (word group ``clause_verb``) that a person's name follows, after at most
two lower-case words ("Trường THCS Lê Lợi cử cô Trần Thị Mai, Chủ tịch Công đoàn trường ..."): the school named
before a bare head is "Trường THCS Lê Lợi", never read on through "cử" into the teacher it sends. A name that holds a
person's after a word that is no verb ("Trường THPT chuyên Lê Quý Đôn") reads whole."""

import pytest

from enrich.stream import tag_record


def units(text: str) -> list[tuple[str, str]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": "2019-10-02",
              "url": "http://example.vn/tin-tuc/tap-huan.html"}
    return [(u["name"], u["level"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


@pytest.mark.parametrize("text, school", [
    ("Trường THCS Lê Lợi cử cô Trần Thị Mai, Chủ tịch Công đoàn trường dự Hội nghị điển hình.",
     "Công đoàn Trường THCS Lê Lợi"),
    ("Trường Mầm non Sao Mai cử thầy Phạm Văn Long, Chủ tịch Công đoàn trường, tham dự lớp tập huấn.",
     "Công đoàn Trường Mầm non Sao Mai"),
    ("Trường Tiểu học Kim Đồng cử đồng chí Phạm Văn Long, Chủ tịch Công đoàn trường, tham dự lớp tập huấn.",
     "Công đoàn Trường Tiểu học Kim Đồng"),
])
def test_the_school_ends_before_the_verb_and_the_person(text: str, school: str) -> None:
    assert units(text) == [(school, "grassroots")]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Trường THPT chuyên Lê Quý Đôn tổ chức hội nghị.", "Công đoàn Trường THPT chuyên Lê Quý Đôn"),
    ("Công đoàn Trường Cao đẳng Cộng đồng Hà Tây tổ chức hội nghị.", "Công đoàn Trường Cao đẳng Cộng đồng Hà Tây"),
    ("CĐCS Sở Tài nguyên và Môi trường cử 01 đoàn tham gia hội thao.", "Công đoàn cơ sở Sở Tài nguyên và Môi trường"),
])
def test_names_without_a_verb_before_a_person_read_as_before(text: str, name: str) -> None:
    assert [n for n, _ in units(text)] == [name]
