"""Where a body's name joins two fields with "và": the second field's lower-case words are the name's.

"Viện Sinh thái và Tài nguyên sinh vật", "Tổng công ty Máy và Thiết bị công nghiệp": after a body's head, a
capitalised field, "và" and a second capitalised field that starts no body's head, the second field's lower-case
words ("sinh vật", "công nghiệp"; at most three) belong to the one body's name where a clear end follows them (a
sign, the line's end, a predicate, a verb that starts a clause, a word that ends a name). The rules end such a name
at the second field's capitalised word, and the learned reader may cut it before "và"; two bodies joined by "và"
("Công ty Xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh", "Trường A và Trường B", "... và công đoàn ...") stay two:
a second head, a place in the first field, or no clear end after the lower-case words leave the end as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from enrich.unitorgs import _UNION_HEADS
from enrich.unittext import starts_with, tokens

Words = dict[str, tuple[str, ...]]
_MAX_LOWER = 3
# word groups whose words start another body after "và", not a field of the first one's name
_HEAD_GROUPS = ("org", "corp", "org_cs", "org_lower", "national_org", "province_agency", "district_agency",
                "province_body", "joint_body", "org_described", "lookalike")
# word groups whose words end the lower-case run (a predicate, a verb, the workers, a unit of time ...)
_END_GROUPS = ("stop", "predicate", "clause_verb", "name_verb", "not_name", "members_after", "time_unit",
               "congress_word", "term_word", "clause_end")
_PLACE_TYPES = ("tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc")
_SIGNS = frozenset(",.;:()–-\"“”'")


def _ends_run(text: str, tok: tuple[str, int, int], nxt: str, words: Words) -> bool:
    """Whether ``tok`` ends the lower-case run: a word (or two) of the end groups; "công" before "nghiệp" or
    "nghệ" is a field's syllable ("công nghiệp"), not the word of group stop it is before "đoàn"."""
    word = tok[0]
    if word == "công" and nxt != "đoàn":
        return False
    return any(starts_with(text, tok[1], words.get(group, ()), exact=True) is not None for group in _END_GROUPS)


def and_field_end(text: str, first: int, end: int, rule_end: int, words: Words,
                  is_province: Callable[[str], bool]) -> int:
    """The name's end (``end``, the chosen one; ``rule_end``, the rules') read on over the second field's
    lower-case words, where the name from ``first`` holds "và" between two capitalised fields of one body."""
    stop = max(end, rule_end)
    toks = tokens(text, first, 24)
    k = next((i for i, t in enumerate(toks) if t[0] == "và" and t[2] <= stop), -1)
    if k < 1 or k + 1 >= len(toks) or toks[k + 1][1] >= stop:
        return end
    if any(t[0] == "và" for t in toks[k + 1:] if t[2] <= stop):
        return end  # a list of several fields or bodies: left as read
    before = toks[:k]
    if not any(t[0][:1].isupper() for t in before) or any(t[0] in _SIGNS for t in before):
        return end
    if any(is_province(" ".join(t[0] for t in before[j:j + n])) for j in range(len(before)) for n in (1, 2, 3)):
        return end  # "Xăng dầu Trà Vinh và ...": the first body's name is whole
    second = toks[k + 1]
    if not (second[0][:1].isupper() and second[0].isalpha() and not second[0].isupper()):
        return end
    at = second[1]
    if text.startswith(_UNION_HEADS, at) or any(starts_with(text, at, words.get(group, ())) is not None
                                                for group in _HEAD_GROUPS):
        return end  # "... và Trường Tiểu học X", "... và Công đoàn Y": a second body
    j = k + 2
    while j < len(toks) and toks[j][0][:1].isupper() and toks[j][0].isalpha() and not toks[j][0].isupper():
        j += 1  # the second field's capitalised words
    lower = j
    while j < len(toks) and j - lower < _MAX_LOWER and toks[j][0].isalpha() and toks[j][0].islower() \
            and toks[j][0] not in _PLACE_TYPES and "\n" not in text[toks[j - 1][2]:toks[j][1]] \
            and not _ends_run(text, toks[j], toks[j + 1][0] if j + 1 < len(toks) else "", words):
        j += 1
    if j == lower or toks[j - 1][2] <= stop and end >= rule_end:
        return end
    if j < len(toks) and "\n" not in text[toks[j - 1][2]:toks[j][1]]:
        nxt = toks[j][0]
        after = toks[j + 1][0] if j + 1 < len(toks) else ""
        if not (nxt in _SIGNS or (nxt.islower() and _ends_run(text, toks[j], after, words))):
            return end  # no clear end after the lower-case words: what goes on is not known
    return max(toks[j - 1][2], end)
