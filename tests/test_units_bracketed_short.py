"""A union named in full with a shorter name of its own in parentheses right after it, then written with that name,
is one unit named in full (enrich/unitsame.py ``in_brackets``)."""

from enrich import tag


def units(text: str) -> list[tuple[str, str]]:
    return sorted((u.name, u.level) for u in tag(text, published="2023-05-10").units)


def test_a_companys_union_with_its_short_name_in_brackets_is_one_unit() -> None:
    text = ("Nhân Tháng Công nhân, Công đoàn Công ty Điện lực Gia Lai (Công đoàn PC Gia Lai) đã trao 50 suất quà cho "
            "người lao động. Chủ tịch Công đoàn PC Gia Lai cho biết sẽ tiếp tục chăm lo cho đoàn viên.")
    assert units(text) == [("Công đoàn Công ty Điện lực Gia Lai", "grassroots")]


def test_a_short_name_with_an_acronym_and_the_province_in_brackets() -> None:
    text = ("Công đoàn Công ty Cổ phần Cấp thoát nước Lâm Đồng (Công đoàn LADOWASE Lâm Đồng) trao quà cho đoàn viên. "
            "Công đoàn LADOWASE Lâm Đồng cũng tổ chức hội thao.")
    assert units(text) == [("Công đoàn Công ty Cổ phần Cấp thoát nước Lâm Đồng", "grassroots")]


def test_the_short_name_without_the_full_one_stays_a_union() -> None:
    text = "Chủ tịch Công đoàn PC Gia Lai cho biết sẽ tiếp tục chăm lo cho đoàn viên."
    assert units(text) == [("Công đoàn PC Gia Lai", "grassroots")]


def test_a_superior_union_in_brackets_is_another_unit() -> None:
    text = "Công đoàn cơ sở Trường Tiểu học Kim Đồng (Công đoàn Giáo dục huyện Krông Pa) đã trao quà cho học sinh."
    assert len(units(text)) == 2


def test_another_provinces_name_in_brackets_is_another_unit() -> None:
    text = "Công đoàn Công ty Điện lực Gia Lai (Công đoàn PC Kon Tum) trao quà cho đoàn viên."
    assert len(units(text)) == 2


def test_a_union_past_the_brackets_close_is_another_unit() -> None:
    # the parentheses close before the second union; a ")" after it (a list's marker) closes nothing of the first's
    text = ("Công đoàn Công ty Cổ phần Môi trường Đô thị Đông Hà (Công đoàn cơ sở) trao quà cho đoàn viên; đơn vị phối "
            "hợp: a) Công đoàn Bệnh viện Đông Hà) b) Đoàn Thanh niên phường.")
    assert units(text) == [("Công đoàn Bệnh viện Đông Hà", "grassroots"),
                           ("Công đoàn Công ty Cổ phần Môi trường Đô thị Đông Hà", "grassroots")]


def test_the_short_name_closing_the_brackets_after_other_words_is_the_union() -> None:
    text = ("Công đoàn Công ty Điện lực Gia Lai (Công đoàn PC Gia Lai) đã trao 50 suất quà; 1) Công đoàn PC Gia Lai "
            "tổ chức hội thao.")
    assert units(text) == [("Công đoàn Công ty Điện lực Gia Lai", "grassroots")]
