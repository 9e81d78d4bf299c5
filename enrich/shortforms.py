"""Short forms ("Nghị quyết số 02", "NQ 02", "Chỉ thị 05") and distinctive catalog names.

A short form is tagged only when it is anchored: by a full citation of the same type and number
in the same article, or by a catalog short name together with the issuer named next to it
("Nghị quyết 02 của Bộ Chính trị"). Distinctive names ("Nghị quyết Trung ương 6 khóa X",
"Luật Công đoàn 2024") match on their own.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import Catalog, Resolution, code_key
from enrich.citations import Citation
from enrich.tags import NAME, SHORT, ResolutionTag

_TYPE_WORDS = {
    "nghi quyet": "NQ", "nq": "NQ", "chi thi": "CT", "ct": "CT", "ket luan": "KL", "kl": "KL",
    "chuong trinh hanh dong": "CTr", "chuong trinh": "CTr", "ctr": "CTr", "ke hoach": "KH",
    "quyet dinh": "QĐ", "qd": "QĐ", "huong dan": "HD", "quy dinh": "QĐi",
}
# Runs on folded text (same length as the original), so offsets carry over.
_SHORT_FORM = re.compile(
    r"(?<![\w])(" + "|".join(sorted(map(re.escape, _TYPE_WORDS), key=len, reverse=True)) + r")"
    r"\s+(?:so\s+)?(\d{1,4}[a-z]?)(?![\w/]|\s*[-/]\s*\w|[.,]\d)"
)
_PLAIN = re.compile(r"^(" + "|".join(map(re.escape, _TYPE_WORDS)) + r")\s+(so\s+)?\d{1,4}[a-z]?$")


def _number_key(number: str) -> str:
    return code_key(number)


def _issuer_words(res: Resolution) -> list[str]:
    """Folded phrases that name this document's issuer in running text."""
    issuer = fold(res.issuer)
    words = []
    for phrase in ("bo chinh tri", "ban bi thu", "trung uong", "chinh phu", "thu tuong",
                   "quoc hoi", "tong lien doan", "doan chu tich", "tinh uy", "thanh uy"):
        if phrase in issuer:
            words.append(phrase)
    if res.system == "party" and res.issuer_code == "TW":
        words.extend(["bo chinh tri", "ban chap hanh trung uong", "trung uong dang", "cua dang"])
    return words


@cache
def _short_index(catalog: Catalog) -> dict[str, tuple[Resolution, ...]]:
    index: dict[str, list[Resolution]] = {}
    for res in catalog.resolutions:
        for name in res.short_names:
            key = " ".join(fold(name).replace(" so ", " ").split())
            if _PLAIN.match(key):
                index.setdefault(key, []).append(res)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _name_patterns(catalog: Catalog) -> tuple[tuple[re.Pattern[str], Resolution], ...]:
    out = []
    for res in catalog.resolutions:
        for name in res.short_names:
            folded = fold(name)
            words = re.findall(r"\w+", folded)
            if len(words) < 4 or _PLAIN.match(" ".join(words)):
                continue
            if not re.search(r"[a-z]{3,}", " ".join(words[2:])):
                continue  # only a type and numbers: not distinctive
            pattern = re.compile(r"(?<!\w)" + r"\W{1,3}".join(map(re.escape, words)) + r"(?!\w)")
            out.append((pattern, res))
    return tuple(out)


def resolve(text: str, explicit: list[tuple[Citation, ResolutionTag]], catalog: Catalog, article_year: int | None) -> list[ResolutionTag]:
    """Tags from short forms and distinctive names."""
    folded = fold(text)
    if len(folded) != len(text):  # offsets would not carry over; stay with explicit codes
        return []
    by_type_number = {
        (cit.type_abbr, _number_key(cit.number)): tag for cit, tag in explicit
    }
    index = _short_index(catalog)
    out: list[ResolutionTag] = []
    for m in _SHORT_FORM.finditer(folded):
        typ = _TYPE_WORDS[m.group(1)]
        number = m.group(2)
        anchor = by_type_number.get((typ, _number_key(number)))
        evidence = text[m.start() : m.end()]
        if anchor is not None:
            out.append(ResolutionTag(anchor.id, anchor.key, anchor.title, evidence, m.start(), m.end(), SHORT, discovered=anchor.discovered))
            continue
        key = f"{m.group(1)} {number}"
        candidates = [
            r for r in index.get(key, ())
            if article_year is None or r.year is None or r.year <= article_year
        ]
        context = folded[m.end() : m.end() + 90]
        supported = [r for r in candidates if any(w in context for w in _issuer_words(r))]
        if len(supported) == 1:
            res = supported[0]
            out.append(ResolutionTag(res.code, res.key, res.title, evidence, m.start(), m.end(), SHORT))
    for pattern, res in _name_patterns(catalog):
        if article_year is not None and res.year and res.year > article_year:
            continue
        m = pattern.search(folded)
        if m:
            out.append(ResolutionTag(res.code, res.key, res.title, text[m.start() : m.end()], m.start(), m.end(), NAME))
    return out
