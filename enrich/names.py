"""Documents named without their number.

- Plenums: "Nghị quyết Trung ương 6 khóa X", "Nghị quyết T.Ư 4, khóa XI", "Nghị quyết Hội nghị lần
  thứ tư Ban Chấp hành Trung ương Đảng (khóa XI)", and the union's "Nghị quyết Hội nghị lần thứ 6
  Ban Chấp hành Tổng Liên đoàn khóa XI": the catalog row with that plenum and term (the term in
  force on the article's date when none is written); several rows are told apart by evidence.
- Laws and charters by name: "Luật Công đoàn năm 2012", "Bộ luật Lao động 2019", "Điều lệ Công
  đoàn Việt Nam khóa XI", "Luật Công đoàn (sửa đổi)" (the newest issued), and the bare name (the
  version in force on the article's date, from the catalog's ``in_force``); never a draft ("dự
  thảo Luật Công đoàn") nor the law an amending law changes.
- Other catalog names ("Nghị quyết 6 về giai cấp công nhân") and titles following a type word
  ("thông qua Nghị quyết về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận…”").
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import TYPE_WORDS, Catalog, Resolution, roman_value, same_province
from enrich.choose import decided, evidence, ranked
from enrich.citations import find_citations
from enrich.context import Article
from enrich.shortforms import Mention
from enrich.tags import NAME, ResolutionTag

_ORDINALS = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
_ORD = r"([0-9]{1,2}|muoi\s+(?:mot|hai|ba|bon|tu|lam|nam)|nhat|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)"
_PLENUM = re.compile(
    r"\s+(?:cua\s+)?(?:hoi nghi\s+)?(?:(?:lan thu|lan)\s+" + _ORD + r"\s+)?(?:cua\s+)?(?:ban chap hanh\s+|bch\s*)?"
    r"(?:(trung uong|tw|t\.u|t\.w|tu)(?:\s+dang)?|(tong lien doan(?:\s+lao dong)?(?:\s+viet nam)?|tong ldld(?:\s*vn|\s+viet nam)?|tld))"
    r"(?:\s*(?:lan thu\s+|lan\s+)?" + _ORD + r")?(?![a-z0-9])(?:[\s,(]*khoa\s+([ivxl]{1,6}|[0-9]{1,2})(?![a-z0-9])\)?)?"
)
_WORD = re.compile(r"[a-z0-9]+")
_MODIFIERS = (
    r"(?P<mod>\s*\(?\s*(?:sua doi(?:\s*,?\s*bo sung)?|moi)\s*\)?)?"
    r"(?:\s*(?:nam\s+)?(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?"
    r"(?:\s*\(?\s*khoa\s+(?P<term>[ivxl]{1,6}|[0-9]{1,2})(?![a-z0-9])\s*\)?)?"
)
TITLE_SHARE = 0.85
_CITES = re.compile(r"(?:nghi quyet|chi thi|ket luan|quyet dinh|chuong trinh|ke hoach) (?:so )?[0-9]")


def _ordinal(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    words = value.split()
    if words[0] == "muoi" and len(words) == 2:
        return 10 + {"mot": 1, "lam": 5, "tu": 4}.get(words[1], _ORDINALS.get(words[1], 0))
    return _ORDINALS.get(value)


def _term_in_force(catalog: Catalog, org: str, art: Article) -> int | None:
    """The term (khóa) of the Party or the union on the article's date, from the congress rows."""
    if art.year is None:
        return None
    suffix = "-DANG" if org == "party" else "-CDVN"
    held = [r for r in catalog.resolutions if r.code.startswith("DH-") and r.code.endswith(suffix) and not art.before_publication(r)]
    if not held:
        return None
    return roman_value(max(held, key=lambda r: r.date or str(r.year)).code.split("-")[1])


def _tag(res: Resolution, art: Article, start: int, end: int) -> ResolutionTag:
    s, e = art.f.span(start, end)
    return ResolutionTag(res.code, res.key, res.title, art.f.text[s:e], s, e, NAME)


