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
"""

from __future__ import annotations

from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES
from enrich.unittext import starts_with

Token = tuple[str, int, int]
Words = dict[str, tuple[str, ...]]
LIMITS = frozenset(("and_head", "comma_lower"))
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


def keep(allowed: list[int], ks: list[int], limits: set[str], text: str, toks: list[Token], rule_k: int,
         words: Words) -> list[int]:
    """The candidates of ``allowed`` (indices of the ends ``ks``, token counts) that the limits among ``limits`` let a
    name end at, the rules ending it after ``rule_k`` tokens: every one at or before the rules' end."""
    if not limits & LIMITS:
        return allowed
    head = second_head(text, toks, rule_k, words) if "and_head" in limits else len(toks)
    comma = "comma_lower" in limits
    return [i for i in allowed if ks[i] <= rule_k or ks[i] <= head and not (comma and comma_lower(toks, rule_k, ks[i]))]
