"""A site's copy kept in a public code repository: the repository's name read as the site's host name.

A page given with no source and a repository file's address ("github.com/<owner>/<repo>/blob/<commit>/<path>",
"raw.githubusercontent.com/<owner>/<repo>/<ref>/<path>") is a copy of a site whose host the copy lost, and the
repository is often named after that site: "ldld-phutho" (the Phú Thọ provincial union's site, "Liên đoàn lao động"
and the province), "95_nam_cong_doan_BinhDuong". The province is read from the name as from a host's
(enrich/hostnames.py): one run of its parts between hyphens, underscores or dots that is a province's whole name, with
other parts beside it, or a listed word of a host and a province's name with nothing else ("congdoanyenbai"). A name
that only contains a province's with other words ("BinhDinhNews", "...htqlkdtdtctHoChiMinh") gives none, nor does the
owner's name or the file's path.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from enrich.gazetteer import pick
from enrich.hostnames import between_hyphens, province_names, with_word

_HOSTS = {"github.com": "blob", "raw.githubusercontent.com": ""}  # a repository's file: its address's form
_PARTS = re.compile(r"[-_.]+")


def repository_name(url: str) -> str | None:
    """The name of the repository a file's address points into, lower case ("ldld-phutho"), or None when ``url`` is
    no repository file's address."""
    split = urlsplit(url)
    host = (split.hostname or "").lower().removeprefix("www.")
    if host not in _HOSTS:
        return None
    parts = split.path.strip("/").split("/")
    marker = _HOSTS[host]
    if len(parts) < 4 or (marker and parts[2] not in (marker, "raw", "tree")):
        return None
    return parts[1].lower().removesuffix(".github.io")


def repository_province(url: str, date: str | None) -> str | None:
    """The province, on ``date``, that the repository's name of a repository file's address gives, or None."""
    name = repository_name(url)
    if not name:
        return None
    found = between_hyphens(_PARTS.sub("-", name).strip("-")) or with_word(name, "vn")
    row = pick(province_names().get(found, []), date, "valid_from", "valid_to") if found else None
    return row["short_name"] if row else None
