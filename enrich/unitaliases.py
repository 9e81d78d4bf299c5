"""Whether a gazetteer alias found at a head stands as the name written there.

Aliases are matched as the front of what follows the head, so a short alias ("Công đoàn Hàng không",
Vietnam Airlines' union) is also the front of other organisations' names ("Công đoàn Hàng không Vietjet",
"Công đoàn Hàng không Tân Sơn Nhất"; "Công đoàn Thủ đô", Hà Nội's federation, and "Công đoàn Thủ đô Viêng
Chăn"). Where capitalised words go on after the alias and the rules for an organisation's name
(``organisation_span``) read them as part of the name, the name written is a longer, different one and the
alias does not stand. A person's name or a clause after the alias leaves it standing ("Công đoàn Hàng
không tổ chức ...", "Chủ tịch Công đoàn Hàng không Nguyễn Văn A"), and so does anything after an alias that
ends with a place's name, the country or an acronym ("LĐLĐ tỉnh Quảng Nam", "Công đoàn Điện lực Việt Nam"):
such an alias is a whole name. An alias ending in a bare place type ("Công đoàn các khu chế xuất và công nghiệp
Thành phố", Hồ Chí Minh City's zones union as the city writes it) before a province's or district's name does not
stand either: the type is that place's ("... thành phố Cần Thơ"), and the name another unit's.
"""

from __future__ import annotations

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer
from enrich.unitheads import HEAD
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES
from enrich.unitorgs import TextMemo, organisation_span
from enrich.unittext import cap_run, capitalised, skip_space

_LOCAL_TYPES = DISTRICT_TYPES + COMMUNE_TYPES
_TYPE_ENDS = tuple(" " + t for t in PROVINCE_TYPES + DISTRICT_TYPES)  # as written ("Hà Tĩnh" is no "tỉnh"), lower case


def _whole_name(name: str, gaz: Gazetteer) -> bool:
    """Whether an alias's words after its head end with a province's or district's name, the country or an
    acronym."""
    names = name.split()
    if not names or names[-1] == "VN" or name.endswith("Việt Nam") or (len(names[-1]) > 1 and names[-1].isupper()):
        return True
    for k in range(1, min(4, len(names)) + 1):
        place = " ".join(names[-k:])
        if gaz.find_province(place, None) is not None or fold(place) in gaz.districts:
            return True
    return False


def read_on_past(text: str, folded: str, pos: int, end: int, gaz: Gazetteer, memo: TextMemo | None = None) -> bool:
    """Whether the alias matched at ``text[pos:end]`` (from its head) is the front of a longer organisation's
    name: capitalised words follow that ``organisation_span``, read from the alias's first word after its
    head, takes into the name."""
    if text[end:end + 1] != " " or not capitalised(text[end + 1:end + 2]):
        return False
    if text[pos:end].lower().endswith(_TYPE_ENDS) and _place_at(text, end + 1, gaz):
        return True  # "... công nghiệp thành phố Cần Thơ": the type is the place's after it
    head = HEAD.match(text, pos)
    name_at = skip_space(text, head.end()) if head is not None else pos
    if name_at >= end or _whole_name(text[name_at:end], gaz):
        return False
    span = organisation_span(text, folded, name_at, gaz.words, PROVINCE_TYPES, _LOCAL_TYPES,
                             is_province=lambda name: gaz.find_province(name, None) is not None, memo=memo)
    return span is not None and span[1] > end


def _place_at(text: str, at: int, gaz: Gazetteer) -> bool:
    """Whether a province's or district's name starts at ``at``."""
    return any(gaz.find_province(name, None) is not None or fold(name) in gaz.districts for name, _ in cap_run(text, at))
