"""Mentions of documents by type word, and short forms: "Nghị quyết số 02", "NQ 02", "Chỉ thị 05".

``scan`` finds every word that can begin a reference (document types, "Luật", "Điều lệ", "do Đại
hội") once, on the folded text. A short form (type and number, no issuer code) is tagged:
- as the document cited in full with the same type and number in the article, when there is one
  (the nearest before it); this also covers "(sau đây gọi tắt là Nghị quyết số 02)";
- else as the catalog document the evidence around it points to (a date, the issuer, the term,
  the title; ``enrich.choose``), rejecting documents of another issuer or not yet issued;
- else, for resolutions, directives, conclusions and programmes only, as the one catalog document
  that lists this short form among the names news uses for it ("Nghị quyết 02" is 02-NQ/TW, not
  the Government's yearly 02/NQ-CP) when nothing contradicts it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from crawler.textnorm import fold
from enrich.catalog import TYPE_WORDS, Catalog, Resolution, number_key
from enrich.choose import decided, evidence, ranked
from enrich.citations import Citation
from enrich.context import Article
from enrich.tags import SHORT, ResolutionTag

_STARTERS = (
    "nghi quyet", "nghi dinh", "chi thi", "ket luan", "quyet dinh", "quy dinh", "chuong trinh hanh dong",
    "chuong trinh", "ke hoach", "huong dan", "cong van", "thong bao", "thong tu", "de an", "bo luat",
    "luat", "dieu le", "do dai hoi", "ma dai hoi", "dai hoi", "van kien", "nq", "ct", "kl", "qd", "ctr",
)


def _scanners() -> tuple[re.Pattern[str], ...]:
    r"""One regex per first word, each starting with that literal word (a fast search), the word
    boundary checked by a look-behind after it: "nghi(?<![a-z0-9]nghi)\s+(?:quyet|dinh)"."""
    groups: dict[str, list[str]] = {}
    for starter in _STARTERS:
        first, _, rest = starter.partition(" ")
        groups.setdefault(first, []).append(rest.replace(" ", r"\s+"))
    groups["nghi"].append(r"(?=\s+(?:dai hoi|dh)(?![a-z]))")  # "Nghị Đại hội", a typo seen on portals
    out = []
    for first, rests in groups.items():
        words = [r for r in rests if r and not r.startswith("(?=")]
        tails = [rf"\s+(?:{'|'.join(words)})"] if words else []
        tails += [r for r in rests if r.startswith("(?=")] + ([""] if "" in rests else [])
        guard = rf"(?<![a-z0-9]{first})" + (r"(?<!phap luat)" if first == "luat" else "")
        out.append(re.compile(first + guard + "(?:" + "|".join(tails) + r")(?![a-z])"))
    return tuple(out)


_SCANNERS = _scanners()
# Each scanner opens with its first word: where the text lacks that word it finds nothing. For a short
# text (a title) str's `in` costs less than setting up the scanner's search; for a long one, more.
_FIRST_WORDS = tuple(p.pattern.split("(", 1)[0] for p in _SCANNERS)
_SHORT_TEXT = 512
_SHORT = re.compile(
    r"\s*(?:so\s*:?\s*)?([0-9]{1,4}[a-z]?)"
    r"(?![0-9a-z/]|\s*[-/]\s*[a-z0-9]|[.,][0-9]|\s+nam(?!\s+(?:19|20)[0-9]{2}))"
)
# Types whose bare short form may be read through the catalog's names without other evidence.
_BARE_TYPES = {"nq", "ct", "kl", "ctr"}


@dataclass(frozen=True)
class Mention:
    """A word that can begin a reference, on the folded text."""

    word: str  # folded, single spaces
    start: int
    end: int
    limit: int | None  # where the next mention or citation begins


def scan(art: Article, taken: list[tuple[int, int]]) -> list[Mention]:
    """Reference-starting words outside the explicit citations, in order."""
    folded = art.f.folded
    scanners = _SCANNERS
    if len(folded) < _SHORT_TEXT:
        scanners = tuple(p for p, first in zip(_SCANNERS, _FIRST_WORDS, strict=True) if first in folded)
    hits = sorted((m for scanner in scanners for m in scanner.finditer(folded)), key=lambda m: m.start())
    found = []
    spans = iter(sorted(taken))
    current = next(spans, None)
    for m in hits:
        while current is not None and current[1] <= m.start():
            current = next(spans, None)
        if current is not None and current[0] <= m.start():
            continue
        found.append((" ".join(m.group().split()), m.start(), m.end()))
    starts = sorted([s for _, s, _ in found] + [s for s, _ in taken])
    out = []
    for word, start, end in found:
        i = bisect.bisect_right(starts, start)
        out.append(Mention(word, start, end, starts[i] if i < len(starts) else None))
    return out


def _type_fits(word: str, res: Resolution) -> bool:
    """"Quyết định" and "Quy định" share the abbreviation QĐ; the catalog's type tells them apart."""
    if word in ("quyet dinh", "quy dinh") and res.doc_type:
        return fold(res.doc_type) == word
    return True


