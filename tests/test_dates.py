import pytest

from crawler.dates import find_dates, machine_iso, parse_date


@pytest.mark.parametrize(
    "text, iso",
    [
        ("04:51 01/03/2021", "2021-03-01T04:51:00+07:00"),
        ("10/11/2021 07:00 GMT+7", "2021-11-10T07:00:00+07:00"),
        ("Thứ Hai, 01/03/2021 - 09:15", "2021-03-01T09:15:00+07:00"),
        ("Ngày 11 tháng 01 năm 2019", "2019-01-11"),
        ("11-01-2019", "2019-01-11"),
        ("Cập nhật: 22.12.2024", "2024-12-22"),
        ("Ngày xuất bản: 10/02/2022 2:22:00 CH", "2022-02-10T14:22:00+07:00"),
        ("Ngày xuất bản: 10/02/2022 9:05:00 SA", "2022-02-10T09:05:00+07:00"),
        ("11:12 AM - 21/11/2023", "2023-11-21T11:12:00+07:00"),
        ("13:15 - 25/12/2020", "2020-12-25T13:15:00+07:00"),
        ("22:12, ngày 13-11-2018", "2018-11-13T22:12:00+07:00"),
        ("25/01/2021, 18:21", "2021-01-25T18:21:00+07:00"),
        ("Phương Thúy 07/01/2019 09:40", "2019-01-07T09:40:00+07:00"),
        ("Cập nhật, 06:04, Thứ Sáu, 29/01/2021 (GMT+7)", "2021-01-29T06:04:00+07:00"),
        ("Chủ nhật - 20/07/2014 11:50", "2014-07-20T11:50:00+07:00"),
        ("PV - 03/04/2025 17:35", "2025-04-03T17:35:00+07:00"),
        ("(01/06/2020)", "2020-06-01"),
        ("2021-03-01T04:51:00+07:00", "2021-03-01T04:51:00+07:00"),
    ],
)
def test_vietnamese_forms(text, iso):
    assert parse_date(text).iso() == iso


def test_day_comes_before_month():
    assert parse_date("05/03/2021").day.isoformat() == "2021-03-05"


def test_date_without_year_needs_a_default_year():
    assert parse_date("Sáng ngày 24.2, Liên đoàn") is None
    found = parse_date("Sáng ngày 24.2, Liên đoàn", default_year=2022)
    assert found.iso() == "2022-02-24" and not found.has_year


def test_codes_and_impossible_dates_are_not_dates():
    assert find_dates("Nghị quyết 202/2025/QH15 và 02-NQ/TW") == []
    assert find_dates("31/02/2021") == []


def test_machine_timestamps_convert_to_vietnam_time():
    assert machine_iso("2021-03-01T04:51:00Z") == "2021-03-01T11:51:00+07:00"
    assert machine_iso("Mon, 01 Mar 2021 04:51:00 GMT") == "2021-03-01T11:51:00+07:00"
    assert machine_iso("2021-03-01") == "2021-03-01"
    assert machine_iso("2021-03-01 08:00") == "2021-03-01T08:00:00+07:00"
    assert machine_iso("not a date") is None
