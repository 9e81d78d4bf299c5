"""Where a unit's name ends when capitalised words go on past it: a person's name written after the
organisation's, a compound closing a name known by its acronym, "Việt Nam" closing a central union's."""

from __future__ import annotations

import re
from collections.abc import Callable

from enrich.gazetteer import Gazetteer
from enrich.unitdescribed import time_at
from enrich.unitnational import province_after
from enrich.unittext import cap_run, capitalised, skip_space, starts_with, tokens

# "2 Chủ tịch LĐLĐ tỉnh", "các cán bộ LĐLĐ huyện": people of several unions of a type, not one union
_COUNTED = re.compile(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|các|những|nhiều) (?:đồng chí )?(?:[Pp]hó )?(?:[Cc]hủ tịch|cán bộ|đại diện|lãnh đạo) $")
# Every _COUNTED match ends with one of these words and its space, at the end of the text searched or
# before a line break there ($): where that text ends otherwise, the search (tried at each character) is skipped.
_COUNTED_ENDS = tuple(word + end for word in ("hủ tịch", "cán bộ", "đại diện", "lãnh đạo") for end in (" ", " \n"))


def counted_before(text: str, start: int) -> bool:
    """``_COUNTED.search(text, max(0, start - 30), start)`` found a match."""
    at = max(0, start - 30)
    return text.endswith(_COUNTED_ENDS, at, start) and _COUNTED.search(text, at, start) is not None


Words = dict[str, tuple[str, ...]]
_BRANCH_AFTER = re.compile(r"(?: [–-])? (?:tỉnh|thành phố|huyện|quận|thị xã|[Cc]hi nhánh)(?!\w)")
_WORD = re.compile(r"(?<!\w)\w")
_SENTENCE_END = re.compile(r"(?<!\w)(?=[^\W\d_]*[a-zđà-ỹ])[^\W\d_]{3,}\. [A-ZĐÀ-Ỹ]")  # a word of 3 letters, one lower-case, a full stop, a capital


def branch_after(text: str, end: int, alias: str, gaz: Gazetteer) -> bool:
    """A central sector union's short alias ("Công đoàn Ngân hàng Chính sách xã hội") before a place
    or a branch, or its acronym before a province's name ("Công đoàn NHCSXH Lai Châu", enrich/unitnational.py): the
    union of a branch in that place, read as a grassroots name, not the central one."""
    if alias.endswith((" viet nam", " vn")) or not (_BRANCH_AFTER.match(text, end) or province_after(text, end, gaz)):
        return False
    return all((row := gaz.units.get(uid)) is not None and row.get("kind") == "sector-central"
               for uid in gaz.aliases[alias])


def rules_end_stands(text: str, end: int, rule_end: int, words: Words, is_province: Callable[[str], bool]) -> bool:
    """Whether the learned reader's ``end`` crosses a sentence's end past the rules' ("... tỉnh Sóc Trăng.
    Trong nhiệm kỳ"; "TP. Hồ Chí Minh" is no sentence's end) or a headline's verb, or cuts the province
    that ends the rules' name ("... thành phố Hồ Chí | Minh"), or reads on past a number into a unit of time, or
    leaves out the number alone that ends the rules' name after a word of the name ("Xây dựng | 2")."""
    if end > rule_end:
        if starts_with(text, skip_space(text, rule_end), words.get("headline_verb", ()), exact=True):
            return True  # "Công đoàn Bệnh viện Đa khoa Sóc Trăng Chào mừng 96 năm ...": a headline after the name
        if text[rule_end - 1:rule_end].isdigit() and text[rule_end:rule_end + 1] == " " \
                and time_at(text, rule_end + 1, words):
            return True  # "Công đoàn Công ty May 10 | tuần Lễ Vàng": a duration the rules ended the name before
        word = rule_end
        while word > 0 and text[word - 1].isalnum():
            word -= 1
        return _SENTENCE_END.search(text, word, end) is not None
    if number_cut(text, end, rule_end):
        return True  # "Công ty Cổ phần Xây dựng | 2 ngày 24/3": the number is the name's own
    starts = [m.start() for m in _WORD.finditer(text, max(0, end - 40), end)][-3:]
    return any(is_province(text[k:rule_end]) for k in starts) and text[end:end + 1] == " "


