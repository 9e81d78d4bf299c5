"""A province read from a provincial body's host name that holds the province's name with other words.

A province's departments and agencies name their sites after the body and the province: "dost-bentre.gov.vn"
(the Department of Science and Technology of Bến Tre), "khcncaobang.gov.vn", "cucthongkethainguyen.gov.vn",
"sonoivu.hochiminhcity.gov.vn"; a province's Youth Union and federation of labour do the same outside the state
zone ("tuoitrebinhdinh.vn", "congdoanyenbai.org.vn"), and so do a province's paper and station ("baocamau.vn",
"laocaitv.vn", "truyenhinhnghean.vn"). The province is read only from

- a part of the name between hyphens that is a province's whole name ("dost-bentre", "x-baria-vungtau"), or
- a listed word and a province's whole name with nothing else ("khcn" + "caobang"; "hochiminh" + "city"):
  the words are in enrich/data/host_names.csv, each with the body it names and a host that shows it,

never from a name that only contains a province's ("vinhphucity", "thanhlongan"). A word that a district's
body uses too (level ``any``: a People's Council, a procuracy, a station: "badontv.vn" is the town of Ba Đồn's)
gives no province where the province's name is also a district's of another province ("Thạnh Hóa" of Long An,
"Phù Yên" of Sơn La).
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from crawler.urls import host_of
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import gazetteer, pick

HOST_NAMES_CSV = DATA / "host_names.csv"
SITE_BODIES_CSV = DATA / "site_bodies.csv"
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_WORD = re.compile(r"[a-z0-9]+")  # a listed word as a host writes it
_OWN_ZONES = ("org", "com")  # "tinhdoankhanhhoa.org.vn": the name is the label before them


@cache
def province_names() -> dict[str, list[dict[str, str]]]:
    """A province's name as a host writes it (folded, letters and digits only: "hoabinh", "bariavungtau") ->
    the gazetteer's province rows of that name (before and since the 2025 reform)."""
    names: dict[str, list[dict[str, str]]] = {}
    for row in gazetteer().provinces.values():
        if "split_into" in row:
            continue  # a former province (provinces_former.csv: split before 1997, or Hà Tây) has no host
        names.setdefault(_NOT_LETTER.sub("", fold(row["short_name"])), []).append(row)
    return names


@cache
def _elsewhere() -> frozenset[str]:
    """Provinces' names (as hosts write them) that are also the name of a district of another province."""
    found = set()
    for rows in gazetteer().districts.values():
        for row in rows:
            name = _NOT_LETTER.sub("", fold(row["short_name"]))
            provinces = province_names().get(name, [])
            if provinces and row["province_id"] not in {p["id"] for p in provinces}:
                found.add(name)
    return frozenset(found)


@cache
def host_words() -> dict[tuple[str, str], dict[str, str]]:
    """(form, zone) -> {word: level} from enrich/data/host_names.csv."""
    words: dict[tuple[str, str], dict[str, str]] = {}
    for line, row in enumerate(read_csv(HOST_NAMES_CSV), start=2):
        if (row.get("form") not in ("prefix", "suffix") or row.get("zone") not in ("gov.vn", "vn")
                or row.get("level") not in ("province", "any", "district") or not _WORD.fullmatch(row.get("word") or "")
                or not row.get("body") or not row.get("source")):
            raise ValueError(f"{HOST_NAMES_CSV.name} line {line}: expected form prefix or suffix, a word of letters "
                             f"and digits, zone gov.vn or vn, level province, any or district, a body and a source: "
                             f"{row}")
        words.setdefault((row["form"], row["zone"]), {})[row["word"]] = row["level"]
    return words


def with_word(label: str, zone: str) -> str | None:
    """The province's name in ``label`` as a listed word and that name (None where it is no one's)."""
    found = set()
    for (form, in_zone), words in host_words().items():
        if in_zone != zone:
            continue
        for word, level in words.items():
            if level == "district":
                continue  # a district's station names a district (enrich/presshosts.py host_district), no province
            if form == "prefix" and label.startswith(word):
                name = label[len(word):]
            elif form == "suffix" and label.endswith(word):
                name = label[:-len(word)]
            else:
                continue
            if name in province_names() and (level == "province" or name not in _elsewhere()):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def between_hyphens(label: str) -> str | None:
    """The province's name that one run of ``label``'s hyphen-separated parts is ("dost-bentre": "bentre")."""
    parts = label.split("-")
    if len(parts) < 2:
        return None
    province_words = {w for (form, zone), words in host_words().items() if form == "prefix" and zone == "gov.vn"
                      for w, level in words.items() if level == "province"}
    found = set()
    for first in range(len(parts)):
        for last in range(first + 1, len(parts) + 1):
            name = "".join(parts[first:last])
            rest = parts[:first] + parts[last:]
            if name in province_names() and rest and (set(rest) <= province_words or name not in _elsewhere()):
                found.add(name)
    return found.pop() if len(found) == 1 else None


def named_province(labels: list[str], date: str | None) -> str | None:
    """The province, on ``date``, that a host's name (its labels, "www." removed) gives by a listed word or
    between hyphens, or None."""
    name = None
    if len(labels) >= 3 and labels[-2:] == ["gov", "vn"]:
        label = labels[-3]
        name = between_hyphens(label) or with_word(label, "gov.vn")
    elif len(labels) >= 2 and labels[-1] == "vn" and labels[-2] not in ("gov", "edu"):
        label = labels[-3] if labels[-2] in _OWN_ZONES and len(labels) >= 3 else labels[-2]
        name = with_word(label, "vn")
    found = pick(province_names().get(name, []), date, "valid_from", "valid_to") if name else None
    return found["short_name"] if found else None


@cache
def site_bodies() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(word, body, hosts excepted) from enrich/data/site_bodies.csv: a host whose first label starts with the word
    is the body's own site ("vienkiemsattv.gov.vn": a procuracy's), unless it is one of the hosts excepted."""
    rows = []
    for line, row in enumerate(read_csv(SITE_BODIES_CSV), start=2):
        if not _WORD.fullmatch(row.get("word") or "") or not row.get("body") or not row.get("source"):
            raise ValueError(f"{SITE_BODIES_CSV.name} line {line}: expected a word of letters and digits, a body and "
                             f"a source: {row}")
        excepted = frozenset(h.strip().lower() for h in (row.get("except") or "").split(";") if h.strip())
        rows.append((row["word"], row["body"], excepted))
    return tuple(rows)


def site_body(url: str | None) -> str | None:
    """The public body (enrich/data/site_bodies.csv) whose own site, in the zone vn, a page's host is, or None."""
    if not url:
        return None
    host = host_of(url).removeprefix("www.")
    labels = host.split(".")
    if len(labels) < 2 or labels[-1] != "vn":
        return None
    return next((body for word, body, excepted in site_bodies()
                 if labels[0].startswith(word) and host not in excepted), None)