def _plenum(art: Article, m: Mention, catalog: Catalog) -> ResolutionTag | None:
    p = _PLENUM.match(art.f.folded, m.end)
    plenum = _ordinal(p.group(1) or p.group(4)) if p else None
    if p is None or plenum is None:
        return None
    org = "party" if p.group(2) else "union"
    term = roman_value(p.group(5)) if p.group(5) else _term_in_force(catalog, org, art)
    if term is None:
        return None
    candidates = tuple(
        r for r in catalog.resolutions
        if r.plenum == plenum and r.term_number == term and (r.system == "party") == (org == "party")
    )
    scored = ranked(candidates, evidence(art, m.start, p.end(), m.limit), art, catalog, adopted=True)
    res = scored[0][1] if len(scored) == 1 else decided(scored)
    return _tag(res, art, m.start, p.end()) if res else None


@cache
def _family_patterns(catalog: Catalog) -> tuple[tuple[re.Pattern[str], tuple[Resolution, ...]], ...]:
    out = []
    for family, docs in catalog.families.items():
        words = r"\s+".join(family.split()).replace(r"cong\s+doan\s+viet\s+nam", r"(?:cong\s+doan\s+(?:viet\s+nam|vn)|cdvn|cd\s+vn)")
        pattern = re.compile(r"(?:" + words + r")(?![a-z0-9])" + _MODIFIERS)
        out.append((pattern, tuple(sorted(docs, key=lambda r: r.date or str(r.year)))))
    return tuple(out)


def _version(docs: tuple[Resolution, ...], fm: re.Match[str], art: Article) -> Resolution | None:
    if fm.group("year"):
        return next((r for r in docs if r.year == int(fm.group("year"))), None)
    if fm.group("term"):
        term = roman_value(fm.group("term"))
        return next((r for r in docs if roman_value(r.code.split("-")[1] if r.code.startswith("DL-") else "") == term), None)
    if art.year is None:
        return None
    if fm.group("mod"):  # "(sửa đổi)", "mới": the newest version issued by the article's date
        issued = [r for r in docs if not art.before_publication(r)]
    else:  # the bare name: the version in force on the article's date
        issued = [r for r in docs if not art.before_publication(r, r.in_force or None)]
    return issued[-1] if issued else None


@cache
def _family_patterns_by_word(
    catalog: Catalog,
) -> dict[str, tuple[tuple[re.Pattern[str], tuple[Resolution, ...]], ...]]:
    """``_family_patterns`` by the first word of the family's name, in their order. A mention's word
    is the folded text at its start, its first word followed by no letter; a pattern opens with its
    family's first word and a space, so only the patterns of the mention's first word can match."""
    out: dict[str, list[tuple[re.Pattern[str], tuple[Resolution, ...]]]] = {}
    for family, found in zip(catalog.families, _family_patterns(catalog), strict=True):
        out.setdefault(family.split()[0], []).append(found)
    return {k: tuple(v) for k, v in out.items()}


def _family(art: Article, m: Mention, catalog: Catalog) -> ResolutionTag | None:
    for pattern, docs in _family_patterns_by_word(catalog).get(m.word.split(" ", 1)[0], ()):
        fm = pattern.match(art.f.folded, m.start)
        if fm is None:
            continue
        res = _version(docs, fm, art)
        return _tag(res, art, m.start, fm.end()) if res else None
    return None


_THREE = re.compile(r"([a-z0-9]+)[^a-z0-9]{1,3}([a-z0-9]+)[^a-z0-9]{1,3}([a-z0-9]+)")


def _named(art: Article, m: Mention, catalog: Catalog) -> ResolutionTag | None:
    three = _THREE.match(art.f.folded, m.start)
    candidates = catalog.names.get(three.groups(), ()) if three else ()
    if not candidates:
        return None
    tokens = art.words_at(m.start)
    for words, res in candidates:
        if tuple(tokens[: len(words)]) != words or res.code.startswith("DH-") or art.before_publication(res):
            continue
        if art.words_glued(m.start, len(words)):
            return _tag(res, art, m.start, art.word_end(m.start, len(words)))
    return None


