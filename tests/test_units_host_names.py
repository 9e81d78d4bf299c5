"""A provincial body's host that holds its province's name with a listed word or between hyphens gives the page's
province (enrich/hostnames.py, enrich/data/host_names.csv)."""

import pytest

from enrich import hostnames
from enrich.hostnames import host_words
from enrich.presshosts import host_province
from enrich.stream import tag_record
from tests.cached_data import loading


def units(text: str, url: str, date: str = "2022-09-08") -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": date, "url": url}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]]


@pytest.mark.parametrize("url, want", [
    ("http://dost-bentre.gov.vn/tin-tuc/1/a", "Bến Tre"),  # between hyphens
    ("http://skhcn-ba-ria-vung-tau.gov.vn/a", "Bà Rịa - Vũng Tàu"),  # a province's name of several parts
    ("http://khcncaobang.gov.vn/a", "Cao Bằng"),  # a listed word and the province's name
    ("http://cucthongkethainguyen.gov.vn/a", "Thái Nguyên"),
    ("http://ytethanhhoa.gov.vn/a", "Thanh Hóa"),  # a department's: a district elsewhere named so does not matter
    ("http://vksbentre.gov.vn/a", "Bến Tre"),
    ("https://sonoivu.hochiminhcity.gov.vn/web/a", "Hồ Chí Minh"),  # the city's portal
    ("https://tuoitrebinhdinh.vn/a", "Bình Định"),  # a province's Youth Union and federation on their own hosts
    ("https://tinhdoankhanhhoa.org.vn/a", "Khánh Hòa"),
    ("https://www.congdoanyenbai.org.vn/a", "Yên Bái"),
    # a province's paper and station on hosts named after the province
    ("http://laocaitv.vn/chinh-tri-xa-hoi/a", "Lào Cai"),
    ("https://canthotv.vn/a", "Cần Thơ"),
    ("https://www.truyenhinhnghean.vn/a", "Nghệ An"),
    ("https://baocamau.vn/a.html", "Cà Mau"),
    ("https://baocantho.com.vn/a.html", "Cần Thơ"),
    ("http://m.baokontum.com.vn/xa-hoi/a.html", "Kon Tum"),  # a subdomain of the paper
    ("http://daihoidang.baoquangninh.vn/a", "Quảng Ninh"),  # a paper: no district has one
    ("http://m.btv.org.vn/tin-tuc/a.html", "Bình Dương"),  # stations listed by host (press_hosts.csv)
    ("https://ktv.org.vn/a/", "Khánh Hòa"),
    ("https://truyenhinhthanhhoa.vn/a.htm", "Thanh Hóa"),
])
def test_a_host_holding_a_provinces_name_gives_it(url: str, want: str) -> None:
    assert host_province(url, "2022-09-08") == want


@pytest.mark.parametrize("url", [
    "http://thanhlongan.gov.vn/a",  # an unlisted word: the name only contains a province's
    "http://dostbentrex.gov.vn/a",  # more than the word and the name
    "http://vksthanhhoa.gov.vn/a",  # a procuracy's: Thạnh Hóa is also a district of Long An
    "http://ubnd-hoabinh.gov.vn/a",  # Hòa Bình is also a district of Bạc Liêu, "ubnd" no province's body
    "http://bentre-travinh.gov.vn/a",  # two provinces
    "http://dost-bentre.example.org/a",  # not in gov.vn
    "https://tuoitre.vn/a",  # the word alone
    "https://tuoitrethudo.vn/a",  # no province's name
    "https://congdoanbentre.example.com/a",  # not in vn
    "https://badontv.vn/a",  # a town's station: Ba Đồn is no province
    "https://thanhhoatv.vn/a",  # a station's word is a district's too, and Thạnh Hóa is a district of Long An
    "https://baodautu.vn/a",  # national papers: no province's name after the word
    "https://baotintuc.vn/a",
    "https://baomoi.com/a",
    "https://vtv.vn/a",
    "https://baolaocaitv.vn/a",  # two words and the name
])
def test_no_province_from_other_host_names(url: str) -> None:
    assert host_province(url, "2022-09-08") is None


def test_every_listed_word_has_its_body_and_a_host() -> None:
    assert host_words()
    for (form, zone), words in host_words().items():
        assert form in ("prefix", "suffix") and zone in ("gov.vn", "vn")
        assert all(level in ("province", "any", "district") for level in words.values())


