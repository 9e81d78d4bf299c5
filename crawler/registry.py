"""Load and validate the portal registry (TOML, one ``[[source]]`` table per portal)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_REGISTRY = Path(__file__).parent / "data" / "portals.toml"

UNIT_LEVELS = ("national", "province", "district", "sector", "commune")
FAMILIES = ("sharepoint", "dnn", "wordpress", "joomla", "vendor", "generic")
SELECTOR_KEYS = ("article_links", "next_page", "title", "date", "body")

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
REQUIRED = ("id", "name", "unit_level", "url", "listing_urls")
OPTIONAL = (
    "province", "district", "family", "active_from", "active_until", "unit_id", "allowed_domains",
    "max_pages", "delay", "selectors", "evidence_url", "checked_on", "verified", "notes",
)


class RegistryError(Exception):
    """A registry problem, phrased as one line naming file, source and field."""


@dataclass(frozen=True)
class Source:
    """One portal to crawl."""

    id: str
    name: str
    unit_level: str
    url: str
    listing_urls: tuple[str, ...]
    province: str | None = None
    district: str | None = None
    family: str | None = None
    active_from: date | None = None
    active_until: date | None = None
    unit_id: str | None = None
    allowed_domains: tuple[str, ...] = ()
    max_pages: int | None = None
    delay: float | None = None
    selectors: dict[str, str] = field(default_factory=dict)
    evidence_url: str | None = None
    checked_on: date | None = None
    verified: bool | None = None
    notes: str | None = None

    @property
    def domains(self) -> tuple[str, ...]:
        """Hosts the spider may request for this source."""
        if self.allowed_domains:
            return self.allowed_domains
        hosts = {urlsplit(u).hostname or "" for u in (self.url, *self.listing_urls)}
        return tuple(sorted(h for h in hosts if h))

    def active_on(self, day: date) -> bool:
        """True when the source publishes on ``day`` (inside active_from/active_until)."""
        if self.active_from and day < self.active_from:
            return False
        return not (self.active_until and day > self.active_until)


@dataclass
class Registry:
    """The valid sources of a registry file and one error line per invalid source."""

    path: Path
    sources: list[Source]
    errors: list[str]

    def get(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def select(self, ids: list[str] | tuple[str, ...]) -> list[Source]:
        """Return the named sources, raising RegistryError for an unknown id."""
        known = {s.id: s for s in self.sources}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise RegistryError(f"{self.path}: unknown source {', '.join(map(repr, unknown))}")
        return [known[i] for i in ids]


def _http_url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _check_field(name: str, value: Any) -> str | None:
    """Return why ``value`` is not valid for field ``name``, or None."""
    if name in ("id",):
        return None if isinstance(value, str) and _ID.match(value) else "must be a slug [a-z0-9-]"
    if name in ("name", "province", "district", "unit_id", "notes"):
        return None if isinstance(value, str) and value.strip() else "must be a non-empty string"
    if name == "unit_level":
        return None if value in UNIT_LEVELS else f"must be one of {', '.join(UNIT_LEVELS)}"
    if name == "family":
        return None if value in FAMILIES else f"must be one of {', '.join(FAMILIES)}"
    if name in ("url", "evidence_url"):
        return None if _http_url(value) else f"must be an http(s) URL, not {value!r}"
    if name == "listing_urls":
        if not isinstance(value, list) or not value:
            return "must be a non-empty list of http(s) URLs"
        bad = [v for v in value if not _http_url(v)]
        return f"not an http(s) URL: {bad[0]!r}" if bad else None
    if name == "allowed_domains":
        ok = isinstance(value, list) and all(isinstance(v, str) and v for v in value)
        return None if ok else "must be a list of host names"
    if name in ("active_from", "active_until", "checked_on"):
        ok = isinstance(value, date) and not hasattr(value, "hour")
        return None if ok else "must be a TOML date (YYYY-MM-DD, unquoted)"
    if name == "max_pages":
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
        return None if ok else "must be a positive integer"
    if name == "delay":
        ok = isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
        return None if ok else "must be a number of seconds >= 0"
    if name == "verified":
        return None if isinstance(value, bool) else "must be true or false"
    if name == "selectors":
        if not isinstance(value, dict):
            return "must be a table"
        extra = sorted(set(value) - set(SELECTOR_KEYS))
        if extra:
            return f"unknown selector {extra[0]!r} (allowed: {', '.join(SELECTOR_KEYS)})"
        return None if all(isinstance(v, str) and v for v in value.values()) else "values must be strings"
    return "unknown field"


def _source_from(raw: dict[str, Any], where: str) -> Source:
    label = raw.get("id") if isinstance(raw.get("id"), str) else "?"
    for key in raw:
        if key not in REQUIRED and key not in OPTIONAL:
            raise RegistryError(f"{where}: source {label!r}: unknown field {key!r}")
    for key in REQUIRED:
        if key not in raw:
            raise RegistryError(f"{where}: source {label!r}: missing field {key!r}")
    for key, value in raw.items():
        problem = _check_field(key, value)
        if problem:
            raise RegistryError(f"{where}: source {label!r}: field {key!r} {problem}")
    if raw["unit_level"] != "national" and "province" not in raw:
        raise RegistryError(f"{where}: source {label!r}: missing field 'province'")
    if raw.get("allowed_domains"):
        domains = [d.lower().strip(".") for d in raw["allowed_domains"]]
        for url in raw["listing_urls"]:  # what the spider requests first must be allowed
            host = (urlsplit(url).hostname or "").lower()
            if not any(host == d or host.endswith("." + d) for d in domains):
                raise RegistryError(
                    f"{where}: source {label!r}: field 'listing_urls' host {host!r} is outside allowed_domains"
                )
    if "active_from" in raw and "active_until" in raw and raw["active_until"] < raw["active_from"]:
        raise RegistryError(f"{where}: source {label!r}: field 'active_until' is before 'active_from'")
    values = dict(raw)
    values["listing_urls"] = tuple(raw["listing_urls"])
    values["allowed_domains"] = tuple(raw.get("allowed_domains", ()))
    values["selectors"] = dict(raw.get("selectors", {}))
    if "delay" in values:
        values["delay"] = float(values["delay"])
    return Source(**values)


_HEADER = re.compile(r"^\s*\[\[\s*source\s*\]\]\s*(#.*)?$")
_ID_LINE = re.compile(r"^\s*id\s*=\s*[\"']([^\"']*)[\"']", re.MULTILINE)
_KEY_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*=")
_AT_LINE = re.compile(r"at line (\d+)")


def _chunks(text: str, path: Path, error: tomllib.TOMLDecodeError) -> list[dict[str, Any] | str]:
    """When the file as a whole is not TOML, each ``[[source]]`` table on its own: its values,
    or one error line naming the file, the line, the source and the field at fault."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    preamble = "".join(lines[: starts[0]]) if starts else text
    try:
        if not starts or tomllib.loads(preamble):
            raise RegistryError(f"{path}: not valid TOML: {error}")
    except tomllib.TOMLDecodeError:
        raise RegistryError(f"{path}: not valid TOML: {error}") from None
    out: list[dict[str, Any] | str] = []
    for n, (start, end) in enumerate(zip(starts, [*starts[1:], len(lines)], strict=True), start=1):
        chunk = "".join(lines[start:end])
        try:
            out.append(tomllib.loads(chunk)["source"][0])
        except tomllib.TOMLDecodeError as exc:
            found = _ID_LINE.search(chunk)
            label = found.group(1) if found else "?"
            at = _AT_LINE.search(str(exc))
            line_no = start + int(at.group(1)) if at else start + 1
            key = _KEY_LINE.match(lines[line_no - 1]) if line_no <= len(lines) else None
            field = f"field {key.group(1)!r} " if key else ""
            out.append(f"{path}:{line_no} [[source]] #{n}: source {label!r}: {field}is not valid TOML ({exc})")
    return out


