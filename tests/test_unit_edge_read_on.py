"""Two limits of the model file on where the learned reader reads a name on past the rules' end
(enrich/unitreadon.py): "and_head", not past a "và" before the head of a second body or a section (word group
``and_head``) that a capitalised word, a union's head or a place follows ("Công đoàn cơ sở Báo Bình Thuận và Tổ công
đoàn Trung tâm Khuyến công" names the paper's union, not "Báo Bình Thuận và Tổ"); "comma_lower", not through a comma
into lower-case words alone ("Công đoàn Trường ĐHTDM, giữ nguyên id (...)" names the school's union). A name that
holds "và" before a word that is no such head, or goes on past a comma to a capitalised word or a place, reads on as
before. The sentences are composed for the test."""

from __future__ import annotations

import pytest

from enrich import unitedge
from tests.unit_edge_model import TRAINED, trained_model  # noqa: F401 (an autouse fixture)
from tests.unit_edge_model import forced_end as _forced
from tests.unit_names import unit_names as names


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Báo Nghệ An và Tổ công đoàn Văn phòng tổ chức.", "Báo Nghệ An", "Báo Nghệ An và Tổ"),
    ("Báo Hà Tĩnh và Ban Nữ công đã trao quà.", "Báo Hà Tĩnh", "Báo Hà Tĩnh và Ban Nữ công"),
    ("Trường THCS Lê Lợi và Phòng Giáo dục huyện đã trao quà.", "Trường THCS Lê Lợi",
     "Trường THCS Lê Lợi và Phòng Giáo dục"),
    ("Bệnh viện Đa khoa Hòa Bình và Chi đoàn Thanh niên bệnh viện.", "Bệnh viện Đa khoa Hòa Bình",
     "Bệnh viện Đa khoa Hòa Bình và Chi đoàn Thanh niên"),
    ("Báo Bình Thuận và ban chấp hành công đoàn đã trao quà.", "Báo Bình Thuận", "Báo Bình Thuận và ban chấp hành"),
])
def test_no_name_reads_on_past_and_into_a_second_head(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "and_head", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best  # without the limit the favoured end is taken


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trường Đại học Khoa học Xã hội và Nhân văn tổ chức.", "Trường Đại học Khoa học Xã hội",
     "Trường Đại học Khoa học Xã hội và Nhân văn"),  # no head after "và"
    ("Công ty TNHH Truyền thông và Tổ chức sự kiện Sao Việt tổ chức.", "Công ty TNHH Truyền thông",
     "Công ty TNHH Truyền thông và Tổ chức sự kiện Sao Việt"),  # "Tổ" before a lower-case word
    ("Công ty CP Thiết bị và Phòng cháy chữa cháy Hà Nội tổ chức.", "Công ty CP Thiết bị",
     "Công ty CP Thiết bị và Phòng cháy chữa cháy Hà Nội"),
    ("Văn phòng HĐND và UBND huyện Nông Sơn tổ chức.", "Văn phòng HĐND",
     "Văn phòng HĐND và UBND huyện Nông Sơn"),  # a joint office (b13u025's label)
    ("Báo Nghệ An và Tổ công đoàn Văn phòng tổ chức.", "Báo Nghệ An và Tổ công đoàn Văn phòng",
     "Báo Nghệ An và Tổ công đoàn Văn phòng"),  # a "và" inside the rules' name is theirs
])
def test_a_name_with_and_before_no_second_head_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "and_head", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Trường ĐHTDM, giữ nguyên id (không mất đoàn viên)", "Trường ĐHTDM", "Trường ĐHTDM, giữ nguyên id"),
    ("Trường THCS Kim Đồng, năm học mới (2024)", "Trường THCS Kim Đồng", "Trường THCS Kim Đồng, năm học mới"),
    ("Công ty May 10, ba năm liền.", "Công ty May 10", "Công ty May 10, ba năm liền"),
])
def test_no_name_reads_on_through_a_comma_into_lower_case_words(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "comma_lower", best) == rule
    assert _forced(text, rule, "clause_verb", best) == best


