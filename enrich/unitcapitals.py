"""A union's name written wholly in capitals, read in the sentence's case where its whole head is in capitals.

"CÔNG ĐOÀN CỤC HẢI QUAN TỈNH ĐỒNG THÁP, MỘT NHÂN TỐ ..." (b32u003, a title) is read as "Công đoàn Cục Hải quan tỉnh
Đồng Tháp": the union's head ("CÔNG ĐOÀN", "CÔNG ĐOÀN CƠ SỞ"), an organisation's head of the word groups ``org``,
``corp``, ``org_cs`` or ``national_org`` (enrich/data/unit_words.csv), one to six words of its name, a place type and
a province's name (enrich/data/provinces.csv), then a sign or the line's end, all in capitals. The head and the place
are written as listed, the name's words capitalised (an acronym the word lists or unit_abbreviations.csv name kept in
capitals: "TRƯỜNG THPT LÊ LỢI" is "Trường THPT Lê Lợi"). Words that start a listed form, an institution's name or alias
(enrich/data/institutions.csv) or a head, phrase or compound of unit_words.csv (groups ``_FORM_GROUPS``), are written as
listed, the longest first and, of two listed forms in the same capitals, the one with fewer capitals ("TRƯỜNG ĐẠI HỌC
CÔNG NGHỆ" is "Trường Đại học Công Nghệ", "BỆNH VIỆN ĐA KHOA" "Bệnh viện Đa khoa"); the others are proper names, each
word capitalised (the case of a common word no list holds is not known: "KHOA HỌC TỰ NHIÊN" is "Khoa Học Tự Nhiên"),
unless the text writes the same name elsewhere not in capitals: then as it does there. Capitals that go on past the
province (a headline, "... TỈNH X TỔ CHỨC HỘI NGHỊ") or a name with no place type and province are left as written:
where such a name ends is not known. Each character is replaced by one, so the view's offsets stay.

A union's name in capitals that is a line of its own, a heading ("Trang quản trị\nCÔNG ĐOÀN TRƯỜNG ĐẠI HỌC CÔNG NGHỆ
SÀI GÒN", b37u001), ends where the line does: it is read so without a place type and province, where none of its
words is a verb of a headline or clause (groups ``headline_verb``, ``name_verb``, ``clause_verb``, ``predicate``,
``not_name``: "CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC VINH TỔ CHỨC HỘI NGHỊ" is a headline whose name's end is not known).
"""

from __future__ import annotations

import re
from functools import cache

from enrich.catalog import DATA, read_csv

_HEAD = re.compile(r"(?<!\w)CÔNG ĐOÀN (?:CƠ SỞ )?")
_PLACE_TYPES = ("tỉnh", "thành phố")
_HEAD_GROUPS = frozenset(("org", "corp", "org_cs", "national_org"))
_SIGNS = ",.;:–-"
_MAX_NAME = 6
_FORM_GROUPS = _HEAD_GROUPS | {"open_head", "school_head", "phrase", "compound"}
_LONGEST_FORM = 10
_VERB_GROUPS = frozenset(("headline_verb", "name_verb", "clause_verb", "predicate", "not_name"))


_ACRONYM_GROUPS = frozenset(("school_head", "school_abbr", "legal_acronym", "acronym_generic"))


@cache
def _acronyms() -> frozenset[str]:
    """Words written in capitals in a name: the word lists' acronyms and unit_abbreviations.csv's one-word ones."""
    words = {r["word"].split("=", 1)[0] for r in read_csv(DATA / "unit_words.csv") if r.get("group") in _ACRONYM_GROUPS}
    words |= {r["abbr"] for r in read_csv(DATA / "unit_abbreviations.csv") if " " not in r.get("abbr", " ")}
    return frozenset(w for w in words if w.isupper())


@cache
def _lists() -> tuple[dict[str, str], dict[str, str]]:
    """Organisations' heads and provinces' names, each in capitals mapped to its listed form."""
    heads = {r["word"].upper(): r["word"] for r in read_csv(DATA / "unit_words.csv")
             if r.get("group") in _HEAD_GROUPS and r.get("word", "")[:1].isupper()}
    provinces: dict[str, str] = {}
    for row in read_csv(DATA / "provinces.csv"):
        for name in (row.get("short_name", ""), *row.get("aliases", "").split(";")):
            if name[:1].isupper() and all(w[:1].isupper() for w in name.split()):
                provinces.setdefault(name.upper(), name)
    return heads, provinces


