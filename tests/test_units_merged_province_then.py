"""A grassroots union named by a province that the 2025 reform merged lies, on a later date, in the province it
joined (its tag's ``province`` is the province as of the date); a province's own union ended with its province and
keeps it (enrich/units.py, Gazetteer.province_then)."""

import pytest

from enrich import tag
from enrich.gazetteer import gazetteer


def provinces(text: str, published: str | None) -> dict[str, tuple[str | None, str | None]]:
    return {u.name: (u.province, u.province_new) for u in tag(text, published=published).units}


@pytest.mark.parametrize("text, name, published, want", [
    ("Trong 2 ngày 22 và 23-8, Công đoàn VNPT Bình Định tổ chức Hội thao Người lao động.",
     "Công đoàn VNPT Bình Định", "2025-08-23", ("Gia Lai", "Gia Lai")),
    ("Trong 2 ngày 22 và 23-8, Công đoàn VNPT Bình Định tổ chức Hội thao Người lao động.",
     "Công đoàn VNPT Bình Định", "2024-08-23", ("Bình Định", "Gia Lai")),
    ("Công đoàn Bệnh viện Đa khoa Sóc Trăng tổ chức hội nghị người lao động.",
     "Công đoàn Bệnh viện Đa khoa Sóc Trăng", "2025-07-26", ("Cần Thơ", "Cần Thơ")),
    ("Công đoàn Bệnh viện Đa khoa Sóc Trăng tổ chức hội nghị người lao động.",
     "Công đoàn Bệnh viện Đa khoa Sóc Trăng", "2025-06-30", ("Sóc Trăng", "Cần Thơ")),
    ("Công đoàn Bệnh viện Đa khoa Sóc Trăng tổ chức hội nghị người lao động.",
     "Công đoàn Bệnh viện Đa khoa Sóc Trăng", None, ("Sóc Trăng", "Cần Thơ")),  # no date: as named
    # the province's own union ended with its province: named so after the reform, it is that province's
    ("Liên đoàn Lao động tỉnh Quảng Nam trao quà cho đoàn viên.", "Liên đoàn Lao động tỉnh Quảng Nam", "2025-07-04",
     ("Quảng Nam", "Đà Nẵng")),
])
def test_a_grassroots_union_lies_in_the_province_its_own_joined(text: str, name: str, published: str | None,
                                                                 want: tuple) -> None:
    assert provinces(text, published)[name] == want


def test_the_province_then() -> None:
    gaz = gazetteer()
    assert gaz.province_then("binh-dinh", "2025-07-01") == "Gia Lai"
    assert gaz.province_then("binh-dinh", "2025-06-30") is None  # not ended yet
    assert gaz.province_then("binh-dinh", None) is None
    assert gaz.province_then("hue", "2024-06-01") is None  # set up later: its name then is province_label's
    assert gaz.province_then("cao-bang", "2026-01-01") is None  # not merged
