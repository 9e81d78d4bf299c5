"""Items written directly are the items feedgen writes, character for character."""

from __future__ import annotations

import pytest

from feeds import build

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
