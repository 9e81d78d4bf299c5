"""Names written wholly in capitals, read as the gazetteer's or the brand list's name ("thành CÔNG ĐOÀN XĂNG DẦU
VIỆT NAM" is "Công đoàn Xăng dầu Việt Nam", Petrolimex's union; "CÔNG ĐOÀN VIETCOMBANK" the Vietcombank union),
never as a new name in capitals: capitalised words going on after the name (a headline in capitals, a branch)
leave it unread (enrich/unitbrands.py). An economic zone's and parks' union in a headline in capitals ("CÔNG
ĐOÀN KKT VÀ CÁC KCN QUẢNG NGÃI") is the one union, "và các" read in capitals as in lower case
(enrich/unitplaced.py)."""

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2025-03-10").units]


@pytest.mark.parametrize("text, unit", [
    ("Công đoàn Công Thương Việt Nam quyết định chuyển đổi Công đoàn Tổng công ty thành CÔNG ĐOÀN XĂNG DẦU VIỆT NAM "
     "kể từ ngày 15/12/2011.", ("Công đoàn Xăng dầu Việt Nam", "sector", None)),
    ("Hội nghị người lao động của CÔNG ĐOÀN XĂNG DẦU VIỆT NAM diễn ra sáng nay.",
     ("Công đoàn Xăng dầu Việt Nam", "sector", None)),
    ("Đại hội CÔNG ĐOÀN TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM lần thứ V đã thành công.",
     ("Công đoàn Tổng công ty Điện lực miền Nam", "sector", None)),
    ("CÔNG ĐOÀN VIETCOMBANK: trao 200 suất quà cho đoàn viên khó khăn",
     ("Công đoàn Vietcombank", "sector", None)),
    ("CÔNG ĐOÀN PETROLIMEX tổ chức hội nghị người lao động năm 2025.",
     ("Công đoàn Petrolimex", "sector", None)),
])
def test_a_brands_union_in_capitals(text: str, unit: tuple[str, str, str | None]) -> None:
    assert unit in units(text)


@pytest.mark.parametrize("text", [
    "CÔNG ĐOÀN VIETCOMBANK TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG",
    "CÔNG ĐOÀN XĂNG DẦU VIỆT NAM TỔ CHỨC HỘI NGHỊ NGƯỜI LAO ĐỘNG",
])
def test_capitalised_words_after_a_name_in_capitals_leave_it_unread(text: str) -> None:
    assert units(text) == []


def test_a_brand_listed_in_capitals_keeps_its_listed_form() -> None:
    assert units("Năm 2017, Công đoàn VINACONEX đã đề ra các chỉ tiêu.") == [("Công đoàn VINACONEX", "sector", None)]


def test_a_zones_and_parks_union_in_capitals() -> None:
    unit = ("Công đoàn Khu kinh tế và các Khu công nghiệp tỉnh Quảng Ngãi", "sector", "Quảng Ngãi")
    assert units("CÔNG ĐOÀN KKT VÀ CÁC KCN QUẢNG NGÃI: nhức nhối về nhà ở cho người lao động") == [unit]
    assert units("Công đoàn KKT và các KCN Quảng Ngãi trao 300 suất quà.") == [unit]
