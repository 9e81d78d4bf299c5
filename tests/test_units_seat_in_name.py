"""A body's name that holds "tại" and its seat ("Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch") is read whole
where the passage writes the organisation, "tại" and the seat word for word twice (enrich/unitat.py); written once,
"tại" starts the sentence's place and ends the name, as before ("Công đoàn Trường X tại Hội trường ..."). Every
sentence here is composed for the test."""

from __future__ import annotations

import pytest

from enrich.stream import tag_record


def units(text: str) -> list[str]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": "2023-04-26",
              "url": "http://example.vn/tin-tuc/dai-hoi.html"}
    return [u["name"] for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


@pytest.mark.parametrize("text, name", [
    ("Năm 2023, Công đoàn Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng tổ chức hội nghị người lao động. Ban Chấp "
     "hành Công đoàn Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng gồm 5 đồng chí.",
     "Công đoàn Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng"),
    ("Đại hội Công đoàn cơ quan Trung tâm Bảo tồn Di sản Văn hóa tại Hoàng Thành đã diễn ra. Ban Chấp hành Công đoàn "
     "cơ quan Trung tâm Bảo tồn Di sản Văn hóa tại Hoàng Thành khóa mới gồm 7 đồng chí.",
     "Công đoàn Cơ quan Trung tâm Bảo tồn Di sản Văn hóa tại Hoàng Thành"),
])
def test_a_seat_written_twice_is_the_names(text: str, name: str) -> None:
    assert units(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("Sáng 22/4, Công đoàn Trường THPT Nguyễn Trãi tại Hội trường nhà trường tổ chức Đại hội.",
     ["Công đoàn Trường THPT Nguyễn Trãi"]),
    ("Công đoàn Trường THCS Lê Lợi tại Hội trường Ủy ban nhân dân xã tổ chức hội nghị. Công đoàn Trường Tiểu học Kim "
     "Đồng tại Hội trường Ủy ban nhân dân xã cũng tổ chức hội nghị.",
     ["Công đoàn Trường THCS Lê Lợi", "Công đoàn Trường Tiểu học Kim Đồng"]),
    ("Công đoàn Văn phòng đại diện Bộ Ngoại giao tại Đà Nẵng tổ chức hội nghị; Công đoàn Văn phòng đại diện Bộ "
     "Ngoại giao tại Cần Thơ trao quà.", ["Công đoàn Văn phòng đại diện Bộ Ngoại giao"]),
])
def test_a_place_written_once_after_the_name_is_the_sentences(text: str, names: list[str]) -> None:
    assert units(text) == names