def _anchored(anchors: list[tuple[int, ResolutionTag]], start: int) -> ResolutionTag:
    before = [a for a in anchors if a[0] < start]
    return (before[-1] if before else anchors[0])[1]


def resolve(art: Article, mentions: list[Mention], explicit: list[tuple[Citation, ResolutionTag]], catalog: Catalog) -> list[ResolutionTag]:
    """Tags from short forms. A short form settled by evidence settles its bare repeats too."""
    anchors: dict[tuple[str, str], list[tuple[int, ResolutionTag]]] = {}
    for cit, tag in explicit:
        if cit.type_abbr:
            anchors.setdefault((fold(cit.type_abbr), number_key(cit.number)), []).append((cit.start, tag))
    pending: list[tuple[Mention, str, str, int, int, list[tuple[float, Resolution]]]] = []
    learned: dict[tuple[str, str], list[tuple[int, ResolutionTag]]] = {}
    out = []
    for m in mentions:
        typ = TYPE_WORDS.get(m.word)
        if not typ:
            continue
        short = _SHORT.match(art.f.folded, m.end)
        if short is None:
            continue
        number = number_key(short.group(1))
        start, end = art.f.span(m.start, short.end())
        text = art.f.text[start:end]
        if (typ, number) in anchors:
            a = _anchored(anchors[(typ, number)], m.start)
            out.append(ResolutionTag(a.id, a.key, a.title, text, start, end, SHORT, discovered=a.discovered))
            continue
        curated = catalog.curated.get((typ, number), ())
        pool = {**dict.fromkeys(catalog.by_type_number.get((typ, number), ())), **dict.fromkeys(curated)}
        candidates = tuple(r for r in pool if _type_fits(m.word, r))
        if not candidates:
            continue
        scored = ranked(candidates, evidence(art, m.start, short.end(), m.limit), art, catalog, strict=True)
        res = decided(scored)
        if res is not None:
            tag = ResolutionTag(res.code, res.key, res.title, text, start, end, SHORT)
            learned.setdefault((typ, number), []).append((m.start, tag))
            out.append(tag)
        else:
            pending.append((m, typ, number, start, end, scored))
    for m, typ, number, start, end, scored in pending:
        text = art.f.text[start:end]
        if (typ, number) in learned:
            a = _anchored(learned[(typ, number)], m.start)
            out.append(ResolutionTag(a.id, a.key, a.title, text, start, end, SHORT))
            continue
        curated = catalog.curated.get((typ, number), ())
        if typ in _BARE_TYPES and scored and scored[0][1] in curated and sum(1 for _, r in scored if r in curated) == 1:
            res = scored[0][1]
            out.append(ResolutionTag(res.code, res.key, res.title, text, start, end, SHORT))
    return out
