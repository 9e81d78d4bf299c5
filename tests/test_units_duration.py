"""A unit of time after a number ends a name: "Ban Quản lý Dự án 2 | ngày Chủ nhật" (a day of the week), "2 | buổi
sáng", "May 10 | tuần Lễ Vàng" (enrich/unitdescribed.py ``time_at``: the rules end there, and the learned reader's
end past it does not stand); a day and month that name a school stay in its name."""

import pytest

from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Ban Quản lý Dự án 2 ngày Chủ nhật tổ chức hội thao.", ["Công đoàn cơ sở Ban Quản lý Dự án 2"]),
    ("Chiều 24/3, Công đoàn cơ sở Ban Quản lý Dự án 2 ngày Thứ Sáu tổ chức đại hội.",
     ["Công đoàn cơ sở Ban Quản lý Dự án 2"]),
    ("Công đoàn cơ sở Ban Quản lý Dự án 2 buổi Sáng 15/3 tổ chức hội thao.", ["Công đoàn cơ sở Ban Quản lý Dự án 2"]),
    ("Công đoàn Công ty May 10 tuần Lễ Vàng tổ chức hiến máu.", ["Công đoàn Công ty May 10"]),
    ("Công đoàn cơ sở Ban Quản lý Dự án 2 giờ Trái đất tắt đèn.", ["Công đoàn cơ sở Ban Quản lý Dự án 2"]),
])
def test_a_unit_of_time_after_a_number_ends_the_name(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Trường THCS 19 tháng 5 tổ chức đại hội.", ["Công đoàn cơ sở Trường THCS 19 tháng 5"]),
    ("Công đoàn Trường Tiểu học 2 tháng 9 tổ chức đại hội.", ["Công đoàn Trường Tiểu học 2 tháng 9"]),
    ("Công đoàn cơ sở Trường Mầm non 8 tháng Ba tổ chức hội thi.", ["Công đoàn cơ sở Trường Mầm non 8 tháng Ba"]),
    ("Công đoàn Công ty Cổ phần Sông Đà 9 tổ chức đại hội.", ["Công đoàn Công ty Cổ phần Sông Đà 9"]),
])
def test_a_day_and_month_in_a_name_stay(text: str, want: list[str]) -> None:
    assert names(text) == want
