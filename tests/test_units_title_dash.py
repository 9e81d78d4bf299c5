"""An abbreviation after a dash is read where the letters before the dash are a person's title written short
("CTCĐ- LĐLĐ huyện Sa Pa", b36u012; "PCT - LĐLĐ"), and left as it was in a document code, whose issuer's letters
follow a "/" ("03/CT – TLĐ", "01/ HD- LĐLĐ"): enrich/unittext.py ``_abbreviations``."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    tags = tag(text, published="2017-06-01")
    return [(u.name, u.level, u.province) for u in tags.units if u.role != "publisher"]


@pytest.mark.parametrize("text, want", [
    ("Về dự đại hội có đồng chí Lý Văn Minh - CTCĐ- LĐLĐ huyện Bát Xát cùng toàn thể đoàn viên.",
     ("Liên đoàn Lao động huyện Bát Xát", "district", "Lào Cai")),
    ("Tham dự có bà Hoàng Thị Lan, PCT - LĐLĐ huyện Bảo Thắng.",
     ("Liên đoàn Lao động huyện Bảo Thắng", "district", "Lào Cai")),
])
def test_a_union_after_a_title_written_short_and_a_dash_is_read(text: str, want: tuple[str, str, str | None]) -> None:
    assert units(text) == [want]


@pytest.mark.parametrize("text", [
    "Thực hiện Chỉ thị số 03/CT – TLĐ ngày 5/3/2017 về công tác tuyên truyền.",
    "Thực hiện Hướng dẫn số 01/ HD- LĐLĐ ngày 15/7/2017 về đại hội.",
    "Thực hiện Chương trình số 12/CTr - LĐLĐ ngày 15/7/2017 về đại hội.",
])
def test_a_document_codes_issuer_after_a_dash_names_no_union(text: str) -> None:
    assert units(text) == []
