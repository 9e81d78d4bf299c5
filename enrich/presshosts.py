"""Hosts of provincial papers and portals (enrich/data/press_hosts.csv), each with its province.

A page given to the tagger with no source but with its address on one of these hosts is read as
published in that province, the way the labels read a provincial paper ("a newspaper of a province
is level province with no name"): a bare "Công đoàn Viên chức tỉnh" or "Công đoàn ngành y tế" on
Lào Cai's paper is Lào Cai's. Only papers and portals whose news is their province's own are listed,
each with a page that shows it; national papers that write of every province (Người Lao Động, Lao
Động) are not, and no host is guessed from its name.
"""

from __future__ import annotations

from functools import cache

from crawler.urls import host_of
from enrich.catalog import DATA, read_csv
from enrich.gazetteer import pick

PRESS_HOSTS_CSV = DATA / "press_hosts.csv"


@cache
def press_hosts() -> dict[str, list[dict[str, str]]]:
    """Listed host (without "www.") -> its rows, one per province it had (Huế's paper: Thừa Thiên Huế's
    until 2024, the city's since)."""
    hosts: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(PRESS_HOSTS_CSV):
        hosts.setdefault(row["host"].lower(), []).append(row)
    return hosts


def host_province(url: str | None, date: str | None = None) -> str | None:
    """The province, on ``date`` (ISO day), of a listed provincial paper's or portal's page, or None."""
    if not url:
        return None
    row = pick(press_hosts().get(host_of(url).removeprefix("www."), []), date)
    return row["province"] if row else None
