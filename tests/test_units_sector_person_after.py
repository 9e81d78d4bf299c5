"""A province's sector union written bare after a title and followed by its officer's name ("Phó Chủ tịch Công
đoàn ngành Y tế Lò Thị Mai"): the name is a person's, not a place's, and the union is the sector's of the province
the passage names, as without the name. A person's name is a listed surname and one to three more capitalised words,
or three or four capitalised words whose second is a middle name (group ``middle_name``: "Thị", "Văn"). Every
sentence here is composed for the test."""

from __future__ import annotations

from enrich.units import tag_units


def sectors(text: str) -> list[tuple[str, str | None]]:
    return [(u.name, u.province) for u in tag_units(text, published="2019-03-05") if u.level == "sector"]


def test_a_surname_after_the_sector() -> None:
    text = ("Ngày 5/3, Công đoàn cơ sở Văn phòng Sở Y tế tỉnh Sơn La tổ chức đại hội. Dự có Phó Chủ tịch Công "
            "đoàn ngành Y tế Nguyễn Văn Tùng cùng toàn thể đoàn viên.")
    assert sectors(text) == [("Công đoàn ngành Y tế tỉnh Sơn La", "Sơn La")]


def test_a_middle_name_after_the_sector() -> None:
    text = ("Ngày 5/3, Công đoàn cơ sở Văn phòng Sở Y tế tỉnh Sơn La tổ chức đại hội. Dự có Phó Chủ tịch Công "
            "đoàn ngành Y tế Lò Thị Mai cùng toàn thể đoàn viên.")
    assert sectors(text) == [("Công đoàn ngành Y tế tỉnh Sơn La", "Sơn La")]


def test_a_district_after_the_sector_is_kept() -> None:
    text = "Ngày 5/3, tại tỉnh Sơn La, Chủ tịch Công đoàn ngành Giáo dục Mai Sơn đã trao quà cho giáo viên."
    assert sectors(text) == [("Công đoàn ngành Giáo dục huyện Mai Sơn", "Sơn La")]
