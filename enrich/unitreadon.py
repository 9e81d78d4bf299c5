"""Where a name the learned reader reads on past the rules' end may not go (limits of the model file, read by
enrich/unitedge.py ``_choose``).

"and_head": past a "và" before the head of a second body or of a section (word group ``and_head``: "Tổ", "Ban",
"Phòng", "Chi đoàn", "Trường" ...) that a capitalised word, a number, a union's head or a place's type follows:
"Công đoàn cơ sở Báo Bình Thuận | và Tổ công đoàn Trung tâm Khuyến công" names the paper's union and then a
section's, not one "Báo Bình Thuận và Tổ". A head that a lower-case word goes on from starts none ("và Tổ chức sự
kiện", "và Phòng cháy chữa cháy"), and a "và" inside the rules' name is theirs ("Khoa học Xã hội và Nhân văn").

"comma_lower": through a comma after which the name would end on lower-case words alone: "Công đoàn Trường ĐHTDM |
, giữ nguyên id (...)" is the school's union and a clause. A name goes on past a comma to a capitalised word or a
place ("Báo và Phát thanh, truyền hình Thanh Hóa", "quản lý, sửa chữa đường bộ Quy Nhơn"), as before.

"open_bracket": through an opening bracket that the name does not close: "Trường tiểu học A | (xã Hưng Phú, huyện
Phước Long)" is not "Trường tiểu học A (xã Hưng Phú"; a name that reads on through the closing bracket may.

"comma_union": past a comma before a union's head: "Công đoàn Tổng Công ty SAMCO | , Công đoàn Tổng công ty Cấp nước
Sài Gòn" names two unions, not one.

"dash_lower": through a dash after which the name holds one capitalised word and then two or more lower-case words to
its end: "Công đoàn Trung tâm QH&ĐTTNNQG | – Điểm tựa vững chắc" is a title's union and its slogan. A name goes on past
a dash to a capitalised compound ("Văn hóa – Thể thao", "Mỏ - Địa chất"), to more capitalised words or to a place's
type ("Chính sách – Xã hội tỉnh"), as before.

"agent_title": past "do" before a person's title (word group ``agent_title``: "đồng chí", "ông", "Phó Chủ tịch"):
"CĐCS Sở Xây dựng | do ông Đỗ Văn Hùng dẫn đầu" is the department's union and "by" its leader, not "... Xây dựng do".

"second_place": past the rules' end through a place's type and a capitalised word where the rules' name already holds
one: "Trường Mầm non Võ Nguyên Giáp xã Mường Phăng | thành phố Điện Biên Phủ" is the school of that commune, named
without the city (no labelled name holds two places); a name with no place of its own reads on to one as before.
"""

from __future__ import annotations

from enrich.unitends import agent_title_after
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES
from enrich.unittext import starts_with

Token = tuple[str, int, int]
Words = dict[str, tuple[str, ...]]
LIMITS = frozenset(("and_head", "comma_lower", "open_bracket", "comma_union", "second_place", "dash_lower",
                    "agent_title"))
_DASHES = ("-", "–")
_UNIONS = ("công đoàn", "liên đoàn", "nghiệp đoàn", "cđcs")  # a union's head, any case of the first letter
_PLACES = PROVINCE_TYPES + DISTRICT_TYPES + COMMUNE_TYPES


def second_head(text: str, toks: list[Token], start: int, words: Words) -> int:
    """The first "và" from token ``start`` on (the rules' end) before a head of group ``and_head``, in either case of
    its first letter, that a capitalised word, a number, a union's head or a place's type follows, or before a union's
    own body (group ``dash_body``: "và Ban chấp hành"); its index (the tokens a name may keep), or past the end."""
    heads = words.get("and_head", ())
    for j in range(max(start, 1), len(toks) - 1):
        if toks[j][0] != "và":
            continue
        if starts_with(text, toks[j + 1][1], words.get("dash_body", ())) is not None:
            return j  # the union's own committee ("và Ban chấp hành")
        head = starts_with(text, toks[j + 1][1], heads)
        if head is None:
            continue
        after = toks[j + 1][1] + len(head)
        at = after + 1 if text[after:after + 1] == " " else -1
        if at > 0 and (text[at:at + 1].isupper() or text[at:at + 1].isdigit()
                       or starts_with(text, at, _UNIONS) is not None
                       or starts_with(text, at, _PLACES, exact=True) is not None):
            return j
    return len(toks)


