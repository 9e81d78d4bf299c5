"""A site's copy kept in a code repository: the repository's name, read as the site's host name, gives the page's
province (enrich/repohosts.py), so that a bare "Liên đoàn lao động tỉnh" on a provincial union's copied site is that
province's union."""

import pytest

from enrich.presshosts import host_province
from enrich.repohosts import repository_name
from enrich.stream import tag_record

TABLE = ("Văn bản pháp luật\nSố ký hiệu Ngày ban hành Trích yếu Người ký Tình trạng Cơ quan ban hành\n02/HD\n"
         "12/03/2023\nHướng dẫn tổ chức Tháng Công nhân năm 2023\nNguyễn Văn An\nCòn hiệu lực\nLiên đoàn lao động tỉnh")


def units(text: str, url: str, date: str = "2023-03-12") -> list[tuple[str, str, str | None]]:
    record = {"id": "x", "text": text, "title": None, "source": None, "date": date, "url": url}
    return [(u["name"], u["level"], u["province"]) for u in tag_record(record, [])["units"]]


@pytest.mark.parametrize("url, want", [
    ("https://github.com/someone/ldld-thaibinh/blob/0123abc/vanban.php", "Thái Bình"),  # the union's word, a hyphen
    ("https://github.com/someone/95_nam_cong_doan_BinhDuong/blob/main/index.html", "Bình Dương"),  # underscores
    ("https://github.com/someone/congdoanyenbai/blob/main/a.md", "Yên Bái"),  # a host's listed word and the name
    ("https://raw.githubusercontent.com/someone/ldld-thaibinh/main/vanban.php", "Thái Bình"),
])
def test_a_repositorys_name_gives_the_copied_sites_province(url: str, want: str) -> None:
    assert host_province(url, "2023-03-12") == want


@pytest.mark.parametrize("url", [
    "https://github.com/someone/BinhDinhNews/blob/main/a.md",  # a name only containing a province's
    "https://github.com/thaibinh-dev/tai_lieu/blob/main/a.md",  # the owner's name is not the site's
    "https://github.com/someone/tai_lieu/blob/main/ldld-thaibinh/a.md",  # nor is a folder of the path
    "https://github.com/someone/ldld-thaibinh",  # the repository's page, no file of it
    "https://example.com/someone/ldld-thaibinh/blob/main/a.md",  # not a repository's host
])
def test_no_province_from_other_parts_of_the_address(url: str) -> None:
    assert host_province(url, "2023-03-12") is None


def test_the_repository_name_of_a_sites_pages_repository() -> None:
    assert repository_name("https://github.com/owner/owner.github.io/blob/abc/_posts/a.md") == "owner"
    assert repository_name("https://gitlab.com/owner/repo/blob/abc/a.md") is None


def test_a_bare_provincial_union_on_the_unions_copied_site_is_that_provinces() -> None:
    url = "https://github.com/someone/ldld-thaibinh/blob/0123abc/vanbanphapluat.php"
    assert units(TABLE, url) == [("Liên đoàn Lao động tỉnh Thái Bình", "province", "Thái Bình")]


@pytest.mark.parametrize("url", [
    "https://github.com/someone/tai_lieu_noi_bo/blob/0123abc/src/dataset/a.md",  # a dataset's copy: no site named
    "https://github.com/thaibinh/vanban/blob/0123abc/vanbanphapluat.php",
])
def test_a_bare_provincial_union_in_a_repository_naming_no_province_stays_unplaced(url: str) -> None:
    assert units(TABLE, url) == []