def parse_registry(text: str, path: Path | str = "<registry>") -> Registry:
    """Parse registry text; invalid sources become error lines, valid ones are kept. A TOML
    syntax error spoils only the ``[[source]]`` table it is in."""
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        data = {"source": _chunks(text, path, exc)}
    extra = sorted(set(data) - {"source"})
    if extra:
        raise RegistryError(f"{path}: unknown top-level key {extra[0]!r} (expected [[source]] tables)")
    raws = data.get("source", [])
    if not isinstance(raws, list):
        raise RegistryError(f"{path}: 'source' must be an array of tables ([[source]])")
    sources: list[Source] = []
    errors: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(raws, start=1):
        if isinstance(raw, str):  # a table that is not even TOML
            errors.append(raw)
            continue
        where = f"{path} [[source]] #{number}"
        try:
            source = _source_from(raw, where)
        except RegistryError as exc:
            errors.append(str(exc))
            continue
        if source.id in seen:
            errors.append(f"{where}: source {source.id!r}: field 'id' duplicates an earlier source")
            continue
        seen.add(source.id)
        sources.append(source)
    return Registry(path, sources, errors)


def load_registry(path: Path | str | None = None) -> Registry:
    """Read and validate a registry file (default: the bundled ``crawler/data/portals.toml``)."""
    path = Path(path) if path else DEFAULT_REGISTRY
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{path}: cannot read registry: {exc}") from None
    return parse_registry(text, path)


def level_counts(sources: list[Source]) -> dict[str, int]:
    """Number of sources per unit level, in the order of ``UNIT_LEVELS`` (levels with none omitted)."""
    counts = {level: 0 for level in UNIT_LEVELS}
    for source in sources:
        counts[source.unit_level] += 1
    return {level: n for level, n in counts.items() if n}
