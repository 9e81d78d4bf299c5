"""Provinces split before 1997 (enrich/data/provinces_former.csv) and the provincial unions' names before November
1988 ("Liên hiệp Công đoàn tỉnh X", rows of units.csv): a union named so lies in that province, whose 2025 province is
none (it was split), and the name is read only as a union's, never as a place in free text."""

from enrich import tag
from enrich.hostnames import province_names
from enrich.units import SourceContext


def units(text: str, published: str | None = None,
          source: SourceContext | None = None) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((u.name, u.level, u.province, u.province_new)
                  for u in tag(text, published=published, source=source).units if u.role != "publisher")


def test_a_former_provinces_union_under_both_names() -> None:
    text = ("Đồng chí Nguyễn Văn An - Thư ký Liên hiệp Công đoàn tỉnh Hà Bắc khóa III, sau là Chủ tịch Liên đoàn Lao "
            "động tỉnh Hà Bắc khóa IV.")
    assert units(text, "1992-05-01") == [
        ("Liên hiệp Công đoàn tỉnh Hà Bắc", "province", "Hà Bắc", None),
        ("Liên đoàn Lao động tỉnh Hà Bắc", "province", "Hà Bắc", None)]


def test_the_earlier_name_of_a_province_that_remains() -> None:
    text = "Năm 1985, liên hiệp Công đoàn thành phố Hà Nội phát động thi đua trong công nhân viên chức."
    assert units(text, "1985-06-01") == [("Liên hiệp Công đoàn thành phố Hà Nội", "province", "Hà Nội", "Hà Nội")]


def test_a_former_province_written_with_a_dash() -> None:
    text = "Chủ tịch LĐLĐ tỉnh Quảng Nam - Đà Nẵng dự hội nghị."
    assert units(text, "1995-03-01") == [
        ("Liên đoàn Lao động tỉnh Quảng Nam - Đà Nẵng", "province", "Quảng Nam - Đà Nẵng", None)]


def test_a_former_provinces_name_is_no_place_in_free_text() -> None:
    text = "LĐLĐ tỉnh tổ chức hội nghị về lao động di cư ở đồng bằng sông Cửu Long."
    assert all(province != "Cửu Long" for _, _, province, _ in units(text, "2023-05-01"))
    assert "cuulong" not in province_names() and "songbe" not in province_names()


def test_a_national_sector_unions_earlier_name() -> None:
    text = "Từ năm 1971 đến năm 1980, Công đoàn ngành Điện Than Việt Nam tập hợp công nhân hai ngành."
    assert units(text, "2019-01-01") == [("Công đoàn ngành Điện Than Việt Nam", "sector", None, None)]


def test_the_publishers_own_union_under_its_earlier_name() -> None:
    text = "(Tháng 7/1977), với tên gọi là Liên hiệp Công đoàn tỉnh Tây Ninh. BCH gồm 25 ủy viên."
    own = SourceContext("Liên đoàn Lao động tỉnh Tây Ninh", "province", "Tây Ninh")
    assert units(text, source=own) == [("Liên đoàn Lao động tỉnh Tây Ninh", "province", "Tây Ninh", "Tây Ninh")]
    assert units(text) == [("Liên hiệp Công đoàn tỉnh Tây Ninh", "province", "Tây Ninh", "Tây Ninh")]


def test_a_merged_provinces_union_on_the_new_unions_site_stays_its_own() -> None:
    text = "Liên đoàn Lao động tỉnh Bình Dương tổng kết hoạt động năm 2024."
    own = SourceContext("Liên đoàn Lao động Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh")
    assert [name for name, *_ in units(text, "2025-08-01", own)] == ["Liên đoàn Lao động tỉnh Bình Dương"]


def test_ha_tay_merged_into_ha_noi_in_2008() -> None:
    """Hà Tây (1991-2008, from Hà Sơn Bình; merged whole into Hà Nội on 1 August 2008) is a former province of the
    data: its union lies in Hà Tây then and in Hà Nội since 2025, and its name is no place in free text."""
    text = "Năm 2005, Liên đoàn Lao động tỉnh Hà Tây tổ chức Đại hội Công đoàn tỉnh lần thứ XIV."
    assert units(text, "2005-10-01") == [("Liên đoàn Lao động tỉnh Hà Tây", "province", "Hà Tây", "Hà Nội")]
    assert units("Chủ tịch LĐLĐ Hà Tây dự hội nghị.", "2006-03-01") == [
        ("Liên đoàn Lao động tỉnh Hà Tây", "province", "Hà Tây", "Hà Nội")]
    assert all(province != "Hà Tây" for _, _, province, _ in units(
        "LĐLĐ tỉnh tổ chức hội nghị cho công nhân quê ở Hà Tây cũ.", "2023-05-01"))
    assert "hatay" not in province_names()
