"""A provincial paper's or portal's page given with no source is read in its province
(enrich/data/press_hosts.csv); economic-zone unions named with and without their province are one."""

from urllib.parse import urlsplit

import pytest

from enrich import tag
from enrich.gazetteer import gazetteer
from enrich.presshosts import host_province, press_hosts
from enrich.stream import tag_record
from enrich.units import SourceContext


def units(text: str, url: str | None, date: str) -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": date, "url": url}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]]


@pytest.mark.parametrize("text, url, date, want", [
    ("Sở Y tế phối hợp với Công đoàn ngành y tế tổ chức giải thể thao ngành y tế.",
     "https://baolaocai.vn/giai-the-thao-nganh-y-te-post1.html", "2023-10-07",
     ("Công đoàn ngành Y tế tỉnh Lào Cai", "sector", "Lào Cai")),
    ("Công đoàn Viên chức tỉnh phối hợp tổ chức Giải cầu lông năm 2021.",
     "https://baonamdinh.vn/channel/5083/202104/giai-cau-long-1/", "2021-04-28",
     ("Công đoàn Viên chức tỉnh Nam Định", "sector", "Nam Định")),
    ("Công đoàn cơ sở Sở Văn hóa, Thể thao và Du lịch tỉnh tổ chức đại hội.",
     "https://www.baotuyenquang.com.vn/xa-hoi/dai-hoi-1.html", "2023-03-01",
     ("Công đoàn cơ sở Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang", "grassroots", "Tuyên Quang")),
    ("Tại sân bay Phú Bài, Liên đoàn Lao động thành phố tặng quà cho đoàn viên về quê đón Tết.",
     "https://huengaynay.vn/chinh-tri-xa-hoi/tang-qua-1.html", "2026-02-12",
     ("Liên đoàn Lao động thành phố Huế", "province", "Huế")),
    ("Liên đoàn Lao động tỉnh tặng quà cho đoàn viên về quê đón Tết.",
     "https://huengaynay.vn/chinh-tri-xa-hoi/tang-qua-2.html", "2023-01-12",
     ("Liên đoàn Lao động tỉnh Thừa Thiên Huế", "province", "Thừa Thiên Huế")),
])
def test_a_bare_place_is_the_papers_province(text: str, url: str, date: str, want: tuple) -> None:
    assert want in units(text, url, date)


@pytest.mark.parametrize("text, url, date, want", [
    # provincial papers met in the labelled sets and listed since (Thái Bình, Hà Giang, Hà Nam, Lạng Sơn, Bình
    # Phước, Thừa Thiên Huế / Huế)
    ("Lãnh đạo Liên đoàn Lao động tỉnh, Công đoàn Viên chức tỉnh tuyên dương cán bộ công đoàn.",
     "https://baothaibinh.com.vn/tin-tuc/14/1/tuyen-duong", "2024-07-19",
     ("Liên đoàn Lao động tỉnh Thái Bình", "province", "Thái Bình")),
    ("Lãnh đạo Liên đoàn Lao động tỉnh, Công đoàn Viên chức tỉnh tuyên dương cán bộ công đoàn.",
     "https://baothaibinh.com.vn/tin-tuc/14/1/tuyen-duong", "2024-07-19",
     ("Công đoàn Viên chức tỉnh Thái Bình", "sector", "Thái Bình")),
    ("Liên đoàn Lao động tỉnh phát động cuộc thi viết.", "http://baohagiang.vn/thong-tin/201904/cuoc-thi-1/",
     "2019-04-04", ("Liên đoàn Lao động tỉnh Hà Giang", "province", "Hà Giang")),
    ("Công đoàn Viên chức tỉnh tổ chức hội thao.", "https://baohanam.com.vn/xa-hoi/hoi-thao-1.html", "2022-05-01",
     ("Công đoàn Viên chức tỉnh Hà Nam", "sector", "Hà Nam")),
    ("Liên đoàn Lao động tỉnh trao quà cho công nhân.", "https://baolangson.vn/xa-hoi/1-trao-qua.html", "2020-01-10",
     ("Liên đoàn Lao động tỉnh Lạng Sơn", "province", "Lạng Sơn")),
    ("Liên đoàn Lao động tỉnh trao quà cho công nhân.", "https://baobinhphuoc.com.vn/news/15/1/trao-qua",
     "2021-01-10", ("Liên đoàn Lao động tỉnh Bình Phước", "province", "Bình Phước")),
    ("LĐLĐ tỉnh trao quà cho lao động nghèo.", "https://baothuathienhue.vn/chinh-tri-xa-hoi/qua-1.html",
     "2023-01-10", ("Liên đoàn Lao động tỉnh Thừa Thiên Huế", "province", "Thừa Thiên Huế")),
    ("Liên đoàn Lao động thành phố trao quà cho lao động nghèo.", "https://baothuathienhue.vn/xa-hoi/qua-2.html",
     "2025-02-10", ("Liên đoàn Lao động thành phố Huế", "province", "Huế")),
])
def test_more_provincial_papers_give_their_province(text: str, url: str, date: str, want: tuple) -> None:
    assert want in units(text, url, date)


