"""Visible Vietnamese date forms on article pages, never the header's "today" date, +07:00."""

from __future__ import annotations

import pytest

from crawler.extract import extract_article

BODY = (
    "Liên đoàn Lao động tỉnh đã tổ chức Hội nghị triển khai kế hoạch thực hiện Chương trình hành "
    "động của Tổng Liên đoàn Lao động Việt Nam về thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị; "
    "triển khai kế hoạch phát triển đoàn viên, thành lập công đoàn cơ sở đến năm 2023."
)


def page(date_line: str, today: str = "Thứ Sáu, ngày 26 tháng 04 năm 2024") -> str:
    return f"""<html><head><meta charset="utf-8"><title>Hội nghị triển khai kế hoạch phát triển đoàn viên - LĐLĐ tỉnh</title></head>
<body><div class="top"><span class="today">{today}</span> <a href="/">Trang chủ</a></div>
<div class="detail"><h1>Hội nghị triển khai kế hoạch phát triển đoàn viên</h1>
<div class="info">{date_line}</div>
<div class="content"><p>{BODY}</p><p>{BODY}</p></div></div>
<div class="other"><h3>Tin khác</h3><ul><li><a href="/tin/2.html">Đại hội Công đoàn cơ sở nhiệm kỳ 2023-2028</a> (12/04/2024)</li></ul></div>
</body></html>"""


@pytest.mark.parametrize(
    "shown, expected",
    [
        ("04:51 01/03/2021", "2021-03-01T04:51:00+07:00"),
        ("10/11/2021 07:00 GMT+7", "2021-11-10T07:00:00+07:00"),
        ("Thứ Hai, 01/03/2021 - 09:15", "2021-03-01T09:15:00+07:00"),
        ("Ngày 11 tháng 01 năm 2019", "2019-01-11"),
        ("11-01-2019", "2019-01-11"),
        ("Cập nhật: 10/11/2021 07:00", "2021-11-10T07:00:00+07:00"),
        ("Cập nhật lúc 03:36 ngày 10/10/2015", "2015-10-10T03:36:00+07:00"),
        ("Ngày xuất bản: 10/02/2022 2:22:00 CH", "2022-02-10T14:22:00+07:00"),
        ("13:15 - 25/12/2020", "2020-12-25T13:15:00+07:00"),
        ("Phương Thúy 07/01/2019 09:40", "2019-01-07T09:40:00+07:00"),
        ("22.12.2024", "2024-12-22"),
    ],
)
def test_visible_date_forms(shown, expected):
    found = extract_article(page(shown), "http://ldld.example.gov.vn/tin/1.html")
    assert found.published == expected


def test_header_today_is_never_the_date():
    found = extract_article(page(""), "http://ldld.example.gov.vn/tin/1.html")
    assert found.published is None


def test_meta_timestamp_is_put_in_vietnam_time():
    html = page("").replace("<title>", '<meta property="article:published_time" content="2021-03-01T02:15:00Z"><title>')
    found = extract_article(html, "http://ldld.example.gov.vn/tin/1.html")
    assert found.published == "2021-03-01T09:15:00+07:00"
