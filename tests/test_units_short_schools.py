"""A school's union written short, "Công đoàn Trường X" with the head "Trường" and the school's own name alone,
after the passage named one school whose full name ends with that name: that school's union, not another
unit ("công đoàn Trường Chinh" after "Công đoàn Trường THPT Trường Chinh"). Every sentence here is composed
for the test."""

from __future__ import annotations

from enrich.units import tag_units


def units(text: str, title: str | None = None) -> list[tuple[str, str]]:
    return sorted({(u.unit_id, u.name) for u in tag_units(text, title=title, published="2025-08-20")
                   if u.role != "publisher"})


def test_the_short_form_is_the_school_named_before() -> None:
    got = units("Nhưng công đoàn Trường Chinh không chỉ dừng lại ở việc tổ chức phong trào.",
                title="Công đoàn Trường THPT Trường Chinh: điểm tựa đoàn kết")
    assert [name for _, name in got] == ["Công đoàn Trường THPT Trường Chinh"]
    got = units("Công đoàn Trường THCS Lê Lợi tổ chức hội thao. Công đoàn Trường Lê Lợi trao 20 suất quà.")
    assert [name for _, name in got] == ["Công đoàn Trường THCS Lê Lợi"]


def test_no_school_named_before_or_two_leave_the_short_form_as_written() -> None:
    got = units("Công đoàn Trường Lê Lợi trao 20 suất quà. Công đoàn Trường THCS Lê Lợi tổ chức hội thao.")
    assert [name for _, name in got] == ["Công đoàn Trường Lê Lợi", "Công đoàn Trường THCS Lê Lợi"]
    got = units("Công đoàn Trường THCS Lê Lợi và Công đoàn Trường Tiểu học Lê Lợi tổ chức hội thao. Công đoàn "
                "Trường Lê Lợi trao 20 suất quà.")
    assert [name for _, name in got] == ["Công đoàn Trường Lê Lợi", "Công đoàn Trường THCS Lê Lợi",
                                         "Công đoàn Trường Tiểu học Lê Lợi"]


def test_a_level_written_is_no_short_form() -> None:
    # "Trường THPT Lê Lợi" is another school than "Trường THCS và THPT Lê Lợi", though its name ends the same
    got = units("Công đoàn Trường THCS và THPT Lê Lợi tổ chức hội thao. Công đoàn Trường THPT Lê Lợi trao quà.")
    assert [name for _, name in got] == ["Công đoàn Trường THCS và THPT Lê Lợi", "Công đoàn Trường THPT Lê Lợi"]
