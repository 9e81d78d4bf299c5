"""A union group ("Tổ công đoàn Phòng Đào tạo") is a part of a grassroots union, no unit of its own (twenty-sixth
round); the groups of a union named after a plural ("các tổ công đoàn Bệnh viện X") leave that union read. Every
sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from tests import unit_tags

units = partial(unit_tags.units, date="2022-11-16")


def test_a_union_group_is_no_unit():
    assert units("Đội thi đến từ Tổ công đoàn Phòng Thanh tra - Khảo thí và Đảm bảo chất lượng liên kết với Tổ công "
                 "đoàn Khoa Kỹ thuật công nghiệp đã giành giải nhất.") == set()
    assert units("Giải Nhì được trao cho Tổ Công đoàn Văn phòng 1, BHXH tỉnh Quảng Trị.") == set()
    assert units("Tổ Công đoàn Trung tâm Trợ giúp pháp lý đã xây dựng kế hoạch hoạt động năm 2023.") == set()
    assert units("Tổ trưởng tổ CĐ Phòng Hành chính Công ty Than Hà Tu phát biểu.") == set()


def test_the_union_itself_is_read_beside_its_groups():
    assert units("Dự họp có các tổ trưởng các tổ Công đoàn Bệnh viện Đa khoa tỉnh Phú Yên.") == {
        ("Công đoàn Bệnh viện Đa khoa tỉnh Phú Yên", "grassroots", "Phú Yên")}
    # a word that only ends in the letters of "tổ" is no group
    assert units("Công đoàn Bệnh viện Đa khoa tỉnh Phú Yên tổ chức hội thao.") == {
        ("Công đoàn Bệnh viện Đa khoa tỉnh Phú Yên", "grassroots", "Phú Yên")}