@cache
def _title_index(catalog: Catalog) -> dict[tuple[str, ...], tuple[Resolution, ...]]:
    """Distinctive titles by type and first three words. A title that cites another document
    ("Thực hiện Chỉ thị số 37-CT/TW ...") names a kind of document, not one document."""
    out: dict[tuple[str, ...], list[Resolution]] = {}
    for res in catalog.resolutions:
        words = res.title_words
        if len(words) >= 6 and res.type_abbr and not find_citations(res.title) and not _CITES.search(" ".join(words)):
            out.setdefault((fold(res.type_abbr), *words[:3]), []).append(res)
    return {k: tuple(v) for k, v in out.items()}


_NUMBERED = re.compile(r"\s*(?:so\b|[0-9])")
# "về" as a word, a quote or a colon: "(?<![a-z])ve(?![a-z])|..." with the look-behind written after the
# word's letters, so that the pattern opens with one of four characters the engine skips to.
_TITLE_LEAD = re.compile(r"ve(?<![a-z]ve)(?![a-z])|[\"':]")


def _titled(art: Article, m: Mention, catalog: Catalog) -> ResolutionTag | None:
    typ = TYPE_WORDS.get(m.word)
    if typ is None or len(m.word) < 4 or _NUMBERED.match(art.f.folded, m.end):
        return None  # a numbered reference is read by its number
    if not _TITLE_LEAD.search(art.f.folded, m.end, min(len(art.f.folded), m.end + 90)):
        return None  # a title follows "về", a quote or a colon
    tokens = art.words_at(m.end)[:24]
    index = _title_index(catalog)
    found = {res for i in range(len(tokens) - 2) for res in index.get((typ, *tokens[i : i + 3]), ())}
    best: list[tuple[float, int, Resolution]] = []
    for res in found:
        share, end = art.title_match(res, m.end, words=14)
        if share >= TITLE_SHARE and not art.before_publication(res, adopted=True) and _in_place(res, art):
            best.append((share, end, res))
    best.sort(key=lambda b: b[0], reverse=True)
    if not best or (len(best) > 1 and best[1][0] == best[0][0]):
        return None
    if not _years_agree(best[0][2], art, m.end, best[0][1], catalog):
        return None
    return _tag(best[0][2], art, m.start, best[0][1])


_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
_TITLE_END = re.compile(r"[.;!?\n]")


@cache
def _recurring(catalog: Catalog) -> frozenset[str]:
    """Keys of documents whose title opens like another's: a body reissues it every year (the
    Government's "nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh ..." resolutions)."""
    by_opening: dict[tuple[str, ...], list[str]] = {}
    for res in catalog.resolutions:
        if len(res.title_words) >= 6:
            by_opening.setdefault(res.title_words[:10], []).append(res.key)
    return frozenset(key for keys in by_opening.values() if len(keys) > 1 for key in keys)


def _years_agree(res: Resolution, art: Article, start: int, end: int, catalog: Catalog) -> bool:
    """A title that names its years ("... hai năm 2016 - 2017") is that document only when the
    text names one of them where the title goes on; a recurring title names a document only with
    a year of its own."""
    folded = art.f.folded
    stop = min(len(folded), end + 120)
    cut = _TITLE_END.search(folded, end, stop)
    written = {int(y) for y in _YEAR.findall(folded[start : cut.start() if cut else stop])}
    own = {int(y) for y in _YEAR.findall(fold(res.title))}
    if res.key in _recurring(catalog):
        return bool(written & (own | {res.year}))
    return not (own and written) or bool(written & own)


def _in_place(res: Resolution, art: Article) -> bool:
    """A provincial document is named only in an article of its province."""
    if not res.local:
        return True
    return bool(art.province) and same_province(res.province, art.province or "")


def find(art: Article, mentions: list[Mention], catalog: Catalog) -> list[ResolutionTag]:
    """Tags from plenums, law and charter names, other catalog names and titles."""
    out = []
    for m in mentions:
        if art.drafted(m.start):
            continue
        for finder in (_plenum, _family, _named, _titled):
            if finder is _plenum and m.word not in ("nghi quyet", "nq"):
                continue
            tag = finder(art, m, catalog)
            if tag is not None:
                out.append(tag)
                break
    return out
