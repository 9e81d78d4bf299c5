"""A national nghiệp đoàn: "Nghiệp đoàn Nghề cá Việt Nam", set up by the central agriculture union over the local
fishing nghiệp đoàn, is a unit at sector level with no province; a self-styled group with an unlisted trade
("Nghiệp đoàn y tế Việt Nam"), the trade in lower case, or a longer name are not (enrich/unitnd.py)."""

import pytest

from enrich import tag

NATIONAL = ("Nghiệp đoàn Nghề cá Việt Nam", "sector", None)


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(title="", text=text, source=None, published="2022-09-20").units]


@pytest.mark.parametrize("text", [
    "Nghiệp đoàn Nghề cá Việt Nam thường xuyên tổng hợp kiến nghị của ngư dân.",
    "Nghiệp đoàn Nghề cá Việt Nam - Niềm tin của đoàn viên, ngư dân",
    "Đại diện NĐ Nghề cá Việt Nam (VNFU) dự hội nghị.",
])
def test_the_national_fishing_nghiep_doan(text: str) -> None:
    assert units(text) == [NATIONAL]


@pytest.mark.parametrize("text", [
    "Nghiệp đoàn y tế Việt Nam là một cộng đồng mở của các chuyên gia.",
    "Nghiệp đoàn Y tế Việt Nam là một nghiệp đoàn độc lập.",
    "Các nghiệp đoàn nghề cá Việt Nam đã hoạt động hiệu quả.",
    "Nghiệp đoàn nghề cá Việt Nam tổ chức hội nghị.",
])
def test_look_alikes_are_no_national_nghiep_doan(text: str) -> None:
    assert NATIONAL not in units(text)


def test_a_longer_name_is_not_the_national_one() -> None:
    assert NATIONAL not in units("Nghiệp đoàn Nghề cá Việt Nam Hải Phòng tổ chức hội nghị.")
    assert units("Nghiệp đoàn Nghề cá Cát Khánh tổ chức hội nghị.") == [("Nghiệp đoàn Nghề cá Cát Khánh", "grassroots", None)]
