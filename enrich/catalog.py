"""Load the catalogs in enrich/data/ (resolutions, units, provinces) into frozen lookups.

The resolution catalog is indexed the ways news refers to a document: by code (and by the code
variants its short names show, "6b/NQ-TLĐ" for 6b/NQ-BCH), by type and number ("Nghị quyết số
02"), by plenum and term ("Nghị quyết Trung ương 6 khóa X"), by family ("Luật Công đoàn" of
2012 and of 2024), by title, and by its other names.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from crawler.textnorm import fold, nfc
from enrich.folding import fold_word

# Found from the package, not from this module's __file__: compiled (crawler/compiled.py), a
# module's __file__ names the shared library's folder, not its own.
DATA = Path(str(resources.files("enrich"))) / "data"
# An operator may tag with a catalog of their own (a copy with rows added or removed).
RESOLUTIONS_CSV = Path(os.environ.get("UNIONWATCH_RESOLUTIONS_CSV") or DATA / "resolutions.csv")
UNITS_CSV = DATA / "units.csv"
PROVINCES_CSV = DATA / "provinces.csv"
# Provinces split before 1997 (Sông Bé, Hà Bắc, ...): their unions' rows place in them, but their names are looked
# for only in those rows' names, never as a place in free text ("sông Cửu Long" is a river).
PROVINCES_FORMER_CSV = DATA / "provinces_former.csv"

# Folded document-type words -> folded type abbreviation.
TYPE_WORDS = {
    "nghi quyet": "nq", "nq": "nq", "chi thi": "ct", "ct": "ct", "ket luan": "kl", "kl": "kl",
    "quyet dinh": "qd", "qd": "qd", "quy dinh": "qd", "chuong trinh hanh dong": "ctr",
    "chuong trinh": "ctr", "ctr": "ctr", "ke hoach": "kh", "huong dan": "hd", "cong van": "cv",
    "thong bao": "tb", "nghi dinh": "nd", "thong tu": "tt", "de an": "da",
}
_PLAIN_NAME = re.compile(r"^(" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True)) + r")\s*(?:so\s*)?([0-9]{1,5}[a-z]?)$")
_PLENUM = re.compile(r"hoi nghi (?:trung uong |lan thu )?([0-9]{1,2})")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file, values NFC and stripped; [] when the file is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: nfc(v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def number_key(number: str) -> str:
    """"02" and "2", "06b" and "6b" compare equal."""
    number = fold_word(number).strip()
    return number.lstrip("0") or "0"


def code_key(code: str) -> str:
    """Comparison key of a document code: folded, no spaces, numbers without leading zeros.

    >>> code_key("02-NQ/TW") == code_key("2-nq/tw")
    True
    """
    tokens = re.findall(r"[0-9]+|[^0-9]+", fold_word(code).replace(" ", ""))
    return "".join((t.lstrip("0") or "0") if t.isdigit() else t for t in tokens)


def roman_value(numeral: str) -> int | None:
    """"XIII" -> 13, "13" -> 13; None for anything else."""
    numeral = numeral.strip().lower()
    if numeral.isdigit():
        return int(numeral)
    total, prev = 0, 0
    for ch in reversed(numeral):
        if ch not in _ROMAN:
            return None
        value = _ROMAN[ch]
        total += -value if value < prev else value
        prev = max(prev, value)
    return total or None


@dataclass(frozen=True)
class Resolution:
    """One catalog document, with what the tagger derives from its row."""

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
    category: str = ""
    doc_type: str = ""
    in_force: str = ""  # ISO date it applies from, when later than ``date`` (laws, charters)
    row: dict[str, str] = field(repr=False, compare=False, hash=False, default_factory=dict)

    # What the tagger derives from a document's fields, worked out once per distinct value by the cached
    # functions below: compiled by mypyc, the class keeps no instance dictionary, where a ``cached_property``
    # keeps its value, so one was worked out again on every read.
    @property
    def term_number(self) -> int | None:
        return _term_number(self.term)

    @property
    def plenum(self) -> int | None:
        return _plenum(self.issuer)

    @property
    def local(self) -> bool:
        """Issued by a provincial or district body (Tỉnh ủy, UBND, LĐLĐ): unique only with the place."""
        return _local(self.issuer_code)

    @property
    def collision(self) -> bool:
        """Listed so that a look-alike is recognised, not because union news cites it."""
        return "collision" in self.category

    @property
    def family(self) -> str:
        """Folded name shared by successive versions: "luat cong doan", "dieu le cong doan viet nam"."""
        return _family(self.category, self.title)

    @property
    def title_words(self) -> tuple[str, ...]:
        return _title_words(self.title)


@cache
def _term_number(term: str) -> int | None:
    m = re.search(r"khóa\s+([IVXLC]+|\d+)", term, re.IGNORECASE)
    return roman_value(m.group(1)) if m else None


@cache
def _plenum(issuer: str) -> int | None:
    m = _PLENUM.search(fold(issuer))
    return int(m.group(1)) if m else None


@cache
def _local(issuer_code: str) -> bool:
    from enrich.citations import LOCAL_HEADS

    return fold(issuer_code.split("-")[0]) in LOCAL_HEADS


@cache
def _family(category: str, title: str) -> str:
    if category.startswith(("state-law", "union-charter")):
        return " ".join(re.findall(r"\w+", fold(re.sub(r"\(.*?\)", "", title))))
    return ""


@cache
def _title_words(title: str) -> tuple[str, ...]:
    words = re.findall(r"\w+", fold(title))
    while words and words[0] in ("ve", "viec"):
        words = words[1:]
    return tuple(words)


@dataclass(frozen=True, eq=False)
class Catalog:
    """Resolutions and the indices the tagger looks them up by."""

    resolutions: tuple[Resolution, ...]
    by_code: dict[str, tuple[Resolution, ...]]
    by_key: dict[str, Resolution]
    by_type_number: dict[tuple[str, str], tuple[Resolution, ...]]
    curated: dict[tuple[str, str], tuple[Resolution, ...]]  # plain short names news uses
    names: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], Resolution], ...]]  # first 3 words -> (words, doc)
    families: dict[str, tuple[Resolution, ...]]

    def candidates(self, code: str) -> tuple[Resolution, ...]:
        return self.by_code.get(code_key(code), ())


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def _resolution(row: dict[str, str]) -> Resolution:
    return Resolution(
        key=row["key"], code=row["code"], year=_int(row.get("year", "")),
        type_abbr=row.get("type_abbr", ""), number=row.get("number", ""),
        issuer_code=row.get("issuer_code", ""), issuer=row.get("issuer", ""),
        system=row.get("system", ""), term=row.get("term", ""), date=row.get("date", ""),
        title=row.get("title", ""),
        short_names=tuple(s.strip() for s in row.get("short_names", "").split(";") if s.strip()),
        province=row.get("province", ""), parent_key=row.get("parent_key", ""),
        verified=row.get("verified", "").lower() in ("yes", "true", "1"),
        category=row.get("category", ""), doc_type=row.get("doc_type", ""),
        in_force=row.get("in_force", ""), row=row,
    )


def _group(pairs: Iterable[tuple[Hashable, object]]) -> dict:
    out: dict = {}
    for k, res in pairs:
        if res not in out.setdefault(k, []):
            out[k].append(res)
    return {k: tuple(v) for k, v in out.items()}


@cache
def load_catalog(path: Path = RESOLUTIONS_CSV) -> Catalog:
    """The resolution catalog from CSV (cached)."""
    from enrich.citations import find_citations  # the grammar reads the catalog's code variants

    items = [_resolution(r) for r in read_csv(path) if r.get("key") and r.get("code")]
    codes: list[tuple[object, Resolution]] = [(code_key(r.code), r) for r in items]
    type_number, curated, names = [], [], []
    for res in items:
        if res.type_abbr and res.number:
            type_number.append(((fold(res.type_abbr), number_key(res.number)), res))
        for name in res.short_names:
            codes.extend((code_key(c.code), res) for c in find_citations(name))
            if "(" in name:  # "Nghị quyết 19 (nông nghiệp)": a description, not a name in text
                continue
            words = tuple(re.findall(r"\w+", fold(name)))
            plain = _PLAIN_NAME.match(" ".join(words))
            if plain:
                curated.append(((TYPE_WORDS[plain.group(1)], number_key(plain.group(2))), res))
            elif len(words) >= 3 and not find_citations(name):
                names.append((words[:3], (words, res)))
    return Catalog(
        resolutions=tuple(items),
        by_code=_group(codes),
        by_key={r.key: r for r in items},
        by_type_number=_group(type_number),
        curated=_group(curated),
        names=_group(names),
        families=_group([(r.family, r) for r in items if r.family]),
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


@cache
def former_province_names() -> dict[str, str]:
    """Province id -> short name of the provinces split before 1997 ("song-be" -> "Sông Bé")."""
    return {r["id"]: r.get("short_name", "") for r in read_csv(PROVINCES_FORMER_CSV) if r.get("id")}


def same_province(a: str, b: str) -> bool:
    """Two province names, old or new, for the same place (Sóc Trăng is in Cần Thơ since 2025)."""
    mapping = province_map()
    if fold(a) == fold(b):
        return True
    return fold(mapping.get(a, a)) == fold(mapping.get(b, b))


def slug_code(code: str) -> str:
    """URL slug of a document code or key: "02-NQ/TW@2021" -> "02-NQ-TW-2021", Đ -> D."""
    folded = fold(code).upper() if not code.isascii() else code.upper()
    return "-".join(re.findall(r"[A-Z0-9]+", folded))


def folded_alias_index(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Map folded alias -> value, for name look-ups that ignore case and diacritics."""
    return {fold(alias): value for alias, value in pairs if alias}
