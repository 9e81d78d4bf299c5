"""A grassroots union of a central agency's head office (group ``capital_seat``: a general
department, "Tổng cục ...", or the head office of a body named with its central level, "Cơ quan NHNN Trung ương")
lies in Hà Nội, where the central agencies sit, whatever page names it (b17u022, b17u031, as b11u016 and b17u020 label them); a
department's provincial office, a central hospital and a corporation's head office are not placed so."""

from enrich import tag


def _placed(text: str, published: str = "2023-05-31") -> list[tuple[str, str | None]]:
    return sorted((u.name, u.province) for u in tag(text, published=published).units if u.level == "grassroots")


def test_a_general_department_s_office_union_is_in_ha_noi() -> None:
    assert _placed("Ngày 30/5/2023, Công đoàn cơ quan Tổng cục Hải quan tổ chức Đại hội đại biểu lần thứ X.") == [
        ("Công đoàn Cơ quan Tổng cục Hải quan", "Hà Nội")]


def test_a_central_head_office_named_with_its_level() -> None:
    assert _placed("Đồng chí Lê Văn An - Chủ tịch Công đoàn Cơ quan NHNN Trung ương phát biểu khai mạc giải.") == [
        ("Công đoàn Cơ quan NHNN Trung ương", "Hà Nội")]


def test_others_are_not_placed_in_the_capital() -> None:
    assert _placed("Công đoàn Bệnh viện Y học cổ truyền Trung ương tổ chức hội nghị người lao động.") == [
        ("Công đoàn Bệnh viện Y học cổ truyền Trung ương", None)]
    assert _placed("Công đoàn Cơ quan Tổng công ty Hàng hải Việt Nam tổ chức hội nghị người lao động.") == [
        ("Công đoàn Cơ quan Tổng công ty Hàng hải Việt Nam", None)]
    assert _placed("Công đoàn Cục Thống kê Bình Định tổ chức hội nghị người lao động.") == [
        ("Công đoàn Cục Thống kê Bình Định", "Bình Định")]


def test_wherever_the_page_is() -> None:  # as a well-known hospital is placed by institutions.csv
    text = ("Liên đoàn Lao động tỉnh Quảng Ninh và Công đoàn cơ quan Tổng cục Hải quan ký kết chương trình phối hợp.")
    assert _placed(text) == [("Công đoàn Cơ quan Tổng cục Hải quan", "Hà Nội")]