@cache
def _forms() -> dict[str, str]:
    """Listed forms that start with a capital, each in capitals mapped to its form (of two, the one with fewer
    capitals): unit_words.csv's heads, phrases and compounds and the institutions' names and aliases."""
    listed = [r["word"] for r in read_csv(DATA / "unit_words.csv") if r.get("group") in _FORM_GROUPS]
    for row in read_csv(DATA / "institutions.csv"):
        listed.extend((row.get("name", ""), *row.get("aliases", "").split(";")))
    forms: dict[str, str] = {}
    for form in listed:
        if form[:1].isupper() and len(form.split()) <= _LONGEST_FORM:
            known = forms.get(form.upper())
            if known is None or sum(c.isupper() for c in form) < sum(c.isupper() for c in known):
                forms[form.upper()] = form
    return forms


def _cased(words: list[str]) -> list[str]:
    """``words`` (in capitals, an organisation's head and name) in the sentence's case: listed forms as listed, the
    longest first, acronyms in capitals, every other word capitalised as a proper name's."""
    forms = _forms()
    out: list[str] = []
    i = 0
    while i < len(words):
        form = _listed(words, i, forms, _LONGEST_FORM)
        if form is not None:
            out.append(form[1])
            i += form[0]
            continue
        word = words[i]
        out.append(word if word in _acronyms() else word[:1] + word[1:].lower())
        i += 1
    return out


@cache
def _verbs() -> frozenset[str]:
    """Verbs and words that start no name (one or two words, in capitals): a line holding one is no name alone."""
    return frozenset(r["word"].upper() for r in read_csv(DATA / "unit_words.csv") if r.get("group") in _VERB_GROUPS)


def _verb_in(words: list[str]) -> bool:
    """Whether ``words`` hold a verb of ``_verbs`` (one word, or two together)."""
    verbs = _verbs()
    return any(w in verbs or " ".join(words[i:i + 2]) in verbs for i, w in enumerate(words))


def _listed(words: list[str], i: int, table: dict[str, str], longest: int = 4) -> tuple[int, str] | None:
    """The longest listed form (in capitals) that ``words[i:]`` start with: the number of words and the form."""
    for n in range(min(longest, len(words) - i), 0, -1):
        form = table.get(" ".join(words[i:i + n]))
        if form is not None:
            return n, form
    return None


def _sentence_case(written: str, line: bool = False) -> str | None:
    """``written`` (words in capitals after the union's head, up to a sign or the line's end) in the sentence's case,
    or None where it is no organisation's head, name, place type and province; with ``line`` (the head starts its
    line and ``written`` ends it), an organisation's head and one to six words of its name and no verb are enough."""
    heads, provinces = _lists()
    words = written.split(" ")
    head = _listed(words, 0, heads)
    if head is None:
        return None
    n = head[0]
    i = n
    while i < len(words) and i - n <= _MAX_NAME:
        pair = " ".join(words[i:i + 2]).lower()
        kind = pair if pair in _PLACE_TYPES else words[i].lower() if words[i].lower() in _PLACE_TYPES else ""
        if kind and i > n:
            place = _listed(words, i + len(kind.split()), provinces)
            if place is not None and i + len(kind.split()) + place[0] == len(words):
                return " ".join([*_cased(words[:i]), kind, place[1]])
        i += 1
    if line and i == len(words) and 0 < i - n <= _MAX_NAME and not _verb_in(words[n:]):
        return " ".join(_cased(words))
    return None


def _as_written(source: str, cased: str) -> str:
    """``cased`` as ``source`` writes the same name elsewhere not in capitals ("Trường Đại học Khoa học Tự nhiên" after
    the heading "... KHOA HỌC TỰ NHIÊN"), a whole name; else ``cased``."""
    lower, want = source.lower(), cased.lower()
    if len(lower) != len(source):
        return cased
    at = lower.find(want)
    while at >= 0:
        found = source[at:at + len(want)]
        after = source[at + len(want):at + len(want) + 1]
        if not found.isupper() and not after.isalnum() and (at == 0 or not source[at - 1].isalnum()):
            return found
        at = lower.find(want, at + 1)
    return cased


def sentence_cased(source: str) -> str:
    """``source`` with every union's name in capitals that ``_sentence_case`` reads written in the sentence's case,
    one character for one."""
    if "CÔNG ĐOÀN " not in source:
        return source
    chars: list[str] | None = None
    for m in _HEAD.finditer(source):
        end = m.end()
        while end < len(source) and source[end] not in _SIGNS and source[end] != "\n":
            end += 1
        written = source[m.end():end].rstrip(" ")
        if not written or not written.isupper() or "  " in written:
            continue
        line = (m.start() == 0 or source[m.start() - 1] == "\n") and source[end:end + 1] in ("", "\n")
        cased = _sentence_case(written, line and len(written) == end - m.end())
        cased = _as_written(source, cased) if cased is not None else None
        head = "Công đoàn cơ sở " if "CƠ SỞ" in m.group(0) else "Công đoàn "
        if cased is None or len(head) != len(m.group(0)) or len(cased) != len(written):
            continue
        chars = chars if chars is not None else list(source)
        chars[m.start():m.start() + len(head) + len(cased)] = head + cased
    return "".join(chars) if chars is not None else source
