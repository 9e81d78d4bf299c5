"""An alias matched as the front of a longer, different name: "Công đoàn Hàng không" is Vietnam Airlines'
union, "Công đoàn Hàng không Vietjet" another company's; "Công đoàn Thủ đô" is Hà Nội's federation, "Công
đoàn Thủ đô Viêng Chăn" Vientiane's. Capitalised words that an organisation's name reads on with make the
alias not stand; a person's name, a clause, or words after an alias that ends with a place's name or the
country leave it standing (enrich/unitaliases.py)."""

import pytest

from enrich import tag

AIRLINE = ("Công đoàn Tổng công ty Hàng không Việt Nam", "sector", None)
HA_NOI = ("Liên đoàn Lao động thành phố Hà Nội", "province", "Hà Nội")


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2025-03-10").units]


@pytest.mark.parametrize("text", [
    "Công đoàn Hàng không tổ chức hội nghị người lao động năm 2026.",
    "Phó Chủ tịch Công đoàn Hàng không Nguyễn Văn An cho biết năm nay có 300 suất quà.",
    "Năm 2025, Công đoàn Hàng không, Công đoàn Đường sắt cùng tổ chức chuyến tàu, chuyến bay Tết.",
])
def test_the_airlines_union_by_its_short_name(text: str) -> None:
    assert AIRLINE in units(text)


@pytest.mark.parametrize("text", [
    "Công đoàn Hàng không Vietjet tổ chức hội nghị người lao động.",
    "Công đoàn Hàng không Tân Sơn Nhất trao quà cho đoàn viên.",
    "Công đoàn Hàng không Miền Nam trao quà cho đoàn viên.",
])
def test_a_longer_name_that_starts_with_the_short_name_is_another_union(text: str) -> None:
    assert AIRLINE not in units(text)


def test_the_capitals_union_and_a_foreign_capitals() -> None:
    assert units("Công đoàn Thủ đô trao 500 suất quà cho công nhân.") == [HA_NOI]
    text = "Lãnh đạo thành phố tiếp đoàn đại biểu Liên hiệp Công đoàn Thủ đô Viêng Chăn (Lào) sang thăm."
    assert HA_NOI not in units(text)


@pytest.mark.parametrize("text, unit, evidence", [
    ("Sáng 5/3, LĐLĐ TP HCM Nguyễn Kim Loan trao quà cho công nhân.",
     ("Liên đoàn Lao động Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh"), "LĐLĐ TP HCM"),
    ("Ông Uông Quang Huy, Chủ tịch Công đoàn Điện lực Việt Nam Uông Quang Huy phát biểu.",
     ("Công đoàn Điện lực Việt Nam", "sector", None), "Công đoàn Điện lực Việt Nam"),
    ("Đồng chí Nguyễn Văn Bình, Chủ tịch LĐLĐ tỉnh Quảng Nam Trần Văn Hai cùng dự.",
     ("Liên đoàn Lao động tỉnh Quảng Nam", "province", "Quảng Nam"), "LĐLĐ tỉnh Quảng Nam"),
])
def test_an_alias_ending_with_a_place_or_the_country_stands(text: str, unit: tuple[str, str, str | None],
                                                            evidence: str) -> None:
    found = [u for u in tag(title="", text=text, source=None, published="2025-03-10").units
             if (u.name, u.level, u.province) == unit]
    assert [u.evidence for u in found] == [evidence]


def test_a_provinces_federation_then_a_districts() -> None:
    text = "LĐLĐ tỉnh Quảng Nam và LĐLĐ huyện Núi Thành trao quà cho công nhân."
    assert units(text) == [("Liên đoàn Lao động tỉnh Quảng Nam", "province", "Quảng Nam"),
                           ("Liên đoàn Lao động huyện Núi Thành", "district", "Quảng Nam")]
