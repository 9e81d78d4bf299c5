"""A name ends before a verb or a negation that starts the clause, and before the name of the person who chairs it."""

import pytest

from enrich import tag


def names(text: str) -> list[str]:
    return [u.name for u in tag(title="", text=text).units]


@pytest.mark.parametrize("text, name", [
    ("Tại đại hội, Công đoàn Tổng công ty Phát điện 3 đánh giá kết quả nhiệm kỳ qua.",
     "Công đoàn Tổng công ty Phát điện 3"),
    ("Nhưng công đoàn Trường Chinh không chỉ dừng lại ở việc tổ chức phong trào.", "Công đoàn Trường Chinh"),
    ("Công đoàn Công ty Sabeco không ngừng chăm lo đời sống người lao động.", "Công đoàn Công ty Sabeco"),
    ("Công đoàn Công ty Vinamilk không những tổ chức hội thao mà còn thăm hỏi đoàn viên.",
     "Công đoàn Công ty Vinamilk"),
    ("Công đoàn cơ sở Cục Thống kê dâng hương và thăm di tích Nha Thống kê Việt Nam.",
     "Công đoàn cơ sở Cục Thống kê"),
    ("CĐCS Sở Tài nguyên và Môi trường cử 01 đoàn, gồm 08 vận động viên tham gia hội thao.",
     "Công đoàn cơ sở Sở Tài nguyên và Môi trường"),
])
def test_a_name_ends_before_a_verb_or_a_negation(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_name_read_before_a_bare_head_ends_before_its_chairs_name() -> None:
    text = ("Đây là yêu cầu của Chủ tịch Công đoàn Tổng công ty Đường sắt Việt Nam Nguyễn Văn Bình tại hội nghị. "
            "Chủ tịch Công đoàn Tổng công ty Nguyễn Văn Bình đề nghị các đơn vị thực hiện tốt.")
    assert names(text) == ["Công đoàn Tổng công ty Đường sắt Việt Nam"]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Tổng công ty Hàng không Việt Nam tổ chức hội nghị.", "Công đoàn Tổng công ty Hàng không Việt Nam"),
    ("Công đoàn Cảng hàng không quốc tế Nội Bài tổ chức hội nghị.", "Công đoàn Cảng hàng không quốc tế Nội Bài"),
])
def test_no_with_its_own_syllables_stays_in_a_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Sáng nay, Công đoàn cơ quan Trung ương Mặt trận Tổ quốc Việt Nam diễn ra hội nghị cán bộ.",
     "Công đoàn Cơ quan Trung ương Mặt trận Tổ quốc Việt Nam"),
    ("Hội nghị của Công đoàn Tổng công ty Đường sắt Việt Nam diễn ra sáng nay.",
     "Công đoàn Tổng công ty Đường sắt Việt Nam"),
    ("Công đoàn Tổng công ty Giấy Việt Nam nhân Tháng Công nhân tổ chức thăm hỏi.",
     "Công đoàn Tổng công ty Giấy Việt Nam"),
    ("Công đoàn Tổng công ty Cao su Đồng Nai nhân dịp Tết Nguyên đán tặng quà đoàn viên.",
     "Công đoàn Tổng công ty Cao su Đồng Nai"),
])
def test_a_name_ends_before_a_clause_that_goes_on_or_an_occasion(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Phó Chủ tịch Thường trực Công đoàn Văn phòng Quốc hội Bùi Lê Minh dự và chỉ đạo đại hội.",
     "Công đoàn Văn phòng Quốc hội"),
    ("Chủ tịch Công đoàn Bệnh viện Nhi đồng Nguyễn Thị Lan phát biểu tại hội nghị.", "Công đoàn Bệnh viện Nhi đồng"),
])
def test_a_complete_name_ending_in_a_lower_case_syllable_ends_before_its_chairs_name(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Công đoàn Công Thương Việt Nam quyết định chuyển đổi Công đoàn Tổng công ty Than Đông Bắc thành CÔNG ĐOÀN "
     "TỔNG CÔNG TY ĐÔNG BẮC từ ngày 1/1/2012.", "Công đoàn Tổng công ty Than Đông Bắc"),
    ("Đổi tên Công đoàn Tổng công ty Xây dựng Hà Nội thành CÔNG ĐOÀN XÂY DỰNG HÀ NỘI.",
     "Công đoàn Tổng công ty Xây dựng Hà Nội"),
])
def test_a_renamed_union_ends_before_its_new_name_in_capitals(text: str, name: str) -> None:
    assert name in names(text) and not any("ĐOÀN" in n for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("Giải ba toàn đoàn thuộc về CĐCS Sở Văn hóa – Thể thao và hơn 20 bộ huy chương đã được trao.",
     "Công đoàn cơ sở Sở Văn hóa – Thể thao"),
    ("Giải nhì thuộc về Công đoàn Trung tâm Văn hoá - Thể thao và Du lịch và nhiều đơn vị khác.",
     "Công đoàn Trung tâm Văn hoá - Thể thao và Du lịch"),
])
def test_a_department_named_with_a_dash_is_not_cut_at_the_dash(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_national_nghiep_doan_is_not_read_on_across_a_headlines_dash() -> None:
    assert not any("Niềm" in n for n in names("Nghiệp đoàn Nghề cá Việt Nam - Niềm tin của đoàn viên, ngư dân."))
