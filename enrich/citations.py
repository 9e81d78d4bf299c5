"""The grammar of Vietnamese document citations: find codes in text and spell them officially.

Party documents: ``<số>-<LOẠI>/<CƠ QUAN>`` ("02-NQ/TW", "13-CTr/TU"); State and union
documents: ``<số>/<LOẠI>-<CƠ QUAN>`` ("3757/QĐ-TLĐ", "6b/NQ-BCH"); laws and Assembly
resolutions: ``<số>/<năm>/<CƠ QUAN>`` ("202/2025/QH15"); dated State documents
``<số>/<năm>/<LOẠI>-<CƠ QUAN>`` ("191/2013/NĐ-CP"); official letters "Công văn số 41/TTg-QHĐP".
News text swaps the separators ("20/NQ-TW", "03-NQ/CP", "18-2019-TT-BGDĐT", "119/2004/TTLT/BTC-TLĐ"),
writes "TƯ", "T.Ư", "Ð" (U+00D0) or, in text from legacy fonts, "D" for "Đ", adds spaces (also
inside an issuer: "BGD ĐT"), line breaks and en dashes, uses lower or upper case and glues
("NQ20/NQTW"). Matching runs on the folded text (same offsets); the code is spelled from the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from enrich.folding import Folded, fold_text, fold_word

# Folded type abbreviation -> official spelling.
TYPES = {
    "nq": "NQ", "ct": "CT", "kl": "KL", "qd": "QĐ", "qdi": "QĐi", "qyd": "QyĐ", "ctr": "CTr",
    "kh": "KH", "hd": "HD", "hdlt": "HDLT", "tb": "TB", "cv": "CV", "bc": "BC", "qc": "QC",
    "da": "ĐA", "ttr": "TTr", "nd": "NĐ", "tt": "TT", "ttlt": "TTLT", "nqlt": "NQLT", "ctlt": "CTLT",
    "vbhn": "VBHN", "pa": "PA",
}
# Further types of the State and Party document rules (Decree 30/2020/NĐ-CP appendix I; the
# Party's guidance on its documents) and the short "Tr" some bodies write for a submission
# ("Tờ trình số 146/Tr-BTC"). Short and common as words ("7 tr/tháng"), they are read after a
# hyphen (Party form) or in the State form only, never after a bare space.
MORE_TYPES = {
    "tr": "Tr", "tc": "TC", "bb": "BB", "cd": "CĐ", "gm": "GM", "bgn": "BGN", "btt": "BTT",
    "guq": "GUQ", "ggt": "GGT", "gnp": "GNP", "pg": "PG", "pc": "PC", "pb": "PB",
}
ALL_TYPES = {**TYPES, **MORE_TYPES}
_DATED_TYPES = {**ALL_TYPES, "l": "L"}  # "Lệnh số 19/2006/L-CTN" (orders of the President)
# Folded issuer code -> official spelling, where the official one has Đ, Ư or lower case.
ISSUERS = {
    "ttg": "TTg", "tld": "TLĐ", "ldld": "LĐLĐ", "dct": "ĐCT", "bcd": "BCĐ", "du": "ĐU", "duk": "ĐUK",
    "dtn": "ĐTN", "hdnd": "HĐND", "bldtbxh": "BLĐTBXH", "ldtbxh": "LĐTBXH", "qhdp": "QHĐP",
    "bgddt": "BGDĐT", "bcsd": "BCSĐ",
}
_PARTY_HEADS = {"tw", "tu", "hu", "qu", "txu", "tpu", "du", "duk", "dtn", "bcsd", "bct", "bbt", "bcd"}
_STATE_HEADS = {"cp", "ttg", "vpcp", "ubnd", "hdnd", "tld", "ldld", "bch", "dct", "bnv", "btc", "byt",
                "bldtbxh", "ldtbxh", "bgddt", "bca", "bqp", "btp", "bkhdt", "bxd", "bgtvt", "nhnn"}
_UNION_HEADS = {"tld", "ldld", "bch", "dct"}
# Issuers a space can split in text ("BGD ĐT", "BLĐ TBXH"): the two parts are joined only when
# they make one of these.
_JOINABLE = frozenset(ISSUERS) | _STATE_HEADS | _PARTY_HEADS
LOCAL_HEADS = {"tu", "hu", "qu", "txu", "tpu", "du", "duk", "ubnd", "hdnd", "ldld"}


def _alternation(words: dict[str, str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ISS = r"(t\.[uw]|[a-z][a-z0-9]{0,14}(?:-[a-z][a-z0-9]{0,14}){0,2})"
_SEP = r"\s*[/-]\s*"  # dated codes: "18/2019/TT-BGDĐT", "18-2019-TT-BGDĐT", "119/2004/TTLT/BTC-TLĐ"
# A code starts a number: not inside a word, a date or a decimal ("số37" and "Số:37" are fine).
# Checked on each match rather than by a look-behind, which would run at every position.
_CODE = re.compile(
    r"([0-9]{1,5}[a-z]?)(?:"
    + _SEP + r"((?:19|20)[0-9]{2})" + _SEP + r"(?:((?:ubtv)?qh[0-9]{1,2})|(" + _alternation(_DATED_TYPES) + r")" + _SEP + _ISS + ")"
    r"|(?:\s*-\s*|[ \t]+(?=(?:" + _alternation(TYPES) + r")\s*/))(" + _alternation(ALL_TYPES) + r")\s*/\s*" + _ISS +
    r"|\s*/\s*(" + _alternation(ALL_TYPES) + r")\s*-\s*" + _ISS +
    r"|\s*/\s*([a-z][a-z0-9]{1,9}(?:-[a-z][a-z0-9]{1,9}(?:-[a-z0-9]{1,9})?)?)"
    r")(?![a-z0-9/])"
)
_ISS_REST = re.compile(r"[ \t]([a-z]{1,7})((?:\s*-\s*[a-z][a-z0-9]{0,14}){0,2})(?![a-z0-9/])")
_NOT_BEFORE = frozenset("0123456789abcdefghijklmnopqrstuvwxyz/.-")
_LETTER_BEFORE = re.compile(r"(?:cong van|van ban|cv)[\s(:]*(?:so\s*)?:?\s*$")
_GLUED = re.compile(r"(?<![a-z0-9])(nq|ct|kl)\s*([0-9]{1,3})\s*/\s*(?:nq|ct|kl)?\s*(tw|t\.w)(?![a-z0-9])")


_GLUED_TYPES = ("nq", "ct", "kl")


def _glued(folded: str) -> list[re.Match[str]]:
    """Glued forms ("NQ20/NQTW") where a type is followed by a digit (at most one space between),
    by type, then in order of appearance.

    Each has a "/" after its number: from every "/" (str.find of one character is quick, of two
    is not) the walk back over spaces, the number's one to three digits and at most one space
    reaches the one place a type would start; the pattern is tried there."""
    out = []
    digits = _DIGIT
    at = folded.find("/")
    while at != -1:
        j = at - 1
        while j >= 0 and folded[j].isspace():
            j -= 1
        end = j
        while j >= 0 and folded[j] in digits:
            j -= 1
        if 1 <= end - j <= 3:
            if j >= 0 and folded[j].isspace():
                j -= 1
            i = j - 1
            if i >= 0 and folded[i:i + 2] in _GLUED_TYPES and (m := _GLUED.match(folded, i)):
                out.append(m)
        at = folded.find("/", at + 1)
    if len(out) > 1:
        out.sort(key=lambda m: (_GLUED_TYPES.index(m.group(1)), m.start()))
    return out


@dataclass(frozen=True)
class Citation:
    """A document code found in text, in its official spelling, with its span."""

    code: str
    start: int
    end: int
    evidence: str
    system: str  # party | state | union | law
    number: str
    type_abbr: str
    issuer: str
    year: int | None = None

    @property
    def local(self) -> bool:
        """Issued by a provincial or district body: the code is unique only with the place."""
        return fold_word(self.issuer.split("-")[0]) in LOCAL_HEADS


def _issuer(original: str) -> str:
    parts = []
    for seg in re.split(r"\s*-\s*", original.strip()):
        seg = "".join(seg.split())  # "BGD ĐT"
        folded = fold_word(seg)
        upper = seg.upper().replace("Ð", "Đ")
        if folded in ("tw", "t.u", "t.w") or (folded == "tu" and "Ư" in upper):
            parts.append("TW")
        else:
            parts.append(ISSUERS.get(folded, upper))
    return "-".join(parts)


def _number(original: str) -> str:
    return original.lower()


def _from_match(m: re.Match[str], f: Folded) -> Citation | None:
    """Groups: 1 number; 2 year, 3 law issuer or 4 type + 5 issuer (dated); 6 type + 7 issuer
    (Party form); 8 type + 9 issuer (State form); 10 issuer (and unit) of an official letter:
    "Công văn số 41/TTg-QHĐP", "Công văn số 243/LĐLĐ"."""
    text = f.text
    iss_group = next((g for g in (5, 7, 9) if m.group(g)), None)
    iss_end = m.end()
    if iss_group is not None and (rest := _ISS_REST.match(f.folded, m.end())):
        last = m.group(iss_group).rsplit("-", 1)[-1]
        if last + rest.group(1) in _JOINABLE:
            iss_end = rest.end()
    start, end = f.span(m.start(), iss_end)

    def orig(group: int) -> str:
        s, e = f.span(m.start(group), iss_end if group == iss_group else m.end(group))
        return text[s:e]

    num = orig(1).lower()
    evidence = text[start:end]
    if m.group(2):
        year = int(m.group(2))
        if m.group(3):
            issuer = m.group(3).upper()
            return Citation(f"{num}/{year}/{issuer}", start, end, evidence, "law", num, "", issuer, year)
        typ, issuer = _DATED_TYPES[m.group(4)], _issuer(orig(5))
        return Citation(f"{num}/{year}/{typ}-{issuer}", start, end, evidence, _system(issuer, False), num, typ, issuer, year)
    if m.group(10):
        if not _LETTER_BEFORE.search(f.folded, max(0, m.start() - 20), m.start()):
            return None
        if "-" not in m.group(10) and not orig(10).isupper():
            return None  # an issuer alone is written in capitals ("243/LĐLĐ", not "12/tháng")
        issuer = _issuer(orig(10))
        return Citation(f"{num}/{issuer}", start, end, evidence, _system(issuer, False), num, "", issuer)
    written_party = m.group(6) is not None
    typ = ALL_TYPES[m.group(6) if written_party else m.group(8)]
    issuer = _issuer(orig(7 if written_party else 9))
    system = _system(issuer, written_party)
    code = f"{num}-{typ}/{issuer}" if system == "party" else f"{num}/{typ}-{issuer}"
    return Citation(code, start, end, evidence, system, num, typ, issuer)


def _system(issuer: str, written_party: bool) -> str:
    """Party form for Party issuers (and unknown ones written so: mass organisations use it);
    State form for State and union issuers, whichever way the text wrote the code."""
    head = fold_word(issuer.split("-")[0])
    if head in _UNION_HEADS:
        return "union"
    if head in _PARTY_HEADS or head.endswith("tw") or head.startswith("tw"):
        return "party"
    if head in _STATE_HEADS or not written_party:
        return "state"
    return "party"


_SPACE = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")  # \s in the folded text (ASCII)
_LETTER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT = frozenset("0123456789")
_WALK = 40  # characters walked back from a separator before the whole-text search is used


def _code_starts(folded: str) -> list[int] | None:
    """Every place a _CODE match may start, in order (None: search the whole text).

    Each of _CODE's forms has a "/" or "-" after its number, with only an optional letter, spaces
    and (the Party form "13 CTr/TU") a type word of at most four letters between them: walking back
    from each "/" and "-" over spaces and at most five letters reaches the number's last digit, and
    a number of at most five digits ends there."""
    starts: set[int] = set()
    for sep in "/-":
        at = folded.find(sep)
        while at != -1:
            i, letters = at - 1, 0
            while i >= 0 and (c := folded[i]) not in _DIGIT:
                if c in _LETTER:
                    letters += 1
                    if letters > 5:
                        break
                elif c not in _SPACE:
                    break
                i -= 1
                if at - i > _WALK:
                    return None
            else:
                if i >= 0:  # a digit ends the walk
                    j = i
                    while j >= 0 and i - j < 5 and folded[j] in _DIGIT:
                        starts.add(j)
                        j -= 1
            at = folded.find(sep, at + 1)
    return sorted(starts)


def code_matches(folded: str) -> Iterator[re.Match[str]]:
    """``_CODE.finditer(folded)``, the pattern tried only where ``_code_starts`` puts a number (a
    pattern's search through a whole text costs far more than str.find of the separators)."""
    starts = _code_starts(folded)
    if starts is None:
        yield from _CODE.finditer(folded)
        return
    end = 0
    for at in starts:
        if at >= end and (m := _CODE.match(folded, at)) is not None:
            end = m.end()
            yield m


def find_citations(text: str | Folded) -> list[Citation]:
    """Every explicit document code in ``text``, official spelling, in order of appearance."""
    f = text if isinstance(text, Folded) else fold_text(text)
    found: list[Citation] = []
    folded = f.folded
    for m in code_matches(folded):
        before = folded[m.start() - 1] if m.start() else " "
        if before in _NOT_BEFORE and not folded.endswith("so", 0, m.start()):
            continue
        cit = _from_match(m, f)
        if cit is not None:
            found.append(cit)
    taken = [(c.start, c.end) for c in found]
    for m in _glued(folded):
        start, end = f.span(m.start(), m.end())
        if any(s < end and start < e for s, e in taken):
            continue
        typ, num = TYPES[m.group(1)], m.group(2)
        found.append(Citation(f"{num}-{typ}/TW", start, end, f.text[start:end], "party", num, typ, "TW"))
    found.sort(key=lambda c: c.start)
    return found


def with_full_codes(citations: list[Citation]) -> list[Citation]:
    """A code repeated without its year ("28/QĐ-TTg" after "28/2021/QĐ-TTg" in one article) is the
    document cited in full, when the article cites one such document: its code and year are taken."""
    dated: dict[tuple[str, str, str], set[Citation]] = {}
    for c in citations:
        if c.year is not None and c.type_abbr:
            dated.setdefault(_same_document(c), set()).add(c)
    if not dated:
        return citations
    out = []
    for c in citations:
        full = dated.get(_same_document(c)) if c.year is None and c.type_abbr else None
        if full and len({f.code for f in full}) == 1:
            f = next(iter(full))
            c = replace(c, code=f.code, year=f.year, system=f.system)
        out.append(c)
    return out


def _same_document(c: Citation) -> tuple[str, str, str]:
    return c.number.lstrip("0"), fold_word(c.type_abbr), fold_word(c.issuer)
