"""A grassroots union's body written short and then with its district's type alone ("Công đoàn cơ sở TAND huyện"),
beside the body named with its district ("Chánh án TAND huyện Vĩnh Thạnh"): the body is completed once with that
district, never with the district written twice ("... huyện Vĩnh Thạnh huyện Vĩnh Thạnh"). Every sentence here is
composed for the test."""

from __future__ import annotations

from enrich.units import SourceContext
from tests import unit_tags

CAN_THO = SourceContext("Liên đoàn Lao động thành phố Cần Thơ", "province", "Cần Thơ")


def grassroots(text: str, source: SourceContext | None) -> set[str]:
    return {n for n, level, _ in unit_tags.units(text, source=source, date="2017-07-07") if level == "grassroots"}


TEXT = ("Dự Đại hội có đồng chí Lê Văn Ba – Chánh án TAND huyện Vĩnh Thạnh cùng đoàn viên Công đoàn cơ sở TAND "
        "huyện.\n\nĐồng chí biểu dương kết quả của Công đoàn cơ sở TAND huyện Vĩnh Thạnh trong nhiệm kỳ qua.")


def test_the_district_is_written_once_on_a_page_no_source_places() -> None:
    names = grassroots(TEXT, None)
    assert names == {"Công đoàn cơ sở Tòa án nhân dân huyện Vĩnh Thạnh"}


def test_the_district_is_written_once_on_a_provincial_union_s_page() -> None:
    names = grassroots(TEXT, CAN_THO)
    assert names == {"Công đoàn cơ sở Tòa án nhân dân huyện Vĩnh Thạnh"}
