"""Items written directly are the items feedgen writes, character for character."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.dates import VN_TZ
from feeds import build, items

BASE = "http://127.0.0.1:8001"


def row(**changes) -> dict:
    values = {
        "id": "c0090383312fc3ad", "url": "http://ldld.example.vn/tin/1.html?a=1&b=2",
        "title": "LĐLĐ tỉnh phát động \"Tháng Công nhân\" năm 2025 <và> A&B",
        "published": "2025-11-19T20:44:00+07:00", "first_seen": "2025-11-20T01:00:00+07:00",
        "last_changed": "2025-11-21T06:30:00+07:00", "author": "Minh Anh", "unit": "Liên đoàn Lao động tỉnh",
        "body_html": "<p>Ngày 19/11 &amp; hôm sau, đoàn viên\u00a0&lt;tham gia&gt;.</p><script>alert(1)</script>"
                     "<p><a href=\"http://x.vn/?q=1&amp;r=2\" onclick=\"x()\">liên kết</a></p>",
        "summary": "Ngày 19/11 & hôm sau, đoàn viên <tham gia>.\r\nDòng thứ hai\tcó tab.",
        "resolutions": [{"code": "02-NQ/TW", "key": "02-NQ/TW@2021", "evidence": "02-NQ/TW",
                         "sentence": "Thực hiện Nghị quyết số 02-NQ/TW \"về đổi mới\" & <tổ chức>."}],
        "units": ["Công đoàn \"Cơ sở\" & <Công ty> A\tB\nC"],
    }
    values.update(changes)
    return values


CASES = {
    "hostile text and attributes": row(),
    "no author, unit instead": row(author=None),
    "neither author nor unit": row(author=None, unit=None),
    "no publication date": row(published=None),
    "no categories": row(resolutions=[], units=[]),
    "no body html": row(body_html=None),
    "empty summary (feedgen's own rule)": row(summary=""),
    "control characters lxml refuses are absent": row(title="Tin vắn hôm nay về công đoàn"),
}


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_direct_items_equal_feedgen_items(name, fmt):
    data = CASES[name]
    direct = build.entry_xml(build._article_item(data, BASE), fmt)
    reference = build.entry_xml(build._article_entry(data, BASE), fmt)
    assert direct == reference


def test_most_items_are_written_directly():
    assert isinstance(build._article_item(row(), BASE), build.Item)
    assert not isinstance(build._article_item(row(summary=""), BASE), build.Item)


def test_characters_xml_cannot_carry_are_dropped():
    item = build._article_item(row(title="Tin\x0b vắn\x00 hôm nay"), BASE)
    assert "<title>Tin vắn hôm nay</title>" in build.entry_xml(item, "rss")


def test_a_character_xml_cannot_carry_anywhere_in_an_item_is_dropped():
    item = build._article_item(row(body_html="<p>Đoàn\x0b viên</p>", units=["Công\x01 đoàn"]), BASE)
    for fmt in ("rss", "atom"):
        xml = build.entry_xml(item, fmt)
        assert "\x0b" not in xml and "\x01" not in xml
        assert "Đoàn viên" in xml and "Công đoàn" in xml


@pytest.mark.parametrize("moment", [
    datetime(2025, 11, 19, 20, 44, 5, tzinfo=VN_TZ),
    datetime(2024, 2, 29, 0, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    datetime(2024, 2, 29, 23, 59, 59, 999, tzinfo=timezone(timedelta(seconds=61))),
    datetime(1999, 12, 31, 8, 0),
])
def test_pub_date_is_what_strftime_writes(moment):
    assert items.rfc2822(moment) == moment.strftime("%a, %d %b %Y %H:%M:%S %z")


def _old_text(value: str) -> bytes:
    """The former definition of escaped element text: on str, then encoded."""
    value = items._NOT_XML.sub("", value)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return escaped.encode("utf-8")


@pytest.mark.parametrize("values", [
    ["Liên đoàn Lao động", "A & B <c> \"d\" 'e'", "dòng\r\nmới\ttab", ""],
    ["giữ \uffc0 và \ufffd", "bỏ \ufffe và \uffff", "ký tự\x00 NUL", "\x1f\x0b\x0c\x7f"],
    ["nửa cặp \ud800 thay thế", "vẫn giữ đ"],
    ["\x00", "", "\x00\x00"],
    ["chỉ một"],
])
def test_fields_escaped_at_once_equal_the_text_definition(values):
    assert items.escaped_all(values) == [_old_text(value) for value in values]


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_items_are_utf8_bytes_of_their_text(fmt):
    item = build._article_item(row(), BASE)
    assert build.entry_bytes(item, fmt) == build.entry_xml(item, fmt).encode("utf-8")
    assert build.entry_bytes(item, fmt) is build.entry_bytes(item, fmt)  # written once
