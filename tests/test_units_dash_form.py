"""A company's form after a dash at the end of a union's organisation ("Công đoàn Tổng Công ty Thép Việt Nam -
CTCP", b40u001) is no part of the union's name: the union written with and without it is one unit, its evidence kept
as written (enrich/unitform.py, group ``dash_form``). A dash before a real part of a name stays. Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich import tag


def units(text: str) -> list[tuple[str, str, str]]:
    return sorted((u.unit_id, u.name, text[u.start:u.end]) for u in tag(text, published="2022-05-06").units)


def test_the_form_after_a_dash_is_left_out_of_the_name() -> None:
    text = "Ông A – Chủ tịch Công đoàn Tổng công ty Lương thực Miền Nam - CTCP phát biểu."
    assert units(text) == [("cd-tong-cong-ty-luong-thuc-mien-nam", "Công đoàn Tổng công ty Lương thực Miền Nam",
                            "Công đoàn Tổng công ty Lương thực Miền Nam - CTCP")]
    text = "Ông A – Chủ tịch Công đoàn Công ty Xi măng Hà Tiên – CTCP phát biểu."
    assert [u[:2] for u in units(text)] == [("cdcs-vn--cong-ty-xi-mang-ha-tien", "Công đoàn Công ty Xi măng Hà Tiên")]


def test_written_with_and_without_the_form_it_is_one_unit() -> None:
    text = ("Dẫn đầu là Công đoàn Tổng công ty Lương thực Miền Nam - CTCP. "
            "Sau đó, Công đoàn Tổng công ty Lương thực Miền Nam trao 50 suất quà.")
    assert {u[0] for u in units(text)} == {"cd-tong-cong-ty-luong-thuc-mien-nam"}


def test_a_dash_before_a_real_part_of_a_name_stays() -> None:
    text = "Dẫn đầu là Công đoàn Tổng Công ty Bia - Rượu - NGK Sài Gòn, Công đoàn Công ty Than Hà Lầm - Vinacomin."
    assert [u[1] for u in units(text)] == ["Công đoàn Tổng Công ty Bia - Rượu - NGK Sài Gòn",
                                           "Công đoàn Công ty Than Hà Lầm - Vinacomin"]
