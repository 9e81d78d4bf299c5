"""`unionwatch tag`: JSON lines in, JSON lines of tags out (GUIDE §4)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from typing import IO, Any

from crawler.registry import RegistryError, Source, load_registry
from crawler.textnorm import clean_text, nfc
from crawler.urls import host_of
from enrich import Tags, tag, tag_each
from enrich.hostnames import site_body
from enrich.lineruns import line_runs
from enrich.presshosts import host_district, host_province, portal_district
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
    portal = portal_district(url, date) if province else None
    source = SourceContext(None, "province", province, portal[1] if portal else None) if province else None
    source = SourceContext(None, "district", *district) if district else source
    body = site_body(url)
    if body is not None:
        source = replace(source, body=body) if source else SourceContext(None, "grassroots", body=body)
    return source


TAG_BATCH = 100  # records tagged at a time, at most (as `unionwatch enrich` tags a worker's batch)


def _arguments(record: dict[str, Any], sources: list[Source]) -> dict[str, Any]:
    """``enrich.tag``'s arguments for one input record."""
    source = _context(record.get("source"), sources)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    if source is None and record.get("source") is None:
        source = host_source(url, record.get("date") or record.get("published"))
    return {
        "text": clean_text(record.get("text") or ""), "title": nfc(record["title"]) if record.get("title") else None,
        "source": source, "published": record.get("date") or record.get("published"),
        "province": record.get("province"), "url": url,
    }


def _output(record: dict[str, Any], text: str, tags: Tags) -> dict[str, Any]:
    """The output line's object for a record and its tags (``text``: the text tagged, the record's cleaned)."""
    resolutions = [t.as_output() for t in tags.resolutions]
    remap(resolutions, record.get("text") or "", text)  # evidence offsets into the text as given
    return {
        "id": record.get("id"),
        "resolutions": resolutions,
        "units": [u.as_output() for u in tags.units],
    }


def tag_record(record: dict[str, Any], sources: list[Source]) -> dict[str, Any]:
    """Tags for one input record."""
    arguments = _arguments(record, sources)
    return _output(record, arguments["text"], tag(**arguments))


def tag_records(records: Sequence[dict[str, Any]], sources: list[Source]) -> list[dict[str, Any]]:
    """``tag_record`` of each record, the run tagged a tagger at a time (``enrich.tag_each``): the same tags."""
    arguments = [_arguments(record, sources) for record in records]
    return [_output(record, a["text"], tags)
            for record, a, tags in zip(records, arguments, tag_each(arguments), strict=True)]


def _tagged(records: list[dict[str, Any]], sources: list[Source]) -> Iterator[dict[str, Any]]:
    """The outputs of a run's records; where the run fails, record by record, so that the records before the one
    that fails are written before its error is."""
    try:
        outputs = tag_records(records, sources)
    except Exception:
        yield from (tag_record(record, sources) for record in records)
        return
    yield from outputs


def _record(line: str, number: int) -> dict[str, Any]:
    """The record of an input line (``number``, from 1), or ValueError saying what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"stdin line {number}: not JSON: {exc.msg}") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ValueError(f"stdin line {number}: expected an object with a \"text\" string")
    return record


def tag_stream(reader: IO[str], writer: IO[str], registry_path: str | None = None) -> int:
    """Tag every JSON line of ``reader``; return how many were written. The lines are tagged in runs of those
    already there (``enrich.lineruns``, up to ``TAG_BATCH``): a line that arrives alone is answered before the
    next is read; a bad line is reported after the lines before it are written."""
    try:
        sources = load_registry(registry_path).sources
    except RegistryError:
        if registry_path:
            raise
        sources = []
    count = number = 0
    with closing(line_runs(reader, TAG_BATCH)) as runs:
        for run in runs:
            records: list[dict[str, Any]] = []
            error: ValueError | None = None
            for line in run:
                number += 1
                if not line.strip():
                    continue
                try:
                    records.append(_record(line, number))
                except ValueError as exc:
                    error = exc
                    break
            for output in _tagged(records, sources):
                writer.write(json.dumps(output, ensure_ascii=False) + "\n")
            writer.flush()
            count += len(records)
            if error is not None:
                raise error
    return count
