"""A company's trade or a board's object written in lower case goes on to where a clause or a sentence begins
(enrich/unitdescribed.py): "Công ty CP Kinh doanh vật liệu và xây dựng.", "Ban Quản lý dự án ĐTXD các công trình
Nông nghiệp và PTNT đã ..."; not into a verb's object, nor past a preposition."""

import pytest

from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "want"), [
    ("Đoàn đã kiểm tra 02 Công đoàn cơ sở: Công ty Cổ phần Xây dựng và Đầu tư và Công ty CP Kinh doanh vật liệu và "
     "xây dựng. Qua kiểm tra tại hai đơn vị cho thấy kết quả tốt.",
     ["Công đoàn cơ sở Công ty Cổ phần Kinh doanh vật liệu và xây dựng",
      "Công đoàn cơ sở Công ty Cổ phần Xây dựng và Đầu tư"]),
    ("Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà và dịch vụ đô thị đã tổ chức hội thao.",
     ["Công đoàn cơ sở Công ty Cổ phần Kinh doanh nhà và dịch vụ đô thị"]),
    ("Công đoàn Công ty TNHH Thương mại dịch vụ vận tải, Công đoàn Công ty TNHH Xây dựng cầu đường cùng dự.",
     ["Công đoàn Công ty Trách nhiệm hữu hạn Thương mại dịch vụ vận tải",
      "Công đoàn Công ty Trách nhiệm hữu hạn Xây dựng cầu đường"]),
    ("Công đoàn cơ sở Ban Quản lý dự án ĐTXD các công trình Nông nghiệp và PTNT đã tổ chức thành công Đại hội.",
     ["Công đoàn cơ sở Ban Quản lý dự án ĐTXD các công trình Nông nghiệp và Phát triển nông thôn"]),
    ("Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình giao thông vừa tổ chức đại hội.",
     ["Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"]),
    ("Công đoàn cơ sở Ban Quản lý dự án ĐTXD các công trình Nông nghiệp và PTNT tỉnh Tuyên Quang đã tổ chức đại hội.",
     ["Công đoàn cơ sở Ban Quản lý dự án ĐTXD các công trình Nông nghiệp và Phát triển nông thôn tỉnh Tuyên Quang"]),
])
def test_a_lower_case_description_goes_on_to_a_clause(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn cơ sở Công ty CP Xây dựng thăm hỏi công nhân.", ["Công đoàn cơ sở Công ty Cổ phần Xây dựng"]),
    ("Công đoàn cơ sở Công ty CP Xây dựng vận động đoàn viên tham gia hiến máu.",
     ["Công đoàn cơ sở Công ty Cổ phần Xây dựng"]),
    ("Công đoàn cơ sở Công ty CP Xây dựng vận động đoàn viên ở các công trình xa.",
     ["Công đoàn cơ sở Công ty Cổ phần Xây dựng"]),
    ("Công đoàn cơ sở Công ty TNHH MTV Dịch vụ cơ khí hàng hải PTSC đã tổ chức đại hội.",
     ["Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Dịch vụ cơ khí hàng hải PTSC"]),
    ("Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng tỉnh Bắc Kạn đã tổ chức đại hội.",
     ["Công đoàn cơ sở Ban Quản lý dự án đầu tư xây dựng tỉnh Bắc Kạn"]),
])
def test_no_description_is_read_into_a_verb_s_object(text: str, want: list[str]) -> None:
    assert names(text) == want
