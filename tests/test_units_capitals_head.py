"""A union's name written wholly in capitals with its whole head, an organisation's head, its name, a place type and a
province, then a sign or the line's end ("CÔNG ĐOÀN CỤC HẢI QUAN TỈNH ĐỒNG THÁP, MỘT NHÂN TỐ ...", b32u003's title), is
read in the sentence's case (enrich/unitcapitals.py): the grassroots union of that body, in that province. Capitals
going on past the province, or a name without a province, are left unread. Every sentence here is composed for the
test."""

from __future__ import annotations

import pytest

from enrich import tag
from tests.eval.units import name_key

TEXT = "Công đoàn là tổ chức chính trị - xã hội của giai cấp công nhân và của người lao động."


def units(title: str, text: str = TEXT) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title=title, text=text, source=None, published="2013-04-05").units]


@pytest.mark.parametrize("title, unit", [
    ("CÔNG ĐOÀN CỤC THUẾ TỈNH BẾN TRE, MỘT NHÂN TỐ GÓP PHẦN TÍCH CỰC TRONG VIỆC HOÀN THÀNH NHIỆM VỤ",
     ("Công đoàn Cục Thuế tỉnh Bến Tre", "grassroots", "Bến Tre")),
    ("CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ: NHIỀU HOẠT ĐỘNG THIẾT THỰC",
     ("Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Quảng Trị", "grassroots", "Quảng Trị")),
    ("CÔNG ĐOÀN TRƯỜNG THPT LÊ LỢI TỈNH QUẢNG TRỊ",
     ("Công đoàn Trường THPT Lê Lợi tỉnh Quảng Trị", "grassroots", "Quảng Trị")),
])
def test_a_union_in_capitals_up_to_its_province_is_read(title: str, unit: tuple[str, str, str | None]) -> None:
    assert units(title) == [unit]


def test_the_name_in_capitals_is_the_name_in_the_sentence_s_case() -> None:
    [(capitals, _, _)] = units("CÔNG ĐOÀN CỤC THUẾ TỈNH BẾN TRE, MỘT NHÂN TỐ GÓP PHẦN TÍCH CỰC")
    [(written, _, _)] = units("", "Công đoàn Cục Thuế tỉnh Bến Tre đã tổ chức hội nghị.")
    assert name_key(capitals) == name_key(written) == name_key("CÔNG ĐOÀN CỤC THUẾ TỈNH BẾN TRE")


@pytest.mark.parametrize("title", [
    "CÔNG ĐOÀN CỤC THUẾ TỈNH BẾN TRE TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG",  # capitals go on past the province
    "CÔNG ĐOÀN CỤC THUẾ: MỘT NHÂN TỐ GÓP PHẦN TÍCH CỰC",  # no place type and province
    "CÔNG ĐOÀN VỚI NHIỆM VỤ TỈNH BẾN TRE, MỘT NHÂN TỐ",  # no organisation's head
])
def test_capitals_that_do_not_end_on_the_province_name_nothing(title: str) -> None:
    assert units(title) == []