_TYPE_ENDS = frozenset(("tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "khu"))  # a place type's last word


def number_cut(text: str, end: int, rule_end: int) -> bool:
    """Whether ``end`` leaves out of the rules' name (ended at ``rule_end``) only its last word, a number, written
    after a word of the name ("Công ty Xây dựng | 2", "Bệnh viện Quân y | 105"), not after a place's type, where the
    number starts what follows ("Trường Chính trị tỉnh | 6 tháng đầu năm")."""
    if text[end:end + 1] != " " or not text[end + 1:rule_end].isdigit():
        return False
    return text[text.rfind(" ", 0, end) + 1:end] not in _TYPE_ENDS


def acronym_name_end(text: str, at: int, words: Words) -> int:
    """End of a unit known by an acronym and capitalised words ("CĐCS VNPT Hà Nội"), a compound at its
    end kept whole ("CĐCS TSQ Phòng hóa")."""
    end = cap_run(text, at)[0][1]
    last = text.rfind(" ", at, end) + 1
    compound = starts_with(text, last, words.get("compound", ()), exact=True) if last > at else None
    return max(end, last + len(compound)) if compound else end


def person_tail(text: str, pos: int, first: int, end: int, words: Words,
                toks: list[tuple[str, int, int]] | None = None) -> int:
    """Where a name ends when a person's name follows the organisation's ("Chủ tịch Công đoàn cơ sở
    Công ty TNHH X Trần Văn A"): before a surname (group ``surname``) and one to three capitalised
    words that end the name, when the passage also writes the rest elsewhere as a whole name. A school
    named after a person ("Trường THCS Trần Hưng Đạo") is never written without that name. ``toks``: the
    tokens at ``first`` as ``tokens(text, first, 16)`` reads them, when already read."""
    surnames = words.get("surname", ())
    if not any(word in surnames for word in text[first:end].split()[1:]):
        return end  # no surname after the name's first word: the common case, read no further
    toks = [t for t in (tokens(text, first, 16) if toks is None else toks) if t[2] <= end]
    dash = _dashed_person(text, toks, surnames)
    if dash is not None:
        return dash
    for j in range(len(toks) - 2, max(0, len(toks) - 5), -1):
        if toks[j][0] not in surnames or not all(t[0][:1].isupper() and t[0].isalpha() for t in toks[j:]):
            continue
        prefix = text[pos:toks[j][1]].rstrip()
        at = text.find(prefix)
        while at >= 0:
            after = text[at + len(prefix):at + len(prefix) + 2]
            if at != pos and (not after or after[0] in ",.;:)\"”" or (after[0] == " " and not after[1:].isupper())):
                return toks[j - 1][2]
            at = text.find(prefix, at + 1)
    return end


def _dashed_person(text: str, toks: list[tuple[str, int, int]], surnames: tuple[str, ...]) -> int | None:
    """End of a name a spaced dash and a person's name follow ("Chủ tịch Công đoàn cơ sở Công ty X -
    Nguyễn Văn A cho biết"): a surname and one to three capitalised words, the last ending the name."""
    for j in range(len(toks) - 3, max(0, len(toks) - 6), -1):
        tok, at, _ = toks[j]
        if tok in ("-", "–") and text[at - 1:at] == " " and toks[j + 1][0] in surnames and j > 0 \
                and all(t[0][:1].isupper() and t[0].isalpha() for t in toks[j + 1:]):
            return toks[j - 1][2]
    return None


def titled_person_end(text: str, at: int, end: int, words: Words, is_province: Callable[[str], bool]) -> int:
    """Where the organisation named at ``at`` ends when a person's full name closes ``text[at:end]`` and a title
    holds its union ("Chủ tịch Công đoàn Tổng công ty X Lê Văn A"): before a surname (group ``surname``) and two
    or three more capitalised words, none an acronym, that are no province ("Hồ Chí Minh"). A school named
    after a person ("Trường THCS Trần Hưng Đạo") keeps the name."""
    before = re.sub(r"(?i)(?: thường trực)? công đoàn (?:cơ sở )?$", " ", text[max(0, at - 40):at])
    if text[at:at + 6] == "Trường" or not before.endswith(tuple(t + " " for t in words.get("title", ()))):
        return end
    toks = [t for t in tokens(text, at, 16) if t[2] <= end]
    for j in range(max(2, len(toks) - 4), len(toks) - 2):
        person = [t[0] for t in toks[j:]]
        before_person = toks[j - 1][0] if toks[j - 1][0][:1].isupper() else toks[j - 2][0]  # "Quốc hội", "Quốc"
        if person[0] in words.get("surname", ()) and before_person[:1].isupper() and toks[j - 1][0].isalpha() \
                and all(n[:1].isupper() and n.isalpha() and not n.isupper() for n in person) \
                and not is_province(" ".join(person)):
            return toks[j - 1][2]
    return end


def person_after_head(text: str, start: int, first: int, end: int, words: Words) -> bool:
    """Whether the words after a bare head are a person's name, after a title ("Chủ tịch Công đoàn Tổng
    công ty Nguyễn Văn A cho biết"): a surname (group ``surname``) and one to three more capitalised words, or three
    or four whose second is a middle name (group ``middle_name``: "Lò Thị Mai"),
    none an acronym, ending the name; the title ends right before the union's head (group ``title``)."""
    names = text[first:end].split(" ")
    middle = 3 <= len(names) <= 4 and names[1] in words.get("middle_name", ())  # "Lò Thị Mai"
    if not 2 <= len(names) <= 4 or names[0] not in words.get("surname", ()) and not middle:
        return False
    if not all(n[:1].isupper() and n.isalpha() and not n.isupper() for n in names):
        return False
    before = text[max(0, start - 16):start]
    return before.endswith(tuple(t + " " for t in words.get("title", ())))


def central_end(text: str, pos: int) -> int | None:
    """End of an unlisted central union's name after its head, or None: words up to "Việt Nam" on the
    same line, the first capitalised ("Công đoàn Thông tin và Truyền thông Việt Nam")."""
    line_end = text.find("\n", pos)  # the words are read on one line only (``tokens``)
    if text.find("Việt Nam", pos, len(text) if line_end == -1 else line_end) == -1:
        return None
    toks = tokens(text, pos, 8)
    for i, (tok, _, _end) in enumerate(toks):
        if tok == "Việt" and i + 1 < len(toks) and toks[i + 1][0] == "Nam":
            if i == 0 or not capitalised(toks[0][0]):
                return None
            return toks[i + 1][2]
        if not tok[:1].isalpha() and tok not in ("-", "–"):
            return None
    return None


def person_after_verb(toks: list[tuple[str, int, int]], i: int, words: Words, is_province: Callable[[str], bool]) -> bool:
    """Whether a verb (group ``clause_verb``) at ``toks[i]`` is followed, after at most two lower-case words ("cô",
    "đồng chí"), by a person's name: a surname (group ``surname``) and one to three more capitalised words, none an
    acronym, that are no province ("Trường THCS X cử cô Trần Thị Mai"). No organisation's name reads on through a
    verb into a person's ("Trường THPT chuyên Lê Quý Đôn" holds no verb)."""
    if toks[i][0] not in words.get("clause_verb", ()):
        return False
    k = i + 1
    while k < min(len(toks), i + 3) and toks[k][0].isalpha() and toks[k][0].islower():
        k += 1
    if k + 1 >= len(toks) or toks[k][0] not in words.get("surname", ()):
        return False
    n = k + 1
    while n < min(len(toks), k + 4) and toks[n][0].isalpha() and toks[n][0][:1].isupper() and not toks[n][0].isupper():
        n += 1
    return n > k + 1 and not is_province(" ".join(t[0] for t in toks[k:n]))


def agent_title_after(text: str, toks: list[tuple[str, int, int]], i: int, words: Words) -> bool:
    """Whether "do" at ``toks[i]`` is followed by a person's title (group ``agent_title``: "đồng chí", "ông", "Phó Chủ
    tịch" in either case of its first letter): "by" and the person who leads or acts, a clause that ends the name
    ("CĐCS Sở Tài chính do Đồng chí Lê Văn An dẫn đầu"). "do" before any other word reads as before."""
    return toks[i][0] == "do" and i + 1 < len(toks) and starts_with(text, toks[i + 1][1], words.get("agent_title", ())) is not None
