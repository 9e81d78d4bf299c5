"""A union's head followed by an organisation's initials alone ("Công Đoàn VHT", "CÔNG ĐOÀN TDMU"): a grassroots union
known by the initials of its organisation, read where the passage gives that organisation.

After a plain "Công đoàn" (any case: "Công Đoàn", "CÔNG ĐOÀN") two to six capital letters that end their line, the way
a union's own pages name it (a heading, a letter's issuer, a form's or page's title: "BAN THƯỜNG VỤ CÔNG ĐOÀN TDMU",
"Đơn Xin Gia Nhập Công Đoàn TDMU"), name a company's or a school's union, labelled as written (b33u035, b37u016,
b37u018, b37u031), where the passage, its title included, also gives the organisation behind the initials:
- the initials written again outside a union's head, as a word of their own ("Tạp chí Khoa học TDMU", "Cổng thông tin
  VHT"), or joined to the union's head in one word, a site's or file's name ("congdoanvht", "CongDoanTDMU");
- or the passage written by a grassroots union itself, whose own initials "CĐCS" it writes apart from a head (a
  letter's number "18/CV-CĐCS", its filing line "Lưu: VT, CĐCS").
Initials in running text ("Công đoàn KTNN đã tổ chức", "của Công đoàn KPH lên") or in the page's title, a headline
("Đại hội Công đoàn KTNN"; the tagger reads the title as the view's first line) stay unread: there the sets label
an agency's or a site's union by a full name the passage does not give (b9u081, u039). Where the passage writes a
company (its head "Công ty", "Tổng công ty", "Tập đoàn") whose name ends with the initials ("Công ty Cổ phần Dược phẩm
OPC", "... Sài Gòn (SAMCO)"), the union is that company's, which the rules of a bare union and of defined acronyms
read (b16u044, b31u032), not here; a journal's or a portal's name ("Tạp chí Khoa học TDMU") is no such company. Look-alikes stay unread: initials the tagger spells out or reads as another unit (enrich/data/unit_abbreviations.csv:
"Công đoàn VN", "Công đoàn CSVN", "CĐ TLĐ", "Công đoàn GTVT"; the gazetteer's aliases, read before), a province's
abbreviation (province_abbreviations.csv), a kind of organisation or a school level (groups ``acronym_generic``,
``school_head``, ``school_abbr``, ``legal_acronym``), and initials the passage writes nowhere else.
"""

from __future__ import annotations

import re
from functools import cache

from crawler.textnorm import fold
from enrich.catalog import DATA, read_csv
from enrich.unitshort import province_abbreviations

_INITIALS = re.compile(r"[A-ZĐ]{2,6}(?![\w&.-])")
_AFTER = re.compile(r"[ \t]*(?:$|\n)")
_SIGN = re.compile(r"[,.;:!?–]")
_NAME_WORDS = 10  # an organisation's head and the words of its name before the initials
_GROUPS = frozenset(("acronym_generic", "school_head", "school_abbr", "legal_acronym"))
_OWN_INITIALS = re.compile(r"(?<![\w])CĐCS(?![\w])")
_HEAD_BEFORE = re.compile(r"(?i:công đoàn|cđ)\s*$")


_COMPANY_HEADS = ("Công ty ", "Cty ", "Tổng công ty ", "Tổng Công ty ", "Tập đoàn ")


@cache
def _head_pattern() -> re.Pattern[str]:
    """A company's head as a word of its own before a capitalised word ("Công ty Cổ")."""
    heads = "|".join(re.escape(h) for h in sorted(_COMPANY_HEADS, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{heads})(?=[A-ZĐÀ-Ỹ0-9])")


def _ends_named_org(text: str, at: int) -> bool:
    """Whether the initials at ``at`` end a company's name written with its head ("Công ty Cổ phần Dược phẩm OPC",
    "Tổng Công ty Cơ khí Giao thông Vận tải Sài Gòn (SAMCO)")."""
    before = text[max(0, text.rfind("\n", 0, at) + 1, at - 120):at]
    before = before.rstrip(" (")
    at_head = max((m.start() for m in _head_pattern().finditer(before)), default=-1)
    return at_head >= 0 and not _SIGN.search(before, at_head) and len(before[at_head:].split()) <= _NAME_WORDS


@cache
def _not_initials() -> frozenset[str]:
    """Capital words after "Công đoàn" that are no organisation's initials."""
    words = {r["abbr"] for r in read_csv(DATA / "unit_abbreviations.csv")}
    words |= {r["word"].split("=", 1)[0] for r in read_csv(DATA / "unit_words.csv") if r.get("group") in _GROUPS}
    words |= set(province_abbreviations())
    return frozenset(words)


def _given(text: str, initials: str, start: int, end: int) -> bool:
    """Whether ``text`` gives the organisation of ``initials`` (read at ``start``-``end``) outside that mention."""
    word = re.compile(rf"(?<![\w&-]){re.escape(initials)}(?![\w&-])")
    if any(_ends_named_org(text, m.start()) for m in word.finditer(text)):
        return False
    for m in word.finditer(text):
        if m.start() != start and not _HEAD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True  # written as a word of its own, no union's head before it
    joined = fold("congdoan" + initials).lower()
    if joined in fold(text).lower().replace(" ", "_"):
        return True  # "congdoanvht", "CongDoanTDMU": a site's or file's name
    return any(not _HEAD_BEFORE.search(text, max(0, m.start() - 12), m.start()) for m in _OWN_INITIALS.finditer(text))


def initials_end(text: str, start: int, pos: int) -> int | None:
    """Where the union's name ends when the head at ``start`` (its name at ``pos``) is followed by an organisation's
    initials that the passage gives, or None."""
    first_line = text.find("\n")
    if first_line == -1 or start < first_line:
        return None  # the title: a headline, where the press writes a union short ("Đại hội Công đoàn KTNN")
    m = _INITIALS.match(text, pos)
    if m is None or m.group(0) in _not_initials() or not _AFTER.match(text, m.end()):
        return None
    return m.end() if _given(text, m.group(0), pos, m.end()) else None
