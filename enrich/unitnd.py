"""A "Nghiệp đoàn" named after its head, for enrich/unitnames.py's Reader: by trade and place ("Nghiệp
đoàn xe ôm công nghệ quận Tân Bình"), by a proper name ("Nghiệp đoàn bốc vác Phú Lợi"), by place alone
with the trade the passage names, or two sharing one place ("NĐ Xe ôm truyền thống và NĐ Xe ôm công
nghệ phường 1"). A count before the head ("4 NĐ xe ôm") names none. A listed trade's national nghiệp đoàn
("Nghiệp đoàn Nghề cá Việt Nam") is read at sector level."""

from __future__ import annotations

import re
from collections.abc import Callable

from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES, Mention
from enrich.unitorgs import Words, named_nghiep_doan, passage_trade
from enrich.unittext import cap_run, capitalised, joined, skip_space, starts_with, tokens

_COUNT = re.compile(r"(?:\d|\b[Hh]ai|\b[Bb]a|\b[Bb]ốn|\b[Ss]áu|\b[Bb]ảy|\b[Tt]ám|\b[Cc]hín|\b[Mm]ười|\b[Nn]hiều) $")
_ND_TYPES = DISTRICT_TYPES + COMMUNE_TYPES + PROVINCE_TYPES
# The Reader's place rule: (start, pos, kind, place types) -> a mention of that kind, or None.
Place = Callable[[int, int, str, tuple[str, ...]], Mention | None]


def nghiep_doan(text: str, folded: str, start: int, pos: int, words: Words, place_at: Place) -> Mention | None:
    """The nghiệp đoàn whose head spans ``start`` to ``pos`` (its name's first character), or None."""
    if _COUNT.search(text, max(0, start - 8), start):
        return None  # a count: "4 NĐ xe ôm", "hai nghiệp đoàn nghề cá xã A và phường B"
    trade = starts_with(text, pos, words.get("trade", ()))
    national = _national(text, start, pos, trade)
    if national is not None:  # "Nghiệp đoàn Nghề cá Việt Nam": the trade's national nghiệp đoàn
        return national
    if trade is not None:  # "Nghiệp đoàn xe ôm công nghệ quận Tân Bình", "Nghiệp đoàn Xe ôm quận"
        at = skip_space(text, pos + len(trade))
        aside = re.match(r"\([^()]{1,40}\) ?", text[at:at + 44])  # "NĐ Xe ôm (26 đoàn viên) phường 1"
        at += aside.end() if aside else 0
        place = place_at(start, at, "nghiep-doan", _ND_TYPES)
        if place is not None and (place.names or place.place_type in DISTRICT_TYPES):
            place.label = text[pos:pos + len(trade)]
            return place
        if text[at:at + 15] == "và Nghiệp đoàn ":  # "NĐ Xe ôm truyền thống và NĐ Xe ôm công nghệ phường 1"
            other = nghiep_doan(text, folded, at + 3, at + 15, words, place_at)
            if other is not None and other.names:
                return Mention(start, pos + len(trade), "nghiep-doan", place_type=other.place_type,
                               names=other.names, label=text[pos:pos + len(trade)])
    named = named_nghiep_doan(text, pos, words, text[start:start + 1].isupper())
    if named is not None:
        return Mention(start, named, "nghiep-doan", label=text[pos:named])
    names = cap_run(text, pos, 3) if text[start:start + 1].isupper() else []
    trade = passage_trade(folded, words) if names else None
    if trade is not None and not starts_with(text, pos, joined(words.get("org", ()), words.get("trade", ()))):
        # "Nghiệp đoàn Tịnh Kỳ" where the passage speaks of "nghiệp đoàn nghề cá": that trade's
        return Mention(start, names[0][1], "nghiep-doan", label=f"{trade} {names[0][0]}")
    breaks = set(words.get("stop", ())) | set(words.get("nd_stop", ()))
    toks = tokens(text, pos, 5)
    for i in range(1, min(4, len(toks)) + 1):
        if i >= len(toks) or toks[i - 1][0] in breaks:
            return None  # "nghiệp đoàn nghề cá ở TP Cam Ranh" is not named
        at = toks[i][1]
        if toks[i][0] == "và" and text.startswith("Nghiệp đoàn", skip_space(text, toks[i][2])):
            nxt_at = skip_space(text, toks[i][2])
            nxt = nghiep_doan(text, folded, nxt_at, nxt_at + 12, words, place_at)
            if nxt is None:
                return None
            return Mention(start, toks[i - 1][2], "nghiep-doan", place_type=nxt.place_type,
                           names=nxt.names, label=text[pos:toks[i - 1][2]])
        place = place_at(start, at, "nghiep-doan", _ND_TYPES)
        if place is not None and place.names:
            place.label = text[pos:toks[i - 1][2]]
            return place
        if not toks[i - 1][0].isalpha() or capitalised(toks[i - 1][0]):
            return None
    return None


def _national(text: str, start: int, pos: int, trade: str | None) -> Mention | None:
    """A national nghiệp đoàn: the head and a listed trade written capitalised, as a name, then "Việt Nam"
    ("Nghiệp đoàn Nghề cá Việt Nam", which a central sector union set up over the local ones). Level sector,
    no province. An unlisted trade ("Nghiệp đoàn y tế Việt Nam", a self-styled group) or one written in lower
    case is no unit of the system, nor is a name that goes on in capitalised words."""
    if trade is None or not text[start:start + 1].isupper() or not text[pos:pos + 1].isupper():
        return None
    at = skip_space(text, pos + len(trade))
    end = at + len("Việt Nam")
    if at == pos + len(trade) or text[at:at + 8] != "Việt Nam" or text[end:end + 1].isalnum():
        return None
    if text[end:end + 1] == " " and capitalised(text[end + 1:end + 2]):
        return None  # "Nghiệp đoàn Nghề cá Việt Nam Hải Phòng": a longer name, not the national one
    return Mention(start, end, "nd-national", label=text[pos:end])
