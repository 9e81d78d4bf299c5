"""A district station's host ("daitienlang.vn": "đài" and one district's name, word of level district in
enrich/data/host_names.csv) places a page given without a source in that district, while it existed, as the sets
complete a bare "LĐLĐ huyện" on a district's site."""

from enrich.presshosts import host_district, host_province
from enrich.stream import tag_record


def test_a_district_stations_host_names_its_district() -> None:
    assert host_district("https://daitienlang.vn/?id=1764&page=newsdetails", "2018-11-09") == ("Hải Phòng", "Tiên Lãng")
    assert host_district("https://www.daitienlang.org.vn/tin", "2018-11-09") == ("Hải Phòng", "Tiên Lãng")
    assert host_province("https://daitienlang.vn/", "2018-11-09") is None  # a district's station, no province's


def test_no_district_where_the_name_is_several_or_gone() -> None:
    assert host_district("https://daichauthanh.vn/", "2018-11-09") is None  # Châu Thành: a district of several provinces
    assert host_district("https://daihanoi.vn/", "2018-11-09") is None
    assert host_district("https://daitienlang.vn/", "2025-08-01") is None  # the districts ended on 30 June 2025
    assert host_district("https://daitienlang.gov.vn/", "2018-11-09") is None


def test_a_bare_district_union_on_a_district_stations_page() -> None:
    record = {"id": "r1", "title": "LĐLĐ huyện biểu dương Nhà giáo tiêu biểu", "date": "2018-11-12",
              "text": "Sáng ngày 9/11, LĐLĐ huyện tổ chức hội nghị biểu dương Nhà giáo tiêu biểu giai đoạn 2013 - 2018.",
              "url": "https://daitienlang.vn/?id=1764&pNew=9&page=newsdetails"}
    assert [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]] == [
        ("Liên đoàn Lao động huyện Tiên Lãng", "district", "Hải Phòng")]


def test_a_district_media_centres_host_in_gov_vn_names_its_district() -> None:
    # "ttth" and one district's name, a host of gov.vn with no subdomain
    assert host_district("https://ttthbinhluc.gov.vn/?p=2041", "2020-03-02") == ("Hà Nam", "Bình Lục")
    assert host_district("https://www.ttthkrongpa.gov.vn/tin-tuc/x", "2020-03-02") == ("Gia Lai", "Krông Pa")
    assert host_province("https://ttthbinhluc.gov.vn/", "2020-03-02") is None


def test_no_media_centres_district_where_the_name_is_several_the_zone_other_or_gone() -> None:
    assert host_district("https://ttthchauthanh.gov.vn/", "2020-03-02") is None  # a district of several provinces
    assert host_district("https://ttthhanam.gov.vn/", "2020-03-02") is None  # a province's name
    assert host_district("https://ttth.binhluc.gov.vn/", "2020-03-02") is None  # a subdomain
    assert host_district("https://ttthbinhluc.vn/", "2020-03-02") is None  # the word is listed for gov.vn only
    assert host_district("https://ttthbinhluc.gov.vn/", "2025-08-01") is None  # the districts ended on 30 June 2025


def test_a_bare_district_union_on_a_district_media_centres_page() -> None:
    record = {"id": "r1", "title": None, "date": "2020-03-02",
              "text": "Chiều 2/3, Chủ tịch Liên đoàn Lao động huyện đã thăm và tặng quà công nhân Công ty may ở xã.",
              "url": "https://ttthbinhluc.gov.vn/?p=2041"}
    assert [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]] == [
        ("Liên đoàn Lao động huyện Bình Lục", "district", "Hà Nam")]
