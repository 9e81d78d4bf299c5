"""A word of a name printed twice in a row ("Công ty CP Cảng Cảng Sài gòn") is read once: the name is the
organisation's, as the passage writes it elsewhere (b28u027)."""

from tests.unit_names import unit_names


def test_a_doubled_word_in_a_company_s_name_is_read_once() -> None:
    text = "Công đoàn Công ty CP Cảng Cảng Hải Phòng tổ chức giải bóng đá cho đoàn viên."
    assert unit_names(text) == ["Công đoàn Công ty Cổ phần Cảng Hải Phòng"]


def test_the_doubled_name_and_the_name_written_once_are_one_unit() -> None:
    text = ("Công đoàn Công ty CP Cảng Cảng Quy Nhơn: giải bóng đá mini. Thực hiện chương trình công tác của Ban Chấp "
            "hành Công đoàn Công ty cổ phần Cảng Quy Nhơn, Ban Thường vụ tổ chức giải bóng đá.")
    assert [n.lower() for n in unit_names(text)] == ["công đoàn công ty cổ phần cảng quy nhơn"]


def test_a_school_s_doubled_word_too() -> None:
    assert unit_names("Công đoàn Trường Tiểu học Tiểu học Kim Đồng tổ chức hội thi.") == [
        "Công đoàn Trường Tiểu học Kim Đồng"]
