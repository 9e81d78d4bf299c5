"""A union the passage renames ("đổi tên A thành B", "A chuyển đổi thành B") is one union named by its new name,
wherever the passage names it (enrich/units.py ``_renamed``), as "A (nay là B)" is."""

import pytest

from enrich import tag
from enrich.units import SourceContext

QUANG_NAM = SourceContext(None, "province", "Quảng Nam")


def units(text: str, title: str | None = None) -> list[tuple[str, str, str | None, str]]:
    return sorted((u.name, u.level, u.province, u.evidence)
                  for u in tag(text, title=title, source=QUANG_NAM, published="2021-08-19").units
                  if u.role != "publisher")


def test_a_zones_union_renamed_is_named_by_its_new_name() -> None:
    text = ("Sáng nay, Liên đoàn Lao động tỉnh công bố quyết định đổi tên Công đoàn Các khu công nghiệp tỉnh thành "
            "Công đoàn Các khu kinh tế và khu công nghiệp tỉnh. Công đoàn Các khu công nghiệp tỉnh được thành lập "
            "năm 2017.")
    assert units(text, title="Đổi tên Công đoàn Các khu công nghiệp tỉnh") == [
        ("Công đoàn các khu kinh tế và khu công nghiệp tỉnh Quảng Nam", "sector", "Quảng Nam",
         "Công đoàn Các khu công nghiệp tỉnh"),
        ("Liên đoàn Lao động tỉnh Quảng Nam", "province", "Quảng Nam", "Liên đoàn Lao động tỉnh")]


@pytest.mark.parametrize("text", [
    "Công đoàn Tổng công ty Vận tải Thủy Việt Nam chuyển đổi thành Công đoàn Tập đoàn Vận tải Thủy Việt Nam từ ngày "
    "15/12.",
    "Công đoàn ngành quyết định chuyển đổi Công đoàn Tổng công ty Vận tải Thủy thành Công đoàn Tập đoàn Vận tải Thủy "
    "Việt Nam.",
    "Quyết định đổi tên Công đoàn Tổng công ty Vận tải Thủy thành Công đoàn Tập đoàn Vận tải Thủy Việt Nam.",
])
def test_a_corporations_union_renamed_is_one_union(text: str) -> None:
    assert [name for name, *_ in units(text)] == ["Công đoàn Tập đoàn Vận tải Thủy Việt Nam"]


def test_two_unions_joined_by_thanh_without_a_rename_stay_two() -> None:
    text = "Công đoàn Tổng công ty Vận tải Thủy phối hợp với Công đoàn Tập đoàn Vận tải Thủy Việt Nam thành lập đội."
    assert [name for name, *_ in units(text)] == [
        "Công đoàn Tập đoàn Vận tải Thủy Việt Nam", "Công đoàn Tổng công ty Vận tải Thủy"]
    text = "Ban Thường vụ Công đoàn Tổng công ty Vận tải Thủy thành Công đoàn Tập đoàn Vận tải Thủy Việt Nam."
    assert len(units(text)) == 2
