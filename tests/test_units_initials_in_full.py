"""A grassroots union named in full and then by the initials of its organisation's first words ("Công đoàn cơ sở
VKS" beside "Công đoàn cơ sở VKSND tỉnh Trà Vinh", b40u023) is one union, named in full (enrich/unitsame.py
``initials_in_full``). Every sentence here is composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.unit_id, u.name) for u in tag(text, published="2015-05-11").units)


COURT = "Chiều 5/5, Công đoàn cơ sở Tòa án nhân dân tỉnh Sóc Trăng tổ chức hội nghị sơ kết. "
CONGRESS = "Các đại biểu nghe báo cáo thực hiện nghị quyết Đại hội Công đoàn cơ sở {} và bổ sung nhiệm vụ."


def test_the_initials_of_the_union_named_in_full_are_that_union() -> None:
    assert units(COURT + CONGRESS.format("TA")) == [
        ("cdcs-soc-trang--toa-an-nhan-dan-tinh-soc-trang", "Công đoàn cơ sở Tòa án nhân dân tỉnh Sóc Trăng")]
    text = "Công đoàn cơ sở Thanh tra tỉnh Sóc Trăng tổ chức hội nghị. " + CONGRESS.format("TT")
    assert [u[0] for u in units(text)] == ["cdcs-soc-trang--thanh-tra-tinh-soc-trang"]


def test_initials_two_unions_begin_with_are_neither() -> None:
    text = ("Công đoàn cơ sở Thanh tra tỉnh Sóc Trăng và Công đoàn cơ sở Trường Tiểu học Sóc Trăng tổ chức hội nghị. "
            + CONGRESS.format("TT"))
    assert [u[0] for u in units(text)] == ["cdcs-soc-trang--thanh-tra-tinh-soc-trang", "cdcs-soc-trang--truong-tieu-hoc-soc-trang",
                                           "cdcs-soc-trang--tt"]


def test_initials_of_no_union_named_stay_a_union_of_their_own() -> None:
    text = COURT + "Đại diện Công đoàn cơ sở KBNN phát biểu."
    assert [u[0] for u in units(text)] == ["cdcs-soc-trang--kbnn", "cdcs-soc-trang--toa-an-nhan-dan-tinh-soc-trang"]
