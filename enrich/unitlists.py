"""Units named in lists and joined names: "công đoàn cơ sở các đơn vị: A, B và C", "Công ty X và Công
ty Y", "Công ty xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh", "..., Quận 5, 6, 7"; read for
enrich/unitnames.py's Reader, whose organisation rule reads each item."""

from __future__ import annotations

import re

from crawler.textnorm import fold
from enrich.gazetteer import Gazetteer
from enrich.unitlabels import written_label
from enrich.unitlistitem import item_end
from enrich.unitmention import COMMUNE_TYPES, DISTRICT_TYPES, PROVINCE_TYPES, Mention
from enrich.unitorgs import elliptic_label
from enrich.unittext import View, cap_run, starts_with

LIST_HEAD = re.compile(r" (?:(?i:cơ sở) )?(?:các (?:đơn vị|trường|doanh nghiệp|công ty|cơ quan)?: ?|như:? |(?P<of>thuộc )(?=(?:Công ty|Cty) ))"
                       r"| (?i:cơ sở): (?=[A-ZĐ])")  # "tại các CĐCS: Trường X, Công ty Y"
# "Công đoàn Công ty X (xã A) và Công ty Y (xã B)": a second company, the head shared
AND_COMPANY = re.compile(r"(?: \([^()]{1,60}\))?,? và (?=(?:Công ty|Cty|công ty) [^\W\d_])")
AND_ORG = re.compile(r" và ")  # after a name that "_place_then_org" ended
TYPE_PAIR = re.compile(r"(?:,| và) (?P<type>(?i:huyện|quận|thị xã|thành phố))(?!\w)")
TYPE_MORE = re.compile(r"(?:,| và) (?i:huyện|quận|thị|thành|xã|phường|tỉnh)(?!\w)")
LIST_TAIL = re.compile(r", (?P<type>[Qq]uận|[Hh]uyện) (?P<nums>\d{1,2}(?:, \d{1,2})*(?: và \d{1,2})?)(?![\w,])")
_LOCAL_TYPES = DISTRICT_TYPES + COMMUNE_TYPES
_SCHOOL_WORD = re.compile(r"[Tt]rường ")  # the word a school's level follows in a union's name
_SCHOOL_NEXT = re.compile(r",? và |, ")  # the next school of a list
# the rest of a list item whose name was read short, up to the next item ("... và Công trình công cộng, ")
_CUT_ITEM = re.compile(r" [^,;.:()\n]{1,80}?, (?=[A-ZĐ])")


