"""What the words around a citation say about which document it is.

All readers work on the folded article (``enrich.folding``) at a mention's span: the date written
after it ("ngày 12/6/2021", "ban hành ngày 17/7", "năm 2014", a document header's "Hà Nội, ngày
03 tháng 9 năm 2019"), the term ("khóa XI"), the issuer named next to it ("của Bộ Chính trị",
"của Chính phủ", "của Tổng LĐLĐ Việt Nam"), an anniversary before it ("10 năm thực hiện") and how
much of a catalog title follows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from enrich.catalog import Resolution, roman_value
from enrich.folding import Folded

_LEAD = r"[\s,;:(|\"'-]*(?:(?:da\s+)?(?:duoc\s+)?(?:ban hanh|ky(?: ban hanh)?|thong qua|ra)\s+)?(?:vao\s+)?(?:[a-z]+(?: [a-z]+)?\s*,\s*)?"
_DATE_NUM = re.compile(_LEAD + r"(?:ngay\s*:?\s*)?([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})(?:\s*\2\s*([0-9]{4}))?(?![0-9])")
_DATE_WORDS = re.compile(_LEAD + r"ngay\s+([0-9]{1,2})\s+thang\s+([0-9]{1,2})(?:\s*(?:,\s*)?nam\s+([0-9]{4}))?")
_YEAR = re.compile(_LEAD + r"(?:\(\s*)?(?:nam\s+)((?:19|20)[0-9]{2})(?![0-9])")
# "Ngày 01/01/2019, Chính phủ đã ban hành Nghị quyết số ..." : the date of issue written before.
_DATE_BEFORE = re.compile(
    r"ngay\s+([0-9]{1,2})\s*([/.-])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})\s*,?\s+(?:[a-z]+\s+){0,8}?"
    r"(?:ban hanh|ky ban hanh|ky|thong qua)\s+(?:[a-z]+\s+){0,3}$"
)
_TERM = re.compile(r"khoa\s+([ivxlc]{1,6}|[0-9]{1,2})(?![a-z0-9])")
_ANNIVERSARY = re.compile(
    r"([0-9]{1,2})\s+nam\s+(?:thuc hien|trien khai(?: thuc hien)?|thi hanh|hoc tap va lam theo)"
    r"(?:\s+[a-z0-9]+){0,4}[\s,]*$"
)
PLENUM_TO_SIGNING_DAYS = 60
_WORD = re.compile(r"[a-z0-9]+")
_DRAFT_BEFORE = re.compile(r"(?:du thao|sua doi,? bo sung (?:mot so dieu )?cua)[\s\"(]*$")
_SENTENCE_END = re.compile(r"[.;!?\n](?![0-9])")

_HINTS = {
    "party_central": r"bo chinh tri|ban bi thu|ban chap hanh trung uong|bch trung uong|bch ?tw|bch ?tu"
                     r"|trung uong dang|ban to chuc trung uong|hoi nghi trung uong|cua trung uong|cua dang(?! bo| uy)",
    "party_local": r"tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy",
    "government": r"chinh phu|thu tuong",
    "assembly": r"quoc hoi",
    "union_central": r"tong lien doan|tong ldld|tldld|tld|doan chu tich|ban chap hanh tong|bch tong",
    "union_local": r"(?:lien doan lao dong|ldld) (?:tinh|thanh pho|tp|huyen|quan|thi xa)|cong doan (?:tinh|nganh)",
    "state_local": r"ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan",
    "front": r"mat tran to quoc|mttq",
}
_HINT = re.compile(r"(?<![a-z0-9])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _HINTS.items()) + r")(?![a-z0-9])")
_FAMILY_OF_HEAD = {
    **dict.fromkeys(("tw", "bct", "bbt", "vptw", "btctw", "btgtw", "bdvtw", "bkttw", "bcd"), "party_central"),
    **dict.fromkeys(("tu", "hu", "qu", "txu", "du", "duk"), "party_local"),
    **dict.fromkeys(("cp", "ttg", "vpcp"), "government"),
    **dict.fromkeys(("tld", "bch", "dct"), "union_central"),
    "ldld": "union_local", "ubnd": "state_local", "hdnd": "state_local",
}


def issuer_family(res: Resolution) -> str | None:
    """The kind of body that issued a catalog document, as the hints name it."""
    return _family_of(res.issuer_code)


@lru_cache(maxsize=512)
def _family_of(issuer_code: str) -> str | None:
    from crawler.textnorm import fold

    head = fold(issuer_code.split("-")[0])
    if head.startswith(("qh", "ubtvqh")):
        return "assembly"
    if head.startswith("mttw"):
        return "front"
    return _FAMILY_OF_HEAD.get(head)


@dataclass(frozen=True)
class Near:
    """A date written next to a mention: year, month, day (any may be missing)."""

    year: int | None
    month: int | None
    day: int | None


@dataclass
class Article:
    """One article being tagged: its folded text, date and province, and what it cites."""

    f: Folded
    date: str = ""  # ISO date or its prefix ("2021", "2021-06", "2021-06-12")
    province: str | None = None
    codes: set[str] = field(default_factory=set)  # code keys cited in full
    _words: dict[int, list[str]] = field(default_factory=dict, repr=False)

    def words_at(self, pos: int) -> list[str]:
        """The folded words of the next 240 characters from ``pos``."""
        found = self._words.get(pos)
        if found is None:
            found = self._words[pos] = _WORD.findall(self.f.folded, pos, min(len(self.f.folded), pos + 240))
        return found

    def word_end(self, pos: int, count: int) -> int:
        """Where the ``count``-th word from ``pos`` ends."""
        end = pos
        for _, m in zip(range(count), _WORD.finditer(self.f.folded, pos), strict=False):
            end = m.end()
        return end

    def words_glued(self, pos: int, count: int, gap: int = 3) -> bool:
        """True when the first ``count`` words from ``pos`` are separated by at most ``gap`` characters."""
        last = None
        for _, m in zip(range(count), _WORD.finditer(self.f.folded, pos), strict=False):
            if last is not None and m.start() - last > gap:
                return False
            last = m.end()
        return True

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    def before_publication(self, res: Resolution, day: str | None = None, adopted: bool = False) -> bool:
        """True when the document did not exist yet on the article's date (or, given ``day``,
        when that day is later than the article's). With ``adopted``, a plenum's resolution
        counts from the plenum: it is adopted there and signed weeks later (25-NQ/TW: plenum
        closed 11/5/2013, signed 3/6/2013), so news names it by plenum or title before its date."""
        issued = day or res.date or (str(res.year) if res.year else "")
        if adopted and res.plenum is not None and len(issued) >= 10:
            issued = (date.fromisoformat(issued[:10]) - timedelta(days=PLENUM_TO_SIGNING_DAYS)).isoformat()
        if len(self.date) < 4 or len(issued) < 4:
            return False
        common = min(len(self.date), len(issued), 10)  # compare at the precision both have
        return issued[:common] > self.date[:common]

    def drafted(self, start: int) -> bool:
        """A draft ("dự thảo Luật Công đoàn") or an amending law ("Luật sửa đổi, bổ sung một số
        điều của Bộ luật Lao động") names the document it changes, not a document in force."""
        return _DRAFT_BEFORE.search(self.f.folded, max(0, start - 40), start) is not None

    def window_end(self, end: int, limit: int | None, size: int = 90) -> int:
        stop = min(len(self.f.folded), end + size, limit if limit is not None else len(self.f.folded))
        m = _SENTENCE_END.search(self.f.folded, end, stop)
        return m.start() if m else stop

    def date_after(self, end: int) -> Near | None:
        folded = self.f.folded
        stop = min(len(folded), end + 60)
        for pattern in (_DATE_WORDS, _DATE_NUM):
            m = pattern.match(folded, end, stop)
            if m is None:
                continue
            if pattern is _DATE_NUM:
                day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
            else:
                day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            if 1 <= day <= 31 and 1 <= month <= 12:
                return Near(int(year) if year else None, month, day)
        m = _YEAR.match(folded, end, stop)
        return Near(int(m.group(1)), None, None) if m else None

    def date_before(self, start: int) -> Near | None:
        m = _DATE_BEFORE.search(self.f.folded, max(0, start - 110), start)
        if m is None:
            return None
        day, month = int(m.group(1)), int(m.group(3))
        return Near(int(m.group(4)), month, day) if 1 <= day <= 31 and 1 <= month <= 12 else None

    def term_after(self, end: int, limit: int | None) -> int | None:
        m = _TERM.search(self.f.folded, end, self.window_end(end, limit))
        return roman_value(m.group(1)) if m else None

    def hint_after(self, end: int, limit: int | None) -> str | None:
        m = _HINT.search(self.f.folded, end, self.window_end(end, limit, 70))
        return m.lastgroup if m else None

    def anniversary(self, start: int) -> int | None:
        year = self.year
        if year is None:
            return None
        m = _ANNIVERSARY.search(self.f.folded, max(0, start - 70), start)
        return year - int(m.group(1)) if m else None

    def title_match(self, res: Resolution, end: int, words: int = 10) -> tuple[float, int]:
        """Share of the first title words found in order after ``end``, and where they end."""
        title = res.title_words[:words]
        if len(title) < 4:
            return 0.0, end
        tokens = self.words_at(end)
        firsts = set(title[:3])
        best, best_last = 0, -1
        for first in range(min(len(tokens), 16)):
            if tokens[first] not in firsts:
                continue
            matched, i, last = 0, first, -1
            for word in title:
                for j in range(i, min(i + 3, len(tokens))):
                    if tokens[j] == word:
                        matched, i, last = matched + 1, j + 1, j
                        break
            if matched > best:
                best, best_last = matched, last
                if best == len(title):
                    break
        share = best / len(title)
        return share, (self.word_end(end, best_last + 1) if share >= 0.7 else end)
