"""A corporation's union written with the corporation's trade name ("Công đoàn VEAM", "Công đoàn Transerco"): the
corporation's union of `enrich/data/brands.csv`, level sector, placed where its full name holds a province, one unit
with the full name."""

from __future__ import annotations

import pytest

from enrich import tag


def units(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(u.unit_id, u.name, u.level, u.province)
            for u in tag(title="", text=text, source=None, published="2021-09-14").units]


VEAM = "cd-tong-cong-ty-may-dong-luc-va-may-nong-nghiep-viet-nam"
TRANSERCO = "cd-tong-cong-ty-van-tai-ha-noi"


@pytest.mark.parametrize(("text", "unit"), [
    ("Bà Trần Thị Lan, Phó Chủ tịch Công đoàn VEAM, trao 50 suất quà cho công nhân nhà máy.",
     (VEAM, "Công đoàn VEAM", "sector", None)),
    ("Năm nay Công đoàn Transerco tổ chức giải bóng bàn cho lái xe và nhân viên bán vé.",
     (TRANSERCO, "Công đoàn Transerco", "sector", "Hà Nội")),
    ("Chủ tịch Công đoàn Transerco Lê Văn Hải phát biểu khai mạc.",
     (TRANSERCO, "Công đoàn Transerco", "sector", "Hà Nội")),
])
def test_a_corporations_union_by_its_trade_name(text: str, unit: tuple[str, str, str, str | None]) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize(("text", "unit"), [
    ("Công đoàn Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam tổ chức hội nghị; Công đoàn VEAM giao chỉ "
     "tiêu thi đua.", (VEAM, "Công đoàn Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam", "sector", None)),
    ("Công đoàn Tổng Công ty Vận tải Hà Nội tặng quà; Công đoàn Transerco cũng thăm hỏi công nhân.",
     (TRANSERCO, "Công đoàn Tổng Công ty Vận tải Hà Nội", "sector", "Hà Nội")),
])
def test_the_trade_name_and_the_full_name_are_one_unit(text: str, unit: tuple[str, str, str, str | None]) -> None:
    assert units(text) == [unit]


@pytest.mark.parametrize("text", [
    "Công đoàn VEAM Motor trao quà cho công nhân.",  # another company's name after the trade name
    "Công đoàn Transerco Bus Tây Hồ tổ chức hội thao.",
    "Tổng công ty VEAM và Transerco ký kết hợp tác.",  # the corporations, no union
])
def test_no_union_where_the_trade_name_is_a_company_or_stands_alone(text: str) -> None:
    assert units(text) == []
