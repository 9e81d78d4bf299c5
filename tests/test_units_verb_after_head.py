"""A verb of two lower-case syllables (word group ``name_verb``: "kêu gọi", "thống nhất") ends a union's name right
after a proper name's one capitalised word ("Công đoàn Trường Đại học Mở kêu gọi ...": no "... Mở kêu") and
right after a capitalised head where no capitalised word or place follows the verb ("Ban Thường vụ Công đoàn Trường
thống nhất triển khai ...": the head alone, completed as a bare head is, not a school named "Trường thống"). A name
that goes on with such words before a place or a capitalised word ("Trung tâm giới thiệu việc làm tỉnh X", "Ban chỉ
đạo Đại hội") reads on as before. Every sentence here is composed for the test."""

from __future__ import annotations

import pytest

from enrich.stream import tag_record


def units(text: str, title: str | None = None) -> list[tuple[str, str]]:
    record = {"id": "x", "text": text, "title": title, "source": None, "date": "2021-10-20",
              "url": "http://example.vn/tin-tuc/loi-keu-goi.html"}
    return [(u["name"], u["level"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Trường Đại học Mở kêu gọi đoàn viên, người lao động chung tay ủng hộ đồng bào vùng lũ.",
     "Công đoàn Trường Đại học Mở"),
    ("Hôm nay, Công đoàn Trường Cao đẳng Y tế Huế kêu gọi cán bộ, giáo viên ủng hộ.",
     "Công đoàn Trường Cao đẳng Y tế Huế"),
    ("Ban Chấp hành Công đoàn Bệnh viện Mắt thống nhất tổ chức hội thao cho đoàn viên.",
     "Công đoàn Bệnh viện Mắt"),
])
def test_the_name_ends_before_the_verb(text: str, name: str) -> None:
    assert [n for n, level in units(text) if level == "grassroots"] == [name]


@pytest.mark.parametrize("text, school", [
    ("Trường THPT Lê Lợi tổ chức hội nghị viên chức. Ban Thường vụ Công đoàn Trường thống nhất triển khai các nội "
     "dung sau:", "Công đoàn Trường THPT Lê Lợi"),
    ("Trường Tiểu học Hoa Sen có 40 đoàn viên. Công đoàn Trường kêu gọi đoàn viên đóng góp ủng hộ.",
     "Công đoàn Trường Tiểu học Hoa Sen"),
])
def test_the_head_alone_is_the_school_named_before(text: str, school: str) -> None:
    assert [n for n, level in units(text) if level == "grassroots"] == [school]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Trung tâm giới thiệu việc làm tỉnh Nghệ An tổ chức hội nghị.",
     "Công đoàn Trung tâm giới thiệu việc làm tỉnh Nghệ An"),
    ("Công đoàn Trường Cao đẳng Cộng đồng Hà Tây tổ chức hội nghị.", "Công đoàn Trường Cao đẳng Cộng đồng Hà Tây"),
    ("Công đoàn Ban Quản lý dự án Đầu tư xây dựng tỉnh Bắc Ninh tổ chức hội nghị.",
     "Công đoàn Ban Quản lý dự án Đầu tư xây dựng tỉnh Bắc Ninh"),
    ("Công đoàn cơ sở Công ty Cổ phần Đầu tư xây dựng Thành Nam kêu gọi người lao động ủng hộ.",
     "Công đoàn cơ sở Công ty Cổ phần Đầu tư xây dựng Thành Nam"),
])
def test_names_that_hold_lower_case_words_read_whole(text: str, name: str) -> None:
    assert [n for n, _ in units(text)] == [name]
