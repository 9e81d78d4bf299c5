"""A cluster of grassroots unions ("cụm công đoàn cơ sở xã X", "Cụm Công đoàn số 6"), a grouping for a contest or
for emulation, is no unit, as the sets label clusters (b15u055, b19u028, b34u023); the unions a passage names on
their own beside it are read. Every sentence here is composed for the test."""

from __future__ import annotations

from functools import partial

from tests import unit_tags

units = partial(unit_tags.units, date="2021-07-20")


def test_a_cluster_of_grassroots_unions_is_no_unit():
    assert units("Tiết mục của cụm công đoàn cơ sở xã Tân Hưng (Lạng Giang) đoạt giải Nhì.") == set()
    assert units("Hai tiết mục của cụm CĐCS xã Mỹ Thái và cụm CĐCS thị trấn Vôi giành giải A.") == set()
    assert units("Cụm Công đoàn cơ sở xã Đào Mỹ tổ chức giao lưu thể thao.") == set()


def test_a_union_beside_a_cluster_is_read():
    assert units("Giải A thuộc về CĐCS xã Mỹ Thái và cụm CĐCS thị trấn Vôi.") == {
        ("Công đoàn cơ sở xã Mỹ Thái", "grassroots", None)}
