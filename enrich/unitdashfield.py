"""A department's name that joins two of its fields with a dash: "Phòng Văn hóa – Thông tin", "Phòng Tài chính - Kế
hoạch", "Phòng Lao động – Thương binh và Xã hội", "Sở Văn hóa - Thể thao" are one name each, read through the dash
however it is written (a hyphen, an en or an em dash, spaced or not) and whatever the case of the second field's first
letter ("Công đoàn Phòng Văn hóa – thông tin huyện"). Only after a department's head (word groups
``district_agency``, ``province_agency``) and one field, and only into a field (group ``office_field``), perhaps joined
to one more by "và"; so a dash that ends a name ("- đơn vị ..."), a company's form after one ("- CTCP") or a second
unit after one ("Sở GTVT - Công đoàn ngành ...") is read as before (enrich/unitorgs.py)."""

from __future__ import annotations

from functools import cache

from enrich.unittext import fold_view

Words = dict[str, tuple[str, ...]]
Token = tuple[str, int, int]
DASHES = frozenset(("-", "–", "—"))


@cache
def _fields(fields: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A field group folded: as a set, and longest first (what a second field is matched against)."""
    folded = tuple(sorted({fold_view(f) for f in fields}, key=len, reverse=True))
    return frozenset(folded), folded


def _field_end(folded: str, at: int, fields: tuple[str, ...]) -> int | None:
    """The end of the longest field written at ``at`` of the folded view, as whole words, or None."""
    for field in fields:
        end = at + len(field)
        if folded.startswith(field, at) and not folded[end:end + 1].isalnum():
            return end
    return None


def dashed_field_end(text: str, folded: str, toks: list[Token], i: int, head: str | None, first: int,
                     words: Words) -> int | None:
    """Where a department's name ends that ``toks[i]``, a dash, joins to a second field: the head is a department's
    (``district_agency``, ``province_agency``), the name from ``first`` to the dash one field, and a field follows the
    dash ("Văn hóa – thông tin"), with "và" and one more field after it where written ("Lao động – Thương binh và Xã
    hội"); else None. ``folded`` is the text's folded view (the same offsets)."""
    if toks[i][0] not in DASHES or i + 1 >= len(toks) or head is None \
            or head not in words.get("district_agency", ()) + words.get("province_agency", ()):
        return None
    names, longest = _fields(words.get("office_field", ()))
    if folded[first:toks[i][1]].rstrip() not in names:
        return None
    end = _field_end(folded, toks[i + 1][1], longest)
    if end is None:
        return None
    if folded.startswith(" va ", end):
        more = _field_end(folded, end + 4, longest)
        end = more if more is not None else end
    return end
