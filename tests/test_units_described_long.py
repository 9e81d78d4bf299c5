"""A generic head after "Công đoàn cơ sở" whose name goes on in lower case past the reader's window, with "các" and
"và" inside it ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh X"), and the board's
short form completed from its full name written before, closed by punctuation (enrich/unitorgs.py, enrich/unitshort.py)."""

import pytest

from enrich import tag
from enrich.units import SourceContext

TUYEN_QUANG = SourceContext("Liên đoàn Lao động tỉnh Tuyên Quang", "province", "Tuyên Quang")


def names(text: str) -> list[str]:
    return [u.name for u in tag(text, source=TUYEN_QUANG, published="2024-03-08").units if u.level == "grassroots"]


@pytest.mark.parametrize("text, want", [
    ("Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh tổ chức hội nghị.",
     "Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Tuyên Quang"),
    ("Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh trao quà cho đoàn viên.",
     "Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Tuyên Quang"),
    ("Sáng 5/3, CĐCS Hợp tác xã dịch vụ nông nghiệp và thương mại xã Hòa Phú tổ chức đại hội.",
     "Công đoàn cơ sở Hợp tác xã dịch vụ nông nghiệp và thương mại xã Hòa Phú"),
])
def test_a_long_described_name_is_read_to_its_place(text: str, want: str) -> None:
    assert want in names(text)


def test_a_boards_short_form_is_completed_from_its_full_name_written_before() -> None:
    text = ("Được sự nhất trí của Chi bộ Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp, "
            "Công đoàn phối hợp với Chi đoàn Ban Quản lý dự án tổ chức chuỗi hoạt động chào mừng ngày 8/3.")
    assert names(text) == ["Công đoàn Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"]


@pytest.mark.parametrize("text, not_in", [
    ("Công đoàn cơ sở Trung tâm tặng quà cho các hộ nghèo xã Hòa Phú.", "hộ nghèo"),  # a verb, then "các"
    ("Công đoàn cơ sở Hợp tác xã dịch vụ và các hộ kinh doanh xã Hòa Phú tổ chức hội nghị.", "hộ kinh doanh"),
])
def test_no_clause_or_second_body_is_read_into_the_name(text: str, not_in: str) -> None:
    assert not any(not_in in name for name in names(text))
