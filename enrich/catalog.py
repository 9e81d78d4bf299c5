"""Load the catalogs in enrich/data/ (resolutions, units, provinces) into frozen lookups."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from crawler.textnorm import fold, nfc

DATA = Path(__file__).parent / "data"
RESOLUTIONS_CSV = DATA / "resolutions.csv"
UNITS_CSV = DATA / "units.csv"
PROVINCES_CSV = DATA / "provinces.csv"


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file, values NFC and stripped; [] when the file is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: nfc(v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def code_key(code: str) -> str:
    """Comparison key of a document code: folded, no spaces, numbers without leading zeros.

    >>> code_key("02-NQ/TW") == code_key("2-nq/tw")
    True
    """
    parts = []
    for token in _split_code(fold(code).replace(" ", "")):
        parts.append((token.lstrip("0") or "0") if token[:1].isdigit() else token)
    return "".join(parts)


def _split_code(code: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in code:
        if current and (ch.isdigit() != current[-1].isdigit() or ch in "-/" or current[-1] in "-/"):
            out.append(current)
            current = ""
        current += ch
    if current:
        out.append(current)
    return out


@dataclass(frozen=True)
class Resolution:
    """One catalog document."""

    key: str
    code: str
    year: int | None
    type_abbr: str
    number: str
    issuer_code: str
    issuer: str
    system: str
    term: str
    date: str
    title: str
    short_names: tuple[str, ...]
    province: str
    parent_key: str
    verified: bool
    row: dict[str, str] = field(repr=False, compare=False, hash=False, default_factory=dict)


@dataclass(frozen=True, eq=False)
class Catalog:
    """Resolutions indexed by code key and by folded short name."""

    resolutions: tuple[Resolution, ...]
    by_code: dict[str, tuple[Resolution, ...]]
    by_key: dict[str, Resolution]

    def candidates(self, code: str) -> tuple[Resolution, ...]:
        return self.by_code.get(code_key(code), ())


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


@cache
def load_catalog(path: Path = RESOLUTIONS_CSV) -> Catalog:
    """The resolution catalog from CSV (cached)."""
    items = []
    for row in read_csv(path):
        if not row.get("key") or not row.get("code"):
            continue
        items.append(
            Resolution(
                key=row["key"],
                code=row["code"],
                year=_int(row.get("year", "")),
                type_abbr=row.get("type_abbr", ""),
                number=row.get("number", ""),
                issuer_code=row.get("issuer_code", ""),
                issuer=row.get("issuer", ""),
                system=row.get("system", ""),
                term=row.get("term", ""),
                date=row.get("date", ""),
                title=row.get("title", ""),
                short_names=tuple(s.strip() for s in row.get("short_names", "").split(";") if s.strip()),
                province=row.get("province", ""),
                parent_key=row.get("parent_key", ""),
                verified=row.get("verified", "").lower() in ("yes", "true", "1"),
                row=row,
            )
        )
    by_code: dict[str, list[Resolution]] = {}
    for item in items:
        by_code.setdefault(code_key(item.code), []).append(item)
    return Catalog(
        tuple(items),
        {k: tuple(v) for k, v in by_code.items()},
        {r.key: r for r in items},
    )


@cache
def province_map() -> dict[str, str]:
    """Old province short name -> the short name of the province it belongs to since 1 July 2025."""
    rows = read_csv(PROVINCES_CSV)
    by_id = {r["id"]: r for r in rows if r.get("id")}
    mapping: dict[str, str] = {}
    for row in rows:
        short = row.get("short_name", "")
        if not short:
            continue
        successor = by_id.get(row.get("successor_id", ""))
        if successor is not None:
            mapping[short] = successor.get("short_name", short)
        elif not row.get("valid_to"):
            mapping[short] = short
    return mapping


@cache
def province_names() -> dict[str, str]:
    """Province id -> short name ("soc-trang" -> "Sóc Trăng")."""
    return {r["id"]: r.get("short_name", "") for r in read_csv(PROVINCES_CSV) if r.get("id")}


def slug_code(code: str) -> str:
    """URL slug of a document code or key: "02-NQ/TW@2021" -> "02-NQ-TW-2021", Đ -> D."""
    folded = fold(code).upper() if not code.isascii() else code.upper()
    return "-".join(re.findall(r"[A-Z0-9]+", folded))


def folded_alias_index(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Map folded alias -> value, for name look-ups that ignore case and diacritics."""
    return {fold(alias): value for alias, value in pairs if alias}
