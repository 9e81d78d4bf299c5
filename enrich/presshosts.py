"""Hosts of provincial papers, stations and portals, each with its province.

A page given to the tagger with no source but with its address on one of these hosts is read as
published in that province, the way the labels read a provincial paper ("a newspaper of a province
is level province with no name"): a bare "Công đoàn Viên chức tỉnh" or "Công đoàn ngành y tế" on
Lào Cai's paper is Lào Cai's. Two kinds of host:

- papers, stations and portals listed in enrich/data/press_hosts.csv, each with a page that shows it, and
  their subdomains (a paper's mobile or print edition: "m.baobinhduong.vn" is "baobinhduong.vn");
- the provinces' own government portals in the state's zone gov.vn, named there by the province
  ("hoabinh.gov.vn", "baria-vungtau.gov.vn"), with their departments' and districts' sites under them
  ("sonoivu.caobang.gov.vn", "konray.kontum.gov.vn"). A state body's name in that zone is assigned,
  not chosen, so the name says whose portal it is; a district's portal named by one district of that province
  ("phuhoa.phuyen.gov.vn") also gives the district (``portal_district``);
- a provincial body's, paper's or station's host whose name holds the province's with a listed word or between
  hyphens ("dost-bentre.gov.vn", "khcncaobang.gov.vn", "tuoitrebinhdinh.vn", "baocamau.vn", "laocaitv.vn":
  enrich/hostnames.py); a name that
  only contains a province's with other words ("thanhlongan.gov.vn") is not read;
- schools' sites in the education zone edu.vn under their province's or district's education
  office ("thcsluongthevinh.bacquang.edu.vn", "thtandan.haiphong.edu.vn", "ththanhxuantrung.pgdthanhxuan.edu.vn"):
  the label before edu.vn, with or without the office's "pgd" / "pgddt" / "sgd" / "sgddt", is a province's name
  (or its listed short name, "hcm": enrich/data/site_letters.csv) or the name of one district only (a name several districts share, "chauthanh", gives none); a
  district abolished in July 2025 is read in its new province after that; and a school's own host in edu.vn
  that ends with a province's name after a hyphen ("thcs-thainguyen-khanhhoa.edu.vn": Khánh Hòa);
- schools' pages on a platform of schools' sites (enrich/data/school_platforms.csv), by the district the path names
  after the province's code ("edu.viettel.vn/hni-socson-mntrunggia": Sóc Sơn, Hà Nội), one district only;
- a site's copy in a public code repository, named by the repository's name (enrich/repohosts.py: "ldld-phutho").

National papers that write of every province (Người Lao Động, Lao Động) are not listed, and no
other host is guessed from its name.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from crawler.textnorm import fold
from crawler.urls import host_of
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import gazetteer, pick
from enrich.hostnames import host_words, named_province, province_names
from enrich.repohosts import repository_name, repository_province
from enrich.sitetyped import office_province

PRESS_HOSTS_CSV = DATA / "press_hosts.csv"
SCHOOL_PLATFORMS_CSV = DATA / "school_platforms.csv"
STATE_ZONE = ".gov.vn"
EDU_ZONE = ".edu.vn"
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_EDU_OFFICE = re.compile(r"^(?:pgddt|pgd|sgddt|sgd)(?=[a-z]{4})")  # "pgdthanhxuan": Thanh Xuân's education office


@cache
def press_hosts() -> dict[str, list[dict[str, str]]]:
    """Listed host (without "www.") -> its rows, one per province it had (Huế's paper: Thừa Thiên Huế's
    until 2024, the city's since)."""
    hosts: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(PRESS_HOSTS_CSV):
        hosts.setdefault(row["host"].lower(), []).append(row)
    return hosts


@cache
def district_names() -> dict[str, list[dict[str, str]]]:
    """A district's name as an education office's host is named in edu.vn (folded, letters and digits
    only: "bacquang", "longbien") -> the gazetteer's district rows of that name, one per district."""
    names: dict[str, dict[str, dict[str, str]]] = {}
    for rows in gazetteer().districts.values():
        for row in rows:
            names.setdefault(_NOT_LETTER.sub("", fold(row["short_name"])), {}).setdefault(row["id"], row)
    return {name: list(rows.values()) for name, rows in names.items()}


def _edu_province(label: str, date: str | None) -> str | None:
    """The province of an edu.vn host's office label ("bacquang", "pgdthanhxuan", "haiphong") on ``date``."""
    name = _EDU_OFFICE.sub("", _NOT_LETTER.sub("", label))
    office = office_province(name)  # "hcm.edu.vn": the city's office, named short (enrich/data/site_letters.csv)
    provinces = province_names().get(_NOT_LETTER.sub("", fold(office).lower()) if office else name, [])
    if provinces:
        found = pick(provinces, date, "valid_from", "valid_to")
        return found["short_name"] if found else None
    districts = district_names().get(name, [])
    if len(districts) != 1:
        return None
    row = districts[0]
    ended = bool(date and row.get("valid_to") and date[:10] > row["valid_to"])
    province_id = row["province_new_id"] if ended and row.get("province_new_id") else row["province_id"]
    return gazetteer().province_label(province_id, date)


def _school_province(label: str, date: str | None) -> str | None:
    """The province a school's own edu.vn host ends with after a hyphen and two other parts or more
    ("thcs-thainguyen-khanhhoa": Khánh Hòa, a school named after a person in Khánh Hòa); only a province's name of
    two syllables or more, so that a person's name ending with one ("nguyen-hue") gives none."""
    parts = label.split("-")
    if len(parts) < 3:
        return None
    found = pick(province_names().get(parts[-1], []), date, "valid_from", "valid_to")
    return found["short_name"] if found and " " in found["short_name"] else None


def host_province(url: str | None, date: str | None = None) -> str | None:
    """The province, on ``date`` (ISO day), of a provincial paper's or portal's page, or None."""
    if not url:
        return None
    if repository_name(url) is not None:  # a site's copy in a code repository: the repository's name (enrich/repohosts.py)
        return repository_province(url, date)
    labels = host_of(url).removeprefix("www.").split(".")
    for start in range(len(labels) - 1):  # the host, then the hosts it is a subdomain of
        rows = press_hosts().get(".".join(labels[start:]))
        if rows:
            row = pick(rows, date)
            return row["province"] if row else None
    host = ".".join(labels)
    if host.endswith(STATE_ZONE) and len(labels) >= 3:
        found = pick(province_names().get(_NOT_LETTER.sub("", labels[-3]), []), date, "valid_from", "valid_to")
        if found:
            return found["short_name"]
    if host.endswith(EDU_ZONE) and len(labels) >= 4:
        return _edu_province(labels[-3], date)
    if host.endswith(EDU_ZONE) and len(labels) == 3:
        return _school_province(labels[0], date)
    if host in school_platforms():
        return _platform_province(url, date)
    return named_province(labels, date)


@cache
def school_platforms() -> frozenset[str]:
    """Hosts of platforms of schools' sites (enrich/data/school_platforms.csv)."""
    return frozenset(row["host"].lower() for row in read_csv(SCHOOL_PLATFORMS_CSV) if row.get("host"))


def _platform_province(url: str, date: str | None) -> str | None:
    """The province of a school's page on a platform, whose path starts with the province's code, the district's
    name and the school's ("/hni-socson-mntrunggia/"): the district's, where one district only has that name."""
    parts = urlsplit(url).path.strip("/").split("/")[0].split("-")
    return _edu_province(parts[1], date) if len(parts) == 3 and district_names().get(parts[1]) else None


def host_district(url: str | None, date: str | None = None) -> tuple[str, str] | None:
    """The province and district, on ``date``, of a district station's page: a host of zone vn whose name is a
    word of level district (enrich/data/host_names.csv, "dai") and the name of one district only ("daitienlang.vn":
    Tiên Lãng, Hải Phòng), or such a host of zone gov.vn with no subdomain ("ttthlak.gov.vn": Lắk's media centre,
    Đắk Lắk), while the district existed; else None."""
    if not url:
        return None
    labels = host_of(url).removeprefix("www.").split(".")
    zone = "gov.vn" if labels[-2:] == ["gov", "vn"] else "vn"
    if len(labels) < 2 or labels[-1] != "vn" or labels[-2] == "edu" or zone == "gov.vn" and len(labels) != 3:
        return None
    label = labels[-3] if labels[-2] in ("org", "com", "gov") and len(labels) >= 3 else labels[-2]
    for word, level in host_words().get(("prefix", zone), {}).items():
        if level != "district" or not label.startswith(word):
            continue
        rows = district_names().get(label[len(word):], [])
        if len(rows) != 1 or (date and rows[0].get("valid_to") and date[:10] > rows[0]["valid_to"]):
            return None
        province = gazetteer().province_label(rows[0]["province_id"], date)
        return (province, rows[0]["short_name"]) if province else None
    return None


def portal_district(url: str | None, date: str | None = None) -> tuple[str, str] | None:
    """The province and district, on ``date``, of a district's own portal in the state's zone: a subdomain of its
    province's portal named by one district of that province, diacritics folded ("phuhoa.phuyen.gov.vn": Phú Hòa, Phú
    Yên), while the district existed; None for a province's portal, a department's site ("sonoivu.caobang.gov.vn"), a
    name no district or several districts of that province have ("kyanh.hatinh.gov.vn": the district and the town)."""
    if not url or repository_name(url) is not None:
        return None
    labels = host_of(url).removeprefix("www.").split(".")
    if len(labels) != 4 or not ".".join(labels).endswith(STATE_ZONE):
        return None
    province = host_province(url, date)
    row = gazetteer().find_province(province, date) if province else None
    if row is None:
        return None
    rows = [d for d in district_names().get(_NOT_LETTER.sub("", labels[0]), []) if d["province_id"] == row["id"]]
    if len(rows) != 1 or (date and rows[0].get("valid_to") and date[:10] > rows[0]["valid_to"]):
        return None
    return province, rows[0]["short_name"]
