"""A company named by its site's trade and a district's name ("Công ty Than Hạ Long", "Công ty Nhiệt điện Bà Rịa": a
mine, a power plant, a port where it stands; word group ``site_trade``) lies in that district's province, as on the
date; a company named by another trade and a district's name keeps the district as its brand (no province)."""

from enrich import tag


def _placed(text: str, published: str) -> list[tuple[str, str | None]]:
    return sorted((u.name, u.province) for u in tag(text, published=published).units if u.level == "grassroots")


def test_a_coal_company_named_after_its_district() -> None:
    assert _placed("Ngày 12/3, Công đoàn Công ty Than Cẩm Phả tổ chức tặng quà người lao động.", "2024-03-12") == [
        ("Công đoàn Công ty Than Cẩm Phả", "Quảng Ninh")]


def test_a_power_plant_s_company_in_its_district_s_province_as_on_the_date() -> None:
    text = "Ông Võ Nhu - Chủ tịch Công đoàn Công ty Nhiệt điện Bà Rịa khích lệ tinh thần người lao động."
    assert _placed(text, "2024-08-29") == [("Công đoàn Công ty Nhiệt điện Bà Rịa", "Bà Rịa - Vũng Tàu")]
    assert _placed(text, "2025-08-29") == [("Công đoàn Công ty Nhiệt điện Bà Rịa", "Hồ Chí Minh")]


def test_a_hydropower_company_and_a_port_too() -> None:
    assert _placed("Công đoàn Công ty Cổ phần Thủy điện Mường La tổ chức giao lưu văn nghệ.", "2023-05-01") == [
        ("Công đoàn Công ty Cổ phần Thủy điện Mường La", "Sơn La")]
    assert _placed("Công đoàn Công ty Cảng Nghi Sơn tổ chức giao lưu văn nghệ.", "2023-05-01") == [
        ("Công đoàn Công ty Cảng Nghi Sơn", "Thanh Hóa")]


def test_another_trade_s_district_name_stays_a_brand() -> None:
    assert _placed("Công đoàn Công ty May Hạ Long tổ chức hội thi tay nghề.", "2024-03-12") == [
        ("Công đoàn Công ty May Hạ Long", None)]
