"""`unionwatch tag`: JSON lines in, JSON lines of tags out (GUIDE §4)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import IO, Any

from crawler.registry import RegistryError, Source, load_registry
from crawler.textnorm import clean_text, nfc
from crawler.urls import host_of
from enrich import tag
from enrich.hostnames import site_body
from enrich.presshosts import host_district, host_province
from enrich.spans import remap
from enrich.units import SourceContext, article_date


def _context(value: Any, sources: list[Source]) -> SourceContext | None:
    """A source given as a registry id, a URL on a registry host, or an object."""
    if isinstance(value, dict):
        if not value.get("name") and not value.get("level"):
            return None
        return SourceContext(
            name=nfc(value.get("name") or ""), level=value.get("level") or value.get("unit_level") or "",
            province=value.get("province"), district=value.get("district"), unit_id=value.get("unit_id"),
            body=value.get("body"),
        )
    if not isinstance(value, str) or not value:
        return None
    match = next((s for s in sources if s.id == value), None)
    if match is None and value.startswith(("http://", "https://")):
        host = host_of(value)
        match = next((s for s in sources if host in s.domains), None)
    if match is None:
        return None
    return SourceContext(match.name, match.unit_level, match.province, match.district, match.unit_id)


def host_source(url: str | None, published: str | None) -> SourceContext | None:
    """With no source given, what the page's address says of its publisher: a listed provincial paper's province,
    a district station's district, a public body's own site (a procuracy's: its union written bare is the body's)."""
    date = article_date(published)
    province = host_province(url, date)
    district = host_district(url, date) if province is None else None
    source = SourceContext(None, "province", province) if province else None
    source = SourceContext(None, "district", *district) if district else source
    body = site_body(url)
    if body is not None:
        source = replace(source, body=body) if source else SourceContext(None, "grassroots", body=body)
    return source


def tag_record(record: dict[str, Any], sources: list[Source]) -> dict[str, Any]:
    """Tags for one input record."""
    raw = record.get("text") or ""
    text = clean_text(raw)
    title = nfc(record["title"]) if record.get("title") else None
    source = _context(record.get("source"), sources)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    if source is None and record.get("source") is None:
        source = host_source(url, record.get("date") or record.get("published"))
    tags = tag(
        text, title=title, source=source,
        published=record.get("date") or record.get("published"), province=record.get("province"), url=url,
    )
    resolutions = [t.as_output() for t in tags.resolutions]
    remap(resolutions, raw, text)  # evidence offsets into the text as given
    return {
        "id": record.get("id"),
        "resolutions": resolutions,
        "units": [u.as_output() for u in tags.units],
    }


def tag_stream(reader: IO[str], writer: IO[str], registry_path: str | None = None) -> int:
    """Tag every JSON line of ``reader``; return how many were written."""
    try:
        sources = load_registry(registry_path).sources
    except RegistryError:
        if registry_path:
            raise
        sources = []
    count = 0
    for number, line in enumerate(reader, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"stdin line {number}: not JSON: {exc.msg}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError(f"stdin line {number}: expected an object with a \"text\" string")
        writer.write(json.dumps(tag_record(record, sources), ensure_ascii=False) + "\n")
        writer.flush()
        count += 1
    return count
