"""The grammar of Vietnamese document citations: find codes in text and normalise them.

Party documents: ``<số>-<LOẠI>/<CƠ QUAN>`` ("02-NQ/TW", "13-CTr/TU"); State and union
documents: ``<số>/<LOẠI>-<CƠ QUAN>`` ("3757/QĐ-TLĐ", "6b/NQ-BCH"); laws and Assembly
resolutions: ``<số>/<năm>/<CƠ QUAN>`` ("202/2025/QH15"). News text swaps the separators,
writes "TƯ", adds spaces and en dashes, and uses lower case; every form is accepted and
written back in the official form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.textnorm import unify_dashes

TYPES = ("NQ", "CT", "KL", "QĐ", "QĐi", "CTr", "KH", "HD", "HDLT", "TB", "CV", "BC", "QC", "ĐA", "TTr", "NĐ", "TT", "TTLT", "QyĐ")
_TYPE_CANON = {t.upper(): t for t in TYPES}
# Issuers that make a code a Party code (number-TYPE/ISSUER).
PARTY_ISSUERS = ("TW", "TƯ", "T.Ư", "TU", "HU", "QU", "TXU", "ĐU", "ĐUK", "BCSĐ", "BCT", "BBT",
                 "VPTW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "BKTTW", "BCĐ", "MTTW", "ĐTN")
_PARTY_CANON = {"TƯ": "TW", "T.Ư": "TW", "T.W": "TW"}

_DASH = r"\s*-\s*"
_SLASH = r"\s*/\s*"
_NUM = r"(?<![\w/.\-])(\d{1,5}[a-zđ]?)"
_TYPE = "(" + "|".join(sorted((re.escape(t) for t in TYPES), key=len, reverse=True)) + ")"
_ISSUER = r"(T\.[ƯW]|[A-ZĐƯ][A-ZĐƯa-zđư0-9]{0,14}(?:-[A-ZĐƯ][A-ZĐƯa-zđư0-9]{0,14}){0,2})"

LAW = re.compile(_NUM + _SLASH + r"((?:19|20)\d\d)" + _SLASH + r"(QH\d{1,2}|UBTVQH\d{1,2})(?![\w])", re.I)
DATED = re.compile(_NUM + _SLASH + r"((?:19|20)\d\d)" + _SLASH + _TYPE + _DASH + _ISSUER + r"(?![\w])", re.I)
PARTY = re.compile(_NUM + _DASH + _TYPE + _SLASH + _ISSUER + r"(?![\w])", re.I)
STATE = re.compile(_NUM + _SLASH + _TYPE + _DASH + _ISSUER + r"(?![\w])", re.I)
# Glued forms: "NQ20", "(NQ20/NQTW)".
GLUED = re.compile(r"(?<![\w])(NQ|CT|KL)(\d{1,3})(/(?:NQ|CT|KL)?TW)?(?![\w/])")


@dataclass(frozen=True)
class Citation:
    """A document code found in text, in its official spelling, with its span."""

    code: str
    start: int
    end: int
    evidence: str
    system: str  # party | state | law
    number: str
    type_abbr: str
    issuer: str
    year: int | None = None


def _canon_type(value: str) -> str:
    return _TYPE_CANON.get(value.upper().replace("Đ", "Đ"), value.upper())


def _canon_issuer(value: str) -> str:
    upper = value.upper().replace("Ư", "Ư")
    upper = _PARTY_CANON.get(upper, upper)
    return upper.rstrip(".")


def _is_party(issuer: str) -> bool:
    head = issuer.split("-")[0]
    return head in PARTY_ISSUERS or head.rstrip("0123456789") in ("TW",)


def find_citations(text: str) -> list[Citation]:
    """Every explicit document code in ``text``, official spelling, in order of appearance."""
    text = unify_dashes(text)
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []

    def add(cit: Citation) -> None:
        if any(s < cit.end and cit.start < e for s, e in taken):
            return
        taken.append((cit.start, cit.end))
        found.append(cit)

    for m in LAW.finditer(text):
        num, year, issuer = m.group(1), m.group(2), m.group(3).upper()
        add(Citation(f"{num}/{year}/{issuer}", m.start(), m.end(), m.group(0), "law", num, "", issuer, int(year)))
    for m in DATED.finditer(text):
        num, year, typ, issuer = m.group(1), m.group(2), _canon_type(m.group(3)), _canon_issuer(m.group(4))
        add(Citation(f"{num}/{year}/{typ}-{issuer}", m.start(), m.end(), m.group(0), "state", num, typ, issuer, int(year)))
    for m in PARTY.finditer(text):
        num, typ, issuer = m.group(1), _canon_type(m.group(2)), _canon_issuer(m.group(3))
        if _is_party(issuer):
            add(Citation(f"{num}-{typ}/{issuer}", m.start(), m.end(), m.group(0), "party", num, typ, issuer))
        else:  # "03-NQ/CP": a State document written Party-style
            add(Citation(f"{num}/{typ}-{issuer}", m.start(), m.end(), m.group(0), "state", num, typ, issuer))
    for m in STATE.finditer(text):
        num, typ, issuer = m.group(1), _canon_type(m.group(2)), _canon_issuer(m.group(3))
        if _is_party(issuer):  # "20/NQ-TW": a Party document written State-style
            add(Citation(f"{num}-{typ}/{issuer}", m.start(), m.end(), m.group(0), "party", num, typ, issuer))
        else:
            add(Citation(f"{num}/{typ}-{issuer}", m.start(), m.end(), m.group(0), "state", num, typ, issuer))
    for m in GLUED.finditer(text):
        typ, num = m.group(1).upper(), m.group(2)
        if m.group(3) is not None or typ == "NQ":
            add(Citation(f"{num}-{typ}/TW", m.start(), m.end(), m.group(0), "party", num, typ, "TW"))
    found.sort(key=lambda c: c.start)
    return found
