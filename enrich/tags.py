"""The tag value objects: what a resolution or unit tag carries, and the evidence sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

EXACT, SHORT, NAME, CONGRESS = "exact", "short-form", "name", "congress"
PUBLISHER, SUBJECT, MENTIONED = "publisher", "subject", "mentioned"


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence (or line) around a span."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    right_candidates = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right + 1].strip()


@dataclass
class ResolutionTag:
    """One resolution an article cites, with the exact evidence."""

    id: str
    key: str
    title: str
    evidence: str
    start: int | None
    end: int | None
    method: str
    sentence: str = ""
    discovered: dict[str, str] | None = field(default=None, repr=False)

    def as_output(self) -> dict[str, object]:
        return {
            "id": self.id,
            "code": self.id,
            "key": self.key,
            "title": self.title,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "method": self.method,
        }


@dataclass
class UnitTag:
    """One union unit an article is about or mentions."""

    unit_id: str
    name: str
    level: str
    province: str | None
    role: str
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    province_new: str | None = None
    discovered: dict[str, str] | None = field(default=None, repr=False)

    def as_output(self) -> dict[str, object]:
        return {
            "id": self.unit_id,
            "name": self.name,
            "level": self.level,
            "province": self.province,
            "province_new": self.province_new,
            "role": self.role,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Tags:
    """All tags of one article."""

    resolutions: list[ResolutionTag]
    units: list[UnitTag]