def comma_lower(toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether the name ending after ``toks[:k]``, read on past the rules' end (``rule_k`` tokens), goes through a comma
    after which it holds words and no capitalised one, ending on no place's type ("ĐHTDM | , giữ nguyên id")."""
    last = next((j for j in range(k - 1, rule_k - 1, -1) if toks[j][0] == ","), -1)
    if last < 0 or last == k - 1:
        return False
    after = [t[0] for t in toks[last + 1:k]]
    return not any(t[:1].isupper() for t in after) and any(t[:1].isalpha() for t in after) \
        and after[-1] not in _PLACES and " ".join(after[-2:]) not in _PLACES


def open_bracket(toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether the name ending after ``toks[:k]``, read on past the rules' end (``rule_k`` tokens), leaves a bracket
    opened past that end unclosed ("A | (xã Hưng Phú")."""
    depth = 0
    for tok in toks[rule_k:k]:
        depth += tok[0].count("(") - tok[0].count(")")
    return depth > 0


def dash_lower(toks: list[Token], rule_k: int, k: int) -> bool:
    """Whether the name ending after ``toks[:k]``, read on past the rules' end (``rule_k`` tokens), goes through a dash
    after which it holds one capitalised word and then two or more lower-case words, ending on no place's type ("– Điểm
    | tựa vững chắc", not "Chính sách – Xã hội tỉnh")."""
    last = next((j for j in range(k - 1, rule_k - 1, -1) if toks[j][0] in _DASHES), -1)
    after = [t[0] for t in toks[last + 1:k]] if last >= 0 else []
    return len(after) >= 3 and after[0][:1].isupper() and all(w.isalpha() and w.islower() for w in after[1:]) \
        and after[-1] not in _PLACES and " ".join(after[-2:]) not in _PLACES


def union_after_comma(text: str, toks: list[Token], start: int) -> int:
    """The first comma from token ``start`` on (the rules' end) that a union's head follows (", Công đoàn ..."): its
    index (the tokens a name may keep), or past the end."""
    for j in range(start, len(toks) - 1):
        if toks[j][0] == "," and starts_with(text, toks[j + 1][1], _UNIONS) is not None:
            return j
    return len(toks)


def _place_at(text: str, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` starts a place's type in lower case that a capitalised word follows ("xã Mường")."""
    kind = starts_with(text, toks[j][1], _PLACES, exact=True)
    if kind is None or not toks[j][0][:1].islower():
        return False
    after = toks[j][1] + len(kind) + 1
    return text[after - 1:after] == " " and text[after:after + 1].isupper()


def place_after_place(text: str, toks: list[Token], rule_k: int) -> int:
    """Where a second place starts past the rules' end (``rule_k`` tokens) when the rules' name holds one: the index
    of its type's first token (the tokens a name may keep), or past the end."""
    if not any(_place_at(text, toks, j) for j in range(1, rule_k)):
        return len(toks)
    return next((j for j in range(rule_k, len(toks)) if _place_at(text, toks, j)), len(toks))


def agent_after(text: str, toks: list[Token], start: int, words: Words) -> int:
    """The first "do" from token ``start`` on (the rules' end) before a person's title: its index (the tokens a name
    may keep), or past the end."""
    return next((j for j in range(start, len(toks)) if agent_title_after(text, toks, j, words)), len(toks))


def keep(allowed: list[int], ks: list[int], limits: set[str], text: str, toks: list[Token], rule_k: int,
         words: Words) -> list[int]:
    """The candidates of ``allowed`` (indices of the ends ``ks``, token counts) that the limits among ``limits`` let a
    name end at, the rules ending it after ``rule_k`` tokens: every one at or before the rules' end."""
    if not limits & LIMITS:
        return allowed
    head = second_head(text, toks, rule_k, words) if "and_head" in limits else len(toks)
    if "comma_union" in limits:
        head = min(head, union_after_comma(text, toks, rule_k))
    if "second_place" in limits:
        head = min(head, place_after_place(text, toks, rule_k))
    if "agent_title" in limits:
        head = min(head, agent_after(text, toks, rule_k, words))
    comma, bracket, dash = "comma_lower" in limits, "open_bracket" in limits, "dash_lower" in limits
    return [i for i in allowed if ks[i] <= rule_k or ks[i] <= head and not (comma and comma_lower(toks, rule_k, ks[i]))
            and not (bracket and open_bracket(toks, rule_k, ks[i])) and not (dash and dash_lower(toks, rule_k, ks[i]))]
