"""A body's name that holds "tại" and its seat: "Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch", "Chi cục Hàng hải
Việt Nam tại thành phố Hải Phòng". "tại" (at) mostly starts the sentence's place ("Công đoàn Trường X tại Hội trường
..."), which a passage writes once; a name that holds it is written the same way again. So the seat is the name's
where the passage writes the organisation, "tại" and the seat word for word twice or more (a branch's name goes on
with "tại" and its province without that: enrich/unitorgs.py)."""

from __future__ import annotations

from enrich.unittext import capitalised, skip_space, starts_with, tokens

Words = dict[str, tuple[str, ...]]
_SEAT_WINDOW = 8  # tokens read after "tại"


def seat_end(text: str, first: int, end: int, at_end: int, words: Words, places: tuple[str, ...]) -> int | None:
    """Where the name ``text[first:end]`` ends when "tại" (ending at ``at_end``, right after the name) and the seat
    after it are the name's own, or None. The seat: an optional place type ("thành phố"), then capitalised words, each
    perhaps with one lower-case syllable that ends no name ("Phủ Chủ tịch"); the name with "tại" and the seat must
    stand in the text twice or more."""
    at = skip_space(text, at_end)
    place = starts_with(text, at, places)
    if place is not None:
        at = skip_space(text, at + len(place))
    ends = set(words.get("stop", ())) | set(words.get("clause_verb", ())) | set(words.get("not_name", ()))
    seat, previous_cap = 0, False
    for tok, _, tok_end in tokens(text, at, _SEAT_WINDOW):
        if capitalised(tok) and tok[:1].isalpha():
            seat, previous_cap = tok_end, True
        elif previous_cap and tok.isalpha() and tok.islower() and tok not in ends:
            seat, previous_cap = tok_end, False
        else:
            break
    if not seat:
        return None
    return seat if text.count(text[first:seat]) >= 2 else None
