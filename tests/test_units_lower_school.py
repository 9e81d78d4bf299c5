"""A bare lower-case "công đoàn trường" that "nói riêng" ends is the union of the one school the passage named before
it, a school written in lower case too ("trường mầm non Trung Giã")."""

from enrich import tag
from enrich.units import SourceContext

HA_NOI = SourceContext(None, "province", "Hà Nội")


def units(text: str) -> list[tuple[str, str, str | None]]:
    return [(u.name, u.level, u.province) for u in tag(text, source=HA_NOI, published="2020-06-01").units]


def test_the_schools_union_in_particular_is_the_school_named_in_lower_case_before() -> None:
    text = ("Cô Nguyễn Thị Lan, hiệu phó trường tiểu học Kim Liên, lên nhận giấy khen. Đây là niềm vui của công đoàn "
            "trường nói riêng và của nhà trường nói chung.")
    assert units(text) == [("Công đoàn Trường Tiểu học Kim Liên", "grassroots", "Hà Nội")]


def test_no_school_named_before_gives_no_union() -> None:
    text = "Đây là niềm vui của công đoàn trường nói riêng và của ngành giáo dục nói chung."
    assert not [u for u in units(text) if u[0].startswith("Công đoàn Trường")]