@pytest.mark.parametrize("text, url, want", [
    ("Tối 8/9, Công đoàn cơ sở Sở KH&CN tổ chức vui Tết Trung thu cho các cháu thiếu nhi.",
     "http://dost-bentre.gov.vn/tin-tuc/1/a",
     ("Công đoàn cơ sở Sở Khoa học và Công nghệ tỉnh Bến Tre", "grassroots", "Bến Tre")),
    ("Tối 8/9, Công đoàn cơ sở Sở Y tế tổ chức vui Tết Trung thu cho các cháu thiếu nhi.",
     "http://ytethanhhoa.gov.vn/tin-tuc/1/a", ("Công đoàn cơ sở Sở Y tế tỉnh Thanh Hóa", "grassroots", "Thanh Hóa")),
    # a joint head before a lower-case "cơ quan" and its body: the office's union, placed by the host
    ("Nhân dịp này, Ban Chấp hành Công đoàn, Chi đoàn cơ quan Tỉnh đoàn trao quà cho các cháu.",
     "https://tuoitrebinhdinh.vn/a", ("Công đoàn Cơ quan Tỉnh đoàn Bình Định", "grassroots", "Bình Định")),
    # a bare "tỉnh" on a province's station or paper is that province, as on a listed paper's page
    ("Laocaitv.vn - Sáng 28/2, Công đoàn viên chức tỉnh tổ chức Lễ kỷ niệm 30 năm ngày thành lập.",
     "http://laocaitv.vn/chinh-tri-xa-hoi/ky-niem-30-nam", ("Công đoàn Viên chức tỉnh Lào Cai", "sector", "Lào Cai")),
    ("Nhiều tập thể được nhận Bằng khen của Liên đoàn Lao động tỉnh.", "http://lamdongtv.vn/tin-tuc-n1/a.html",
     ("Liên đoàn Lao động tỉnh Lâm Đồng", "province", "Lâm Đồng")),
    ("Công đoàn các Khu công nghiệp tỉnh tổ chức khám sức khỏe miễn phí cho công nhân lao động.",
     "http://vinhphuctv.vn/Tin-tuc/ID/1/a", ("Công đoàn các Khu công nghiệp tỉnh Vĩnh Phúc", "sector", "Vĩnh Phúc")),
    ("Liên đoàn Lao động tỉnh trao 200 suất quà Tết cho đoàn viên khó khăn.", "https://baolaichau.vn/xa-hoi/a",
     ("Liên đoàn Lao động tỉnh Lai Châu", "province", "Lai Châu")),
])
def test_a_departments_union_on_its_own_host_takes_the_province(text: str, url: str, want: tuple) -> None:
    assert want in units(text, url)


@pytest.mark.parametrize("row", [
    "prefix,,vn,province,Tỉnh đoàn,a host",  # no word: every label would be a province's name
    "prefx,dost,gov.vn,province,Sở Khoa học và Công nghệ,a host",  # a form misspelt
    "prefix,dost,gov.vm,province,Sở Khoa học và Công nghệ,a host",  # a zone misspelt
    "prefix,dost,gov.vn,provinces,Sở Khoa học và Công nghệ,a host",  # a level misspelt
    "prefix,Dost-,gov.vn,province,Sở Khoa học và Công nghệ,a host",  # not as a host writes it
    "prefix,dost,gov.vn,province,Sở Khoa học và Công nghệ",  # no source
])
def test_a_malformed_row_of_the_host_words_is_an_error(row: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "host_names.csv"
    path.write_text("form,word,zone,level,body,source\n" + row + "\n", encoding="utf-8")
    with loading(monkeypatch, hostnames, "HOST_NAMES_CSV", path, hostnames.host_words):
        with pytest.raises(ValueError, match="host_names.csv line 2"):
            hostnames.host_words()


@pytest.mark.parametrize("url", [
    "https://baoviet.com.vn/a",  # companies named "Bảo ...": no province's whole name after the word
    "https://baominh.com.vn/a",
    "https://baohiem.vn/a",
    "https://baolong.vn/a",
    "https://quochoitv.vn/a",  # the National Assembly's station
    "https://anninhtv.vn/a",
])
def test_no_province_from_companies_and_national_stations_named_like_a_paper(url: str) -> None:
    assert host_province(url, "2022-09-08") is None


@pytest.mark.parametrize(("url", "want"), [
    # provinces whose names begin alike are each read whole
    ("https://baobinhduong.vn/a", "Bình Dương"), ("https://baobinhdinh.vn/a", "Bình Định"),
    ("https://baobinhphuoc.com.vn/a", "Bình Phước"), ("https://baohanam.com.vn/a", "Hà Nam"),
    ("https://baoquangnam.vn/a", "Quảng Nam"), ("https://baoquangngai.vn/a", "Quảng Ngãi"),
    ("https://baodaklak.vn/a", "Đắk Lắk"), ("https://baodaknong.vn/a", "Đắk Nông"),
    ("https://baolaichau.vn/a", "Lai Châu"), ("https://baolaocai.vn/a", "Lào Cai"),
    ("https://baolongan.vn/a", "Long An"),
])
def test_papers_of_provinces_named_alike_are_each_their_own(url: str, want: str) -> None:
    assert host_province(url, "2022-09-08") == want