@pytest.mark.parametrize("text, url, date, want", [
    # a listed paper's mobile edition is the paper: its province, not the city the passage names
    ("Liên đoàn lao động tỉnh phân bổ 850 phần quà cho công nhân. Các nghệ sĩ đến từ TP. Hồ Chí Minh biểu diễn.",
     "https://m.baolaocai.vn/qua-tet-1.html", "2019-01-15", ("Liên đoàn Lao động tỉnh Lào Cai", "province", "Lào Cai")),
    # a province's government portal in gov.vn, its departments' and districts' sites under it
    ("Công đoàn viên chức tỉnh phối hợp với Sở Y tế tổ chức giải cầu lông tại Hội trường Liên đoàn Lao động tỉnh.",
     "https://thanhhoa.gov.vn/web/guest/tin?p_p_id=1", "2023-01-06",
     ("Công đoàn Viên chức tỉnh Thanh Hóa", "sector", "Thanh Hóa")),
    ("Công đoàn viên chức tỉnh phối hợp với Sở Y tế tổ chức giải cầu lông tại Hội trường Liên đoàn Lao động tỉnh.",
     "https://thanhhoa.gov.vn/web/guest/tin?p_p_id=1", "2023-01-06",
     ("Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa")),
    ("Liên đoàn Lao động tỉnh trao quà cho công nhân.", "https://soyte.quangbinh.gov.vn/tin-1.html", "2022-01-20",
     ("Liên đoàn Lao động tỉnh Quảng Bình", "province", "Quảng Bình")),
    ("Liên đoàn Lao động tỉnh trao quà cho công nhân.", "https://www.baria-vungtau.gov.vn/tin-1.html", "2022-01-20",
     ("Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu")),
])
def test_a_papers_subdomain_and_a_provinces_portal_give_the_province(text: str, url: str, date: str,
                                                                      want: tuple) -> None:
    assert want in units(text, url, date)


@pytest.mark.parametrize("url", [
    "https://thanhlongan.gov.vn/tin-1.html",  # a name that only contains a province's is not its portal
    "https://moh.gov.vn/tin-1.html",  # a ministry's portal
    "https://thanhhoa.gov.vn.example.org/tin-1.html",  # not in gov.vn
])
def test_no_province_from_other_state_hosts(url: str) -> None:
    assert host_province(url, "2022-01-20") is None


@pytest.mark.parametrize("url", [
    None,
    "https://nld.com.vn/cong-doan/giai-the-thao-1.htm",  # a national paper writes of every province
    "https://baolaocai.example.org/giai-the-thao-1.html",  # not the paper's host
])
def test_no_province_without_a_listed_host(url: str | None) -> None:
    got = units("Sở Y tế phối hợp với Công đoàn ngành y tế tổ chức giải thể thao.", url, "2023-10-07")
    assert not any(level == "sector" for _, level, _ in got)
    assert not any("Hồ Chí Minh" in name for name, _, _ in
                   units("Liên đoàn Lao động thành phố tặng quà cho đoàn viên.", url, "2026-02-12"))


def test_a_given_source_wins_over_the_host() -> None:
    record = {"id": "x", "text": "Công đoàn Viên chức tỉnh tổ chức giải cầu lông.", "date": "2021-04-28",
              "url": "https://baonamdinh.vn/a-1/", "source": {"level": "province", "province": "Thái Bình"}}
    assert [u["province"] for u in tag_record(record, [])["units"]] == ["Thái Bình"]


def test_every_host_is_a_province_with_evidence() -> None:
    gaz = gazetteer()
    assert press_hosts()
    for host, rows in press_hosts().items():
        assert host == host.lower() and not host.startswith("www.")
        for row in rows:
            assert gaz.find_province(row["province"], row["active_from"] or None), row
            assert row["verified"] in ("yes", "no") and row["kind"] in ("paper", "portal", "station"), row
            shown = urlsplit(row["source"].split()[0]).hostname.removeprefix("www.")
            assert shown == host or shown.endswith("." + host), row  # the host or its mobile edition
    assert host_province("https://huengaynay.vn/a.html", "2024-06-01") == "Thừa Thiên Huế"
    assert host_province("https://huengaynay.vn/a.html", "2025-06-01") == "Huế"


NGHE_AN = SourceContext("Liên đoàn Lao động tỉnh Nghệ An", "province", "Nghệ An")


def test_an_economic_zone_named_with_and_without_its_province_is_one_unit() -> None:
    got = tag("Công đoàn Khu kinh tế Đông Nam và Tỉnh đoàn tặng quà. Công đoàn KKT Đông Nam Nghệ An trao 20 suất quà.",
              source=NGHE_AN, published="2021-05-01").units
    zone = [u for u in got if u.level == "sector"]
    assert [(u.unit_id, u.name, u.province) for u in zone] == [
        ("cd-kcn-nghe-an--dong-nam", "Công đoàn Khu kinh tế Đông Nam Nghệ An", "Nghệ An")]


