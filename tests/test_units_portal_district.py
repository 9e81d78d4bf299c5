"""A district's own portal in gov.vn, a subdomain of its province's portal named by one district of that province
("phuhoa.phuyen.gov.vn"), places a page given without a source in that district as well as in the province
(enrich/presshosts.py ``portal_district``), so that a district's office union written with the district's type alone
after it ("Công đoàn Phòng Tài chính – kế hoạch huyện") is that district's office, as on a page the registry places
in one district (enrich/unitbaredistrict.py); not where the passage names another district of that type."""

import pytest

from enrich.presshosts import portal_district
from enrich.stream import tag_record


def _units(text: str, url: str | None, date: str = "2023-04-20", title: str | None = None,
           source: dict[str, str] | None = None) -> list[tuple[str, str, str | None]]:
    record = {"id": "r1", "text": text, "title": title, "date": date, "url": url, "source": source}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"] if u["role"] != "publisher"]


def test_a_district_portals_host_names_its_district() -> None:
    assert portal_district("https://camlam.khanhhoa.gov.vn/tin-tuc/x.html", "2023-04-20") == ("Khánh Hòa", "Cam Lâm")
    assert portal_district("https://www.ninhhoa.khanhhoa.gov.vn/", "2019-01-02") == ("Khánh Hòa", "Ninh Hòa")
    assert portal_district("https://quan5.hochiminhcity.gov.vn/", "2022-01-02") == ("Hồ Chí Minh", "Quận 5")


@pytest.mark.parametrize(("url", "date"), [
    ("https://khanhhoa.gov.vn/tin-tuc/x.html", "2023-04-20"),  # the province's own portal
    ("https://baokhanhhoa.vn/x.html", "2023-04-20"),  # the province's paper
    ("https://sonoivu.khanhhoa.gov.vn/x.html", "2023-04-20"),  # a department's site
    ("https://krongpa.khanhhoa.gov.vn/x.html", "2023-04-20"),  # Krông Pa is Gia Lai's
    ("https://kyanh.hatinh.gov.vn/x.html", "2020-04-20"),  # the district and the town of Kỳ Anh
    ("https://camlam.khanhhoa.gov.vn/x.html", "2025-08-01"),  # the districts ended on 30 June 2025
    ("https://camhai.camlam.khanhhoa.gov.vn/x.html", "2023-04-20"),  # a commune's portal
    ("https://camlam.khanhhoa.vn/x.html", "2023-04-20"),  # not the state's zone
])
def test_no_portal_district(url: str, date: str) -> None:
    assert portal_district(url, date) is None


@pytest.mark.parametrize(("host", "kind", "district"), [
    ("camlam", "huyện", "Cam Lâm"), ("ninhhoa", "thị xã", "Ninh Hòa"), ("camranh", "thành phố", "Cam Ranh")])
def test_a_district_offices_union_with_its_bare_type_on_its_districts_portal(host: str, kind: str, district: str) -> None:
    text = f"Sáng 20/4, Công đoàn Phòng Tài chính – kế hoạch {kind} tổ chức hội nghị cán bộ, công chức năm 2023."
    assert _units(text, f"https://{host}.khanhhoa.gov.vn/tin-tuc/x.html") == [
        (f"Công đoàn Phòng Tài chính – kế hoạch {kind} {district}", "grassroots", "Khánh Hòa")]


def test_the_office_in_the_title_without_its_type_is_the_same_office() -> None:
    title = "Công đoàn Phòng Lao động – Thương binh và Xã hội tổ chức hội nghị"
    text = ("Chiều 20/4, Công đoàn Phòng Lao động – Thương binh và Xã hội huyện tổ chức hội nghị cán bộ, công chức. "
            "Ban Chấp hành Công đoàn Phòng Lao động – Thương binh và Xã hội huyện đã báo cáo kết quả.")
    assert _units(text, "https://dienkhanh.khanhhoa.gov.vn/x.html", title=title) == [
        ("Công đoàn Phòng Lao động – Thương binh và Xã hội huyện Diên Khánh", "grassroots", "Khánh Hòa")]


def test_the_registrys_district_completes_it_too() -> None:
    source = {"name": "Ủy ban nhân dân huyện Cam Lâm", "level": "district", "province": "Khánh Hòa",
              "district": "Cam Lâm"}
    text = "Sáng 20/4, Công đoàn Phòng Tài chính – kế hoạch huyện tổ chức hội nghị cán bộ, công chức năm 2023."
    assert ("Công đoàn Phòng Tài chính – kế hoạch huyện Cam Lâm", "grassroots", "Khánh Hòa") in _units(
        text, None, source=source)


@pytest.mark.parametrize("url", [
    "https://khanhhoa.gov.vn/tin-tuc/x.html", "https://baokhanhhoa.vn/x.html", "https://krongpa.khanhhoa.gov.vn/x.html"])
def test_no_district_from_a_province_portal_a_paper_or_no_districts_host(url: str) -> None:
    text = "Sáng 20/4, Công đoàn Phòng Tài chính – kế hoạch huyện tổ chức hội nghị cán bộ, công chức năm 2023."
    assert _units(text, url) == [("Công đoàn Phòng Tài chính – kế hoạch", "grassroots", "Khánh Hòa")]


def test_a_passage_naming_another_district_is_not_the_portals() -> None:
    text = ("Sáng 20/4, UBND huyện Khánh Vĩnh tổ chức hội nghị. Công đoàn Phòng Tài chính – kế hoạch huyện "
            "đã trao quà cho đoàn viên.")
    found = _units(text, "https://camlam.khanhhoa.gov.vn/x.html")
    assert ("Công đoàn Phòng Tài chính – kế hoạch huyện Khánh Vĩnh", "grassroots", "Khánh Hòa") in found
    assert not any("Cam Lâm" in name for name, _, _ in found)


def test_a_passage_naming_another_district_is_not_the_registrys_either() -> None:
    source = {"name": "Ủy ban nhân dân huyện Cam Lâm", "level": "district", "province": "Khánh Hòa",
              "district": "Cam Lâm"}
    text = ("Sáng 20/4, UBND huyện Khánh Sơn tổ chức hội nghị. Công đoàn Phòng Tài chính – kế hoạch huyện "
            "đã trao quà cho đoàn viên.")
    found = _units(text, None, source=source)
    assert ("Công đoàn Phòng Tài chính – kế hoạch huyện Khánh Sơn", "grassroots", "Khánh Hòa") in found
    assert not any(name.startswith("Công đoàn Phòng") and "Cam Lâm" in name for name, _, _ in found)


def test_a_city_type_alone_after_another_kind_of_union_is_left_as_before() -> None:
    """"thành phố" alone is the district city's only after a district's office."""
    text = "Sáng 20/4, Công đoàn Bệnh viện Đa khoa thành phố tổ chức hội nghị cán bộ, viên chức năm 2023."
    found = _units(text, "https://camranh.khanhhoa.gov.vn/x.html")
    assert not any("Cam Ranh" in name for name, _, _ in found)
