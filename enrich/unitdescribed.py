"""Where a company's or board's lower-case description ends when no place or proper name closes it.

"Công đoàn cơ sở Công ty CP Kinh doanh vật liệu và xây dựng. Qua ...", "Công đoàn cơ sở Ban Quản lý dự án ĐTXD
các công trình Nông nghiệp và PTNT đã tổ chức ...": a Vietnamese company's trade or a board's object runs on in
lower case, with "và" and "các" inside it, acronyms ("ĐTXD", "PTNT") and the capitalised words of a field
("Nông nghiệp"), up to where a clause or a sentence begins: a closing parenthesis; in a list of unions (where
no verb's object runs on), a full stop, a semicolon, a colon or the line's end; a comma before a verb or before the list's next union or company; a verb that
opens the sentence's predicate (group ``predicate`` of enrich/data/unit_words.csv: "đã", "vừa", "tổ chức"); a
date ("ngày 24/3", "năm 2023"). Anything else (a preposition, a word no description takes) reads no end here,
and the caller's own reading stands.
"""

from __future__ import annotations

from collections.abc import Callable

from enrich.unittext import cap_run, skip_space, starts_with

Words = dict[str, tuple[str, ...]]
Token = tuple[str, int, int]
_CLOSE = (";", ":", ")")
_DATE_WORDS = ("ngày", "năm", "tháng")
_NEXT_UNIT = ("Công đoàn ", "công đoàn ", "CĐCS ", "Công ty ", "công ty ", "Cty ")
MAX_WORDS = 14


def _acronym(tok: str) -> bool:
    return len(tok) > 1 and tok.isalpha() and tok.isupper()


def _lower(tok: str) -> bool:
    return tok.isalpha() and tok.islower()


def _goes_on(tok: str, after: str, stops: frozenset[str], syllables: tuple[str, ...]) -> bool:
    """Whether the lower-case ``tok`` (``after`` the next token) may be a description's word: no verb or
    preposition (group ``stop``) but a verb's first syllable before a word that starts none ("công trình")."""
    if tok not in stops:
        return True
    return tok in syllables and _lower(after) and after not in stops and after not in syllables


def _closes(text: str, toks: list[Token], j: int, words: Words, listed: bool) -> bool:
    """Whether ``toks[j]`` (or the line's end, ``j == len(toks)``) ends the description before it; a sentence's
    end only in a list (a verb's object may run to it: "Công ty CP Xây dựng vận động đoàn viên ở công trình.")."""
    if j == len(toks):
        end = toks[j - 1][2]
        return listed and text[end:end + 1] in ("", "\n")
    tok, at, tok_end = toks[j]
    if tok in _CLOSE:
        return listed or tok == ")"
    if tok == ".":
        return listed and text[tok_end:tok_end + 1] in ("", " ", "\n")
    if tok == ",":
        after = tok_end + 1 if text[tok_end:tok_end + 1] == " " else tok_end
        return text.startswith(_NEXT_UNIT, after) or starts_with(text, after, words.get("predicate", ()),
                                                                  exact=True) is not None
    if tok in _DATE_WORDS:
        return j + 1 < len(toks) and toks[j + 1][0][:1].isdigit()
    return starts_with(text, at, words.get("predicate", ()), exact=True) is not None


def described_close(text: str, toks: list[Token], i: int, words: Words,
                  is_province: Callable[[str], bool] = lambda name: False, listed: bool = False,
                  places: tuple[str, ...] = (), province_types: tuple[str, ...] = ()) -> tuple[int, bool] | None:
    """Where a description begun by the lower-case ``toks[i]`` ends: (index of the place type that ends it, True),
    as a place closes a name, or (index of the token where a clause, or ``listed`` a sentence, begins, or
    ``len(toks)`` at the line's end, False); or None."""
    stops = frozenset(words.get("stop", ()))
    syllables = words.get("stop_syllable", ())
    org_lower = words.get("org_lower", ())
    count = 0
    for j in range(i, len(toks)):
        tok, at, _ = toks[j]
        if j > i and _closes(text, toks, j, words, listed):
            return j, False
        count += 1
        after = toks[j + 1][0] if j + 1 < len(toks) else ""
        if count > MAX_WORDS:
            return None
        place = starts_with(text, at, places) if j > i else None
        if place is not None:  # "... Nông nghiệp và PTNT tỉnh Tuyên Quang": the place readings end the name
            return (j, True) if cap_run(text, skip_space(text, at + len(place))) or place in province_types else None
        if tok in ("và", "các"):
            then = toks[j + 2][0] if j + 2 < len(toks) else ""
            if j == i or not (_lower(after) and _goes_on(after, then, stops, syllables) or after[:1].isupper()) \
                    or starts_with(text, toks[j + 1][1], org_lower):
                return None  # "và các hộ kinh doanh", "và trường mầm non X": a second body
            continue
        if _lower(tok):
            if not _goes_on(tok, after, stops, syllables):
                return None
            continue
        if _acronym(tok):
            continue
        if j == i or not tok[:1].isupper() or not tok.isalpha():
            return None
        if any(is_province(name) for name, _ in cap_run(text, at, 4)):
            return None  # a province's name: the place readings end the name there
    return (len(toks), False) if toks and len(toks) > i and _closes(text, toks, len(toks), words, listed) else None


def trade_described(text: str, toks: list[Token], i: int, words: Words) -> bool:
    """Whether a company's legal form, one capitalised trade word and its lower-case syllable come right before
    ``toks[i]`` ("Công ty CP Kinh doanh | vật liệu", "Công ty Cổ phần Xây dựng | ..."): a trade goes on in lower case."""
    if i < 3 or _acronym(toks[i - 2][0]) or not toks[i - 2][0][:1].isupper() or not _lower(toks[i - 1][0]):
        return False
    if toks[i - 3][0] in words.get("legal_acronym", ()):
        return True
    before = text[max(0, toks[i - 2][1] - 40):toks[i - 2][1]].rstrip().lower()
    return before.endswith(tuple(" " + form for form in words.get("legal_form", ())))


def time_at(text: str, at: int, words: Words) -> bool:
    """Whether a unit of time (group ``time_unit``) is written at ``at``, as a duration or a date follows a number
    ("2 | ngày Chủ nhật", "2 | buổi Sáng"), not a month after a day's number ("19 | tháng 5", "8 tháng Ba": a school's name)."""
    unit = starts_with(text, at, words.get("time_unit", ()), exact=True)
    if unit is None:
        return False
    after = at + len(unit) + 1
    return not (unit == "tháng" and text[after - 1:after] == " " and text[after:after + 1].isalnum()
                and not text[after:after + 1].islower())  # "Trường Mầm non 8 tháng 3", "8 tháng Ba"


def duration_after_number(toks: list[Token], i: int, words: Words, text: str) -> bool:
    """Whether ``toks[i]`` is a unit of time right after a number ("Dự án 2 | ngày Chủ nhật"): a duration or a
    date, which ends the name; not a day and month that name a school ("Trường THCS 19 tháng 5")."""
    return bool(i) and toks[i - 1][0].isdigit() and time_at(text, toks[i][1], words)