@pytest.mark.parametrize("text", [
    "Việc thành lập công đoàn các khu công nghiệp sẽ tạo sinh lực mới cho tổ chức công đoàn.",
    "Lãnh đạo Công ty và Ban Công đoàn Khu Công nghiệp tỉnh trao quà hỗ trợ công nhân.",
])
def test_no_zone_union_of_a_kind_or_of_a_department(text: str) -> None:
    got = tag(text, source=SourceContext(None, "province", "Phú Thọ"), published="2026-02-07").units
    assert not [u for u in got if u.level == "sector"]


def test_the_zone_union_named_with_its_province_stays() -> None:
    got = tag("Công đoàn các Khu công nghiệp trao quà Tết.", source=SourceContext(None, "province", "Bắc Ninh"),
              published="2022-01-20").units
    assert [u.name for u in got] == ["Công đoàn các Khu công nghiệp tỉnh Bắc Ninh"]


def test_a_grassroots_union_named_with_and_without_its_province_is_one() -> None:
    text = ("Sáng 25-2, Công đoàn cơ sở Kho bạc Nhà nước tỉnh tổ chức Đại hội lần thứ IX. Văn kiện Đại hội "
            "Công đoàn cơ sở Kho bạc Nhà nước có sự chuẩn bị chu đáo.")
    got = tag(text, source=SourceContext(None, "province", "Tuyên Quang"), published="2023-02-25").units
    assert [u.name for u in got] == ["Công đoàn cơ sở Kho bạc Nhà nước tỉnh Tuyên Quang"]


@pytest.mark.parametrize("text, want", [
    ("LĐLĐ huyện Phú Quý vừa phối hợp tổ chức Hội thao công nhân viên chức lao động năm 2022.",
     ("Liên đoàn Lao động huyện Phú Quí", "district", "Bình Thuận")),
    ("Liên đoàn Lao động thành phố Qui Nhơn trao quà cho công nhân.",
     ("Liên đoàn Lao động thành phố Quy Nhơn", "district", "Bình Định")),
])
def test_a_place_spelt_with_quy_or_qui_is_found(text: str, want: tuple) -> None:
    assert want in [(u.name, u.level, u.province) for u in tag(text, published="2022-09-01").units]


def test_a_bare_district_union_takes_the_numbered_district_the_passage_names() -> None:
    text = "Dịp này, LĐLĐ quận đã trao 13 phần quà. Lãnh đạo quận 2 tặng quà cho công nhân."
    assert [(u.name, u.level, u.province) for u in tag(text, published="2013-05-03").units] == [
        ("Liên đoàn Lao động quận 2", "district", "Hồ Chí Minh")]
    two = "Dịp này, LĐLĐ quận đã trao quà cho công nhân quận 10 và quận 3."
    assert not tag(two, published="2013-05-03").units  # two districts named: neither


@pytest.mark.parametrize("text, url, date, want", [
    # a school's site under its district's education office: the district's province, the new one after July 2025
    ("Chiều 20/10, công đoàn trường THCS Lương Thế Vinh tổ chức giao lưu với công đoàn UBND xã Hùng An.",
     "http://thcsluongthevinh.bacquang.edu.vn/tin-tuc/giao-luu.html", "2023-10-24",
     ("Công đoàn Trường THCS Lương Thế Vinh", "grassroots", "Hà Giang")),
    ("Chiều 20/10, công đoàn trường THCS Lương Thế Vinh tổ chức giao lưu với công đoàn UBND xã Hùng An.",
     "http://thcsluongthevinh.bacquang.edu.vn/tin-tuc/giao-luu.html", "2023-10-24",
     ("Công đoàn UBND xã Hùng An", "grassroots", "Hà Giang")),
    ("Công đoàn trường THCS Lương Thế Vinh tổ chức đại hội.",
     "http://thcsluongthevinh.bacquang.edu.vn/tin-tuc/dai-hoi.html", "2025-10-24",
     ("Công đoàn Trường THCS Lương Thế Vinh", "grassroots", "Tuyên Quang")),
    # the office's "pgd" before the district's name; a province's education department
    ("Công đoàn trường Tiểu học Kim Giang tổ chức hội thi.", "https://thkimgiang.pgdthanhxuan.edu.vn/tin/1.html",
     "2024-03-01", ("Công đoàn Trường Tiểu học Kim Giang", "grassroots", "Hà Nội")),
    ("Công đoàn trường Tiểu học Tân Dân tổ chức hội thi.", "https://thtandan.haiphong.edu.vn/tin/1.html",
     "2024-03-01", ("Công đoàn Trường Tiểu học Tân Dân", "grassroots", "Hải Phòng")),
])
def test_a_schools_site_under_an_education_office_gives_its_province(text: str, url: str, date: str,
                                                                    want: tuple) -> None:
    assert want in units(text, url, date)


@pytest.mark.parametrize("url", [
    "https://mgtanbinh.pgdchauthanh.edu.vn/tin/1.html",  # several districts are called Châu Thành
    "https://thcstrungphung.edu.vn/tin/1.html",  # a school's own host names no office
    "https://thanglong.edu.vn/tin/1.html",  # nor a university's
])
def test_an_edu_host_naming_no_one_office_gives_no_province(url: str) -> None:
    assert host_province(url, "2024-03-01") is None