class ListReading:
    """The list rules of the Reader (enrich/unitnames.py), which gives ``text``, ``gaz`` and ``_organisation``."""

    text: str
    gaz: Gazetteer
    view: View

    # The Reader's own rules, declared as methods (not attributes) so that its definitions are the
    # ones called, compiled or not.
    def _organisation(self, start: int, pos: int, kind: str, listed: bool = False, prefix: str = "",
                      described: bool = False) -> Mention | None:
        raise NotImplementedError

    def _place(self, start: int, pos: int, kind: str, types: tuple[str, ...]) -> Mention | None:
        raise NotImplementedError

    def _is_province(self, name: str) -> bool:
        raise NotImplementedError

    def _place_then_org(self, first: int, end: int) -> int | None:
        """Where an organisation's name ends before "và" and another organisation's head, when its name ends
        with a province's or district's name ("Công ty xăng dầu Trà Vinh và Bảo hiểm xã hội tỉnh"); not
        inside one name ("Chi cục Thuế và Kho bạc Nhà nước")."""
        at = self.text.find(" và ", first, end)
        while at != -1:
            after = at + 4
            if starts_with(self.text, after, self.gaz.words.get("org", ()), exact=True):
                words = self.text[first:at].split(" ")
                if any(fold(" ".join(words[-n:])) in self.gaz.province_names or fold(" ".join(words[-n:])) in self.gaz.districts
                       for n in (2, 3) if len(words) > n and all(w[:1].isupper() for w in words[-n:])):
                    return at
            at = self.text.find(" và ", after, end)
        return None

    def _org_list(self, m: re.Match[str]) -> list[Mention]:
        """"công đoàn cơ sở các đơn vị: Trường X, Trường Y và Công ty Z": one grassroots union each."""
        head = LIST_HEAD.match(self.text, m.end())
        if head is None:
            return []
        out: list[Mention] = []
        at = head.end()
        while True:
            item = self._organisation(at, at, "grassroots", listed=True) if starts_with(
                self.text, at, self.gaz.words.get("org", ()), exact=True) else None
            if item is None and out:  # "Trung tâm Y tế huyện Hàm Yên, Lâm Bình": the same head, another place
                item = self._elliptic(at, out[-1])
            if item is None:
                return out
            item.listed = True
            out.append(item)
            sep = re.match(r",? và |, ", self.text[item.end:item.end + 5])
            if sep is None:
                rest = _CUT_ITEM.match(self.text, item.end)
                if rest is None:
                    return out
                whole = self._whole_item(item, rest.end() - 2)  # "Ban quản lý Dự án | đầu tư ... công cộng, "
                if whole is None:
                    out.pop()  # an item read short that the learned reader may not end at its separator is left out
                else:
                    out[-1] = whole
                at = rest.end()
                continue
            at = item.end + sep.end()

    def _whole_item(self, item: Mention, separator: int) -> Mention | None:
        """``item``, read short, named up to the list's ``separator`` where the learned reader may end it there
        (enrich/unitlistitem.py); else None."""
        if item.org_span is None:
            return None
        first, rule_end = item.org_span
        if not item_end(self.text, self.view.folded, first, rule_end, separator, self.gaz.words, self._is_province):
            return None
        return Mention(item.start, separator, item.kind, label=written_label(self.text[item.start:separator],
                                                                             self.gaz.words),
                       org_span=item.org_span, listed=True)

    def _and_company(self, mention: Mention) -> list[Mention]:
        """Companies joined to a company's union by "và": "CĐCS Công ty X và Công ty Y" are two unions."""
        out: list[Mention] = []
        while mention.kind == "grassroots" and (mention.shared or mention.label.lower().startswith(("công ty ", "cty "))):
            joined = AND_ORG.match(self.text, mention.end) if mention.shared else AND_COMPANY.match(self.text, mention.end)
            item = self._organisation(joined.end(), joined.end(), "grassroots", listed=True) if joined else None
            if item is None or item.kind != "grassroots":
                return out
            # a shared "Công đoàn cơ sở" is written in the second name too
            item.listed = mention.listed or (mention.shared and self.text[mention.start:mention.start + 16].lower() == "công đoàn cơ sở ")
            out.append(item)
            mention = item
        return out

    def _school_list(self, mention: Mention) -> list[Mention]:
        """"CĐCS trường MN A, MN B và TH C": schools listed under one head and one "trường", each school's level
        written again (group ``school_head``), are one grassroots union each, named with the head's "trường"."""
        first = mention.org_span[0] if mention.org_span else -1
        school = _SCHOOL_WORD.search(self.text, mention.start, first) if mention.kind == "grassroots" else None
        out: list[Mention] = []
        if school is None or school.end() != first:
            return out
        heads = self.gaz.words.get("school_head", ())
        written = mention.listed or self.text[mention.start:mention.start + 16].lower() == "công đoàn cơ sở "
        while (sep := _SCHOOL_NEXT.match(self.text, mention.end)) is not None:
            level = starts_with(self.text, sep.end(), heads, exact=True)
            if level is None or not self.text[sep.end() + len(level) + 1:sep.end() + len(level) + 2].isupper():
                break
            item = self._organisation(sep.end(), sep.end(), "grassroots", listed=True, prefix=school.group(0))
            if item is None:
                break
            item.listed = written  # a "Công đoàn cơ sở" head written once is the head of each
            out.append(item)
            mention = item
        return out

    def _elliptic(self, at: int, previous: Mention) -> Mention | None:
        names = cap_run(self.text, at)
        label = elliptic_label(previous.label, names[0][0], _LOCAL_TYPES) if names else None
        return Mention(at, names[0][1], "grassroots", label=label) if label else None

    def _type_pair(self, mention: Mention) -> Mention | None:
        """"LĐLĐ tỉnh, huyện", "Liên đoàn Lao động Thành phố và Quận Hồng Bàng": a province's union and one
        district's, the second read as "LĐLĐ <type> [name]"; not "tỉnh, thành phố" (the provinces) nor a
        longer list of types ("huyện, thành, thị")."""
        if mention.place_type not in PROVINCE_TYPES:
            return None
        m = TYPE_PAIR.match(self.text, mention.end)
        if m is None or (mention.place_type == "tỉnh" and m.group("type").lower() == "thành phố"):
            return None
        second = self._place(m.start("type"), m.start("type"), "ldld", DISTRICT_TYPES)
        if second is None or TYPE_MORE.match(self.text, second.end):
            return None
        return second

    def _list_tail(self, mention: Mention) -> list[Mention]:
        """"..., Quận 5, 6, 7" after a unit: the district unions of an elliptical list."""
        m = LIST_TAIL.match(self.text, mention.end)
        if m is None:
            return []
        out = []
        for num in re.finditer(r"\d{1,2}", m.group("nums")):
            at = m.start("nums") + num.start()
            out.append(Mention(at, at + len(num.group(0)), "ldld", place_type=m.group("type").lower(),
                               names=[(num.group(0), at + len(num.group(0)))]))
        return out
