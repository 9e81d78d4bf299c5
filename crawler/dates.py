"""Vietnamese date and time forms -> ISO 8601 in Asia/Ho_Chi_Minh (+07:00).

Day always comes before month. Forms seen on portals: "04:51 01/03/2021", "10/11/2021 07:00 GMT+7",
"Thứ Hai, 01/03/2021 - 09:15", "Ngày 11 tháng 01 năm 2019", "11-01-2019", "22.12.2024",
"Ngày xuất bản: 10/02/2022 2:22:00 CH" (SA = a.m., CH = p.m.), "11:12 AM - 21/11/2023",
"22:12, ngày 13-11-2018", "25/01/2021, 18:21", and "Sáng ngày 24.2" with no year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime

from crawler.textnorm import nfc

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

_SEP = r"\s*([/.\-])\s*"
_NUMERIC = re.compile(rf"(?<![\d/.\-])(\d{{1,2}}){_SEP}(\d{{1,2}})\s*\2\s*(\d{{4}})(?![\d/])")
_WORDS = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE
)
# "ngày 24.2", "Sáng 10.11", "(24/2)": day and month only; needs a year from elsewhere.
_NO_YEAR = re.compile(
    r"(?:(?<=ngày )|(?<=Ngày )|(?<=sáng )|(?<=Sáng )|(?<=chiều )|(?<=Chiều )|(?<=tối )|(?<=Tối )"
    r"|(?<=trưa )|(?<=Trưa ))(\d{1,2})[./](\d{1,2})(?![\d/.]\d)"
)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
_TIME = r"(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(SA|CH|AM|PM|sa|ch|am|pm)\b)?"
_TIME_BEFORE = re.compile(_TIME + r"\s*(?:[,|\-–]\s*)?(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s*(?:[,|\-–]\s*)?(?:lúc\s*)?" + _TIME, re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    """One date found in text, with the time next to it when there is one."""

    start: int
    end: int
    day: date
    clock: time | None
    has_year: bool = True

    def iso(self) -> str:
        """ISO 8601: a full timestamp in +07:00 when a time is known, else the date."""
        return to_iso(self.day, self.clock)


def to_iso(day: date, clock: time | None = None) -> str:
    """Format a Vietnamese local date (and time) as ISO 8601 with +07:00."""
    if clock is None:
        return day.isoformat()
    return datetime.combine(day, clock, VN_TZ).isoformat()


def _make_date(d: str, m: str, y: str | int) -> date | None:
    try:
        value = date(int(y), int(m), int(d))
    except ValueError:
        return None
    return value if 1945 <= value.year <= 2100 else None


def _make_time(h: str, mi: str, s: str | None, ampm: str | None) -> time | None:
    hour, minute, second = int(h), int(mi), int(s or 0)
    if ampm:
        pm = ampm.lower() in ("ch", "pm")
        if hour > 12:
            return None
        hour = (hour % 12) + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _clock_near(text: str, start: int, end: int) -> tuple[time | None, int, int]:
    after = _TIME_AFTER.match(text, end, min(len(text), end + 30))
    if after:
        clock = _make_time(*after.groups())
        if clock:
            return clock, start, after.end()
    before = _TIME_BEFORE.search(text, max(0, start - 40), start)
    if before:
        clock = _make_time(*before.groups()[:4])
        if clock:
            return clock, before.start(), end
    return None, start, end


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Return every date in ``text`` in order, with its adjacent time where present.

    Dates without a year ("Sáng ngày 24.2") are returned only when ``default_year`` is given.
    """
    text = nfc(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, day: date | None, has_year: bool = True) -> None:
        if day is None or any(s < end and start < e for s, e in taken):
            return
        clock, s, e = _clock_near(text, start, end)
        taken.append((start, end))
        found.append(DateMatch(s, e, day, clock, has_year))

    for m in _ISO.finditer(text):
        day = _make_date(m.group(3), m.group(2), m.group(1))
        if day is None:
            continue
        clock = None
        if m.group(4):
            clock = _make_time(m.group(4), m.group(5), m.group(6), None)
        if m.group(7) and clock is not None:
            parsed = parse_machine(m.group(0))
            if parsed:
                day, clock = parsed.date(), parsed.timetz().replace(tzinfo=None)
        taken.append((m.start(), m.end()))
        found.append(DateMatch(m.start(), m.end(), day, clock))
    for m in _WORDS.finditer(text):
        add(m.start(), m.end(), _make_date(*m.groups()))
    for m in _NUMERIC.finditer(text):
        add(m.start(), m.end(), _make_date(m.group(1), m.group(3), m.group(4)))
    if default_year is not None:
        for m in _NO_YEAR.finditer(text):
            add(m.start(), m.end(), _make_date(m.group(1), m.group(2), default_year), False)
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str, default_year: int | None = None) -> DateMatch | None:
    """Return the first date in ``text`` (with its time), or None."""
    found = find_dates(text, default_year)
    return found[0] if found else None


def parse_machine(value: str) -> datetime | None:
    """Parse a machine-readable timestamp (ISO 8601 or RFC 2822) into +07:00.

    A timestamp without an offset is taken as Vietnamese local time.
    """
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=VN_TZ)
    return parsed.astimezone(VN_TZ)


def machine_iso(value: str) -> str | None:
    """ISO 8601 (+07:00) for a meta-tag timestamp; a bare date stays a date."""
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value if _make_date(value[8:], value[5:7], value[:4]) else None
    parsed = parse_machine(value)
    if parsed is None:
        return None
    if parsed.year < 1945 or parsed.year > 2100:
        return None
    return parsed.isoformat()