@pytest.mark.parametrize(("text", "rule", "best"), [
    ("Báo và Phát thanh, truyền hình Thanh Hóa tổ chức.", "Báo và Phát thanh",
     "Báo và Phát thanh, truyền hình Thanh Hóa"),  # b10u026's name
    ("Công ty cổ phần quản lý, sửa chữa đường bộ Quy Nhơn tổ chức.", "Công ty cổ phần",
     "Công ty cổ phần quản lý, sửa chữa đường bộ Quy Nhơn"),  # b13u039's
    ("Nhà Xuất bản, Đại học Thái Nguyên tổ chức.", "Nhà Xuất bản", "Nhà Xuất bản, Đại học Thái Nguyên"),
    ("Trung tâm Y tế Kim Sơn, tỉnh tổ chức.", "Trung tâm Y tế Kim Sơn", "Trung tâm Y tế Kim Sơn, tỉnh"),  # a place
])
def test_a_name_past_a_comma_to_a_capital_or_a_place_reads_on(text: str, rule: str, best: str) -> None:
    assert _forced(text, rule, "comma_lower", best) == best
    assert _forced(text, rule, "clause_verb", best) == best


def test_the_shipped_model_names_the_limits() -> None:
    limits = unitedge.EdgeModel.load(TRAINED).limit.split(",")
    assert "and_head" in limits and "comma_lower" in limits


@pytest.mark.parametrize(("text", "want"), [
    ("Đây là hoạt động thường niên của Công đoàn cơ sở Báo Nghệ An và Tổ công đoàn Văn phòng thuộc CĐCS Sở Tài chính "
     "nhằm chia sẻ khó khăn.", ["Công đoàn cơ sở Báo Nghệ An", "Công đoàn cơ sở Sở Tài chính"]),
    ("Hoạt động do Công đoàn cơ sở Báo Quảng Ngãi và Tổ công đoàn Trung tâm Y tế phối hợp tổ chức.",
     ["Công đoàn cơ sở Báo Quảng Ngãi"]),
    ("Đổi tên tổ công đoàn demo thành tên thật của Công đoàn Trường ĐHKT, giữ nguyên mã (không mất dữ liệu)",
     ["Công đoàn Trường ĐHKT"]),
    ("Thêm đoàn viên vào Công đoàn Trường ĐHSP, giữ nguyên id (không mất hoạt động đã có)", ["Công đoàn Trường ĐHSP"]),
])
def test_a_union_then_a_section_or_a_clause(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Công đoàn Trường Đại học Khoa học Xã hội và Nhân văn tổ chức hội thao.",
     ["Công đoàn Trường Đại học Khoa học Xã hội và Nhân văn"]),
    ("Công đoàn Khu công nghiệp và chế xuất Hà Nội tổ chức hội nghị.",
     ["Công đoàn các Khu công nghiệp và chế xuất Hà Nội"]),
    ("Công đoàn cơ sở Công ty TNHH Truyền thông và Tổ chức sự kiện Sao Việt tổ chức hội thao.",
     ["Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Truyền thông và Tổ chức sự kiện Sao Việt"]),
    ("Công đoàn cơ sở Công ty CP Thiết bị và Phòng cháy chữa cháy Hà Nội tổ chức hội thao.",
     ["Công đoàn cơ sở Công ty Cổ phần Thiết bị và Phòng cháy chữa cháy Hà Nội"]),
    ("Công đoàn Báo và Phát thanh, truyền hình Thanh Hóa tổ chức hội thao.",
     ["Công đoàn Báo và Phát thanh, truyền hình Thanh Hóa"]),
    ("Công đoàn cơ sở Công ty cổ phần quản lý, sửa chữa đường bộ Quy Nhơn tổ chức hội nghị.",
     ["Công đoàn cơ sở Công ty cổ phần quản lý, sửa chữa đường bộ Quy Nhơn"]),
])
def test_names_that_hold_and_or_a_comma_read_whole(text: str, want: list[str]) -> None:
    assert names(text) == want
