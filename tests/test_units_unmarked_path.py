"""The quick test of enrich/unmarked.py ``restore`` (``_ascii_head``: a head written in ASCII characters) refuses
only passages that the lower-cased test after it refuses too, so ``restore`` gives what it gave without it: on every
code point, on the recorded corpus and on texts made to stress it; and it finds what the plain search of each head
in the passage's ASCII characters lower-cased finds."""

from __future__ import annotations

import pytest

from enrich.unmarked import _ASCII_HEADS, _HEADS, _ascii_head, restore
from tests import tagging_record

MADE = [
    "Cong doan phuong Truong Vinh to chuc hoi nghi", "CONG DOAN tinh Nghe An", "Cong DoAn co so", "cONG dOAN",
    "LDLD tinh Ha Nam", "Ldld huyen", "lien doan lao dong", "LIEN DOAN LAO DONG", "Nghiep Doan nghe ca", "TLD", "Tld",
    "CDCS Cong ty", "cdcs", "Đại diện doanh nghiệp và Công đoàn cơ sở", "doanh nghiệp Cong doan", "LİEN DOAN",
    "Lien doan", "ldld\u212a", "cdcſ", "Cong\u00a0doan", "Cong  doan", "Cong\ndoan", "Côngdoan", "Cong đoan", "Cong dơan",
    "Đoàn khoan giếng, hoan nghênh", "Công đoàn phường\nCong doan phuong 1, quan 3\nLĐLĐ", "", "oan", "OAN",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return tagging_record.recorded_texts()


def test_only_ascii_characters_lower_case_to_a_heads_letters() -> None:
    assert all(head.isascii() and "k" not in head and not head.endswith("i") for head in _HEADS)
    others = [code for code in range(0x80, 0x110000) if any(ch.isascii() for ch in chr(code).lower())]
    assert others == [0x130, 0x212A]  # "İ": "i" and U+0307; the Kelvin sign: "k"


def test_the_ascii_test_refuses_only_what_the_lower_cased_test_refuses(texts: list[str]) -> None:
    restored = 0
    for text in texts + MADE + [m + "\n" + t for m in MADE for t in texts[:3]]:
        low = text.lower()
        assert _ascii_head(text) or not any(head in low for head in _HEADS), text
        restored += restore(text) is not None
    assert restored > 20


def test_the_ascii_test_finds_each_head_as_the_plain_search_does(texts: list[str]) -> None:
    made = [" doan", "doan", "cong", "cong doan", " cong doan", "cong cong doan", "doanh nghiệp va Cong doan", "lien doan doan",
            "cong  doan", "Xcong doan", "nghiep doan", "nghiệp doan", "congdoan", "cong doa", "tl d", "tld", "cdc s", "lld ld",
            "doanh nghiệp, doanh nghiệp, trong doanh nghiệp, LIEN Doanh", "cong đ doan"]
    found = 0
    for text in texts + MADE + made + [m + "\n" + t for m in MADE + made for t in texts[:3]]:
        low = text.encode("ascii", "ignore").lower()
        plain = any(head in low for head in _ASCII_HEADS)
        assert _ascii_head(text) == plain, text
        found += plain
    assert found > 60
