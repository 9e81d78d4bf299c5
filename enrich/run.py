"""Tag stored articles: what `unionwatch enrich` runs. Idempotent; re-tags on catalog change."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

import numpy as np
from sqlite_utils import Database

from crawler import store, store_tags
from crawler.heap import loading_heap
from enrich import tag, tag_each
from enrich.catalog import (
    RESOLUTIONS_CSV,
    UNITS_CSV,
    former_province_names,
    load_catalog,
    province_map,
    province_names,
    read_csv,
    slug_code,
)
from enrich.copies import cluster_copies, signed
from enrich.fingerprints import Prints
from enrich.tags import MENTIONED, SUBJECT, Tags, UnitTag
from enrich.targets import article_targets, update_targets
from enrich.units import SourceContext
from enrich.workers import WorkerPool, batched

Signed = tuple[np.ndarray | None, np.ndarray | None]  # a copy signature and its fingerprint (enrich.copies.signed)
WRITE_BATCH = 2000  # articles whose tags are written in one transaction
TAG_BATCH = 100  # articles a worker tags at a time
_RESOLUTION_COLUMNS = (
    "key", "code", "year", "doc_type", "type_abbr", "number", "issuer_code", "issuer", "system",
    "term", "date", "title", "short_names", "category", "parent_key", "province", "source_url", "notes",
)


@dataclass
class EnrichResult:
    articles: int = 0
    resolution_tags: int = 0
    unit_tags: int = 0
    discovered: int = 0
    targets: int = 0
    copies: int = 0


def catalog_version() -> str:
    """A digest of the catalog files: tags made under another version are stale."""
    digest = hashlib.sha1()
    for path in (RESOLUTIONS_CSV, UNITS_CSV):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_catalogs(db: Database) -> None:
    """Load resolutions and units from enrich/data into the store; fill new provinces."""
    rows = []
    for row in read_csv(RESOLUTIONS_CSV):
        if not row.get("key"):
            continue
        values = {k: row.get(k) or None for k in _RESOLUTION_COLUMNS}
        values["year"] = int(row["year"]) if row.get("year", "").isdigit() else None
        values["slug"] = slug_code(row["key"])
        values["verified"] = int(row.get("verified", "").lower() in ("yes", "true", "1"))
        values["discovered"] = 0
        rows.append(values)
    store.load_rows(db, "resolutions", rows, pk="key")
    store_tags.retire_resolutions(db, {r["key"] for r in rows})
    names = {**former_province_names(), **province_names()}
    mapping = province_map()
    units = []
    for row in read_csv(UNITS_CSV):
        province = names.get(row.get("province_id", ""), row.get("province_id") or None)
        province_new = names.get(row.get("province_new_id", ""), row.get("province_new_id") or None)
        units.append(
            {
                "id": row["id"], "name": row["name"], "short_name": row.get("short_name") or None,
                "level": row.get("level") or "", "province": province,
                "province_new": province_new or (mapping.get(province) if province else None),
                "district": row.get("district_id") or None, "parent_id": row.get("parent_id") or None,
                "aliases": row.get("aliases") or None, "active_from": row.get("active_from") or None,
                "active_until": row.get("active_until") or None,
                "successor_id": row.get("successor_id") or None, "kind": row.get("kind") or None,
                "verified": int(row.get("verified", "").lower() in ("yes", "true", "1")),
                "discovered": 0, "source": row.get("source") or None,
            }
        )
    store.load_rows(db, "units", units, pk="id")
    store.set_source_province_new(db, mapping)


def _discovered_unit(u: UnitTag, mapping: dict[str, str]) -> dict[str, object]:
    """A ``units`` row for a unit first seen in an article (grassroots, commune, sector...)."""
    found = u.discovered or {}
    return {
        "id": u.unit_id, "name": u.name, "level": u.level, "province": u.province,
        "province_new": u.province_new or mapping.get(u.province or ""),
        "parent_id": found.get("parent_id") or None, "kind": found.get("kind") or None,
        "discovered": 1, "verified": 0,
    }


def article_place(units: list[UnitTag], source_province: str | None, mapping: dict[str, str]) -> tuple[str | None, str | None]:
    """An article's province (old and new): its source's, else its subject's, else the one
    province every mentioned unit shares."""
    if source_province:
        return source_province, mapping.get(source_province, source_province)
    subjects = [u for u in units if u.role == SUBJECT and u.province]
    if subjects:
        return subjects[0].province, subjects[0].province_new
    places = {(u.province_new, u.province) for u in units if u.role == MENTIONED and u.province}
    if len({new for new, _ in places}) == 1:
        new, old = sorted(places, key=lambda p: p[1] or "")[0]
        return old, new
    return None, None


def _source_context(row: dict) -> SourceContext | None:
    if not row.get("source_name"):
        return None
    return SourceContext(
        name=row["source_name"], level=row["source_level"], province=row.get("source_province"),
        district=row.get("source_district"), unit_id=row.get("source_unit_id"),
    )


def _tag_arguments(row: dict) -> dict[str, Any]:
    """``enrich.tag``'s arguments for a stored article."""
    return {"text": row["text"], "title": row["title"], "source": _source_context(row), "published": row["published"],
            "url": row.get("url")}


def _signature(row: dict) -> Signed:
    """The article's copy signature and fingerprint, made from its shingles; none where its signature is current."""
    if row.get("signed_hash") == row["content_hash"]:
        return None, None
    return signed(row["title"], row["text"], prints=isinstance(row["title"], str) and isinstance(row["text"], str))


def tag_row(row: dict, mapping: dict[str, str], tags: Tags | None = None,
            signature: Signed | None = None) -> dict[str, object]:
    """The tags of one stored article (``store.articles_for_tagging`` shape), as rows: what a
    worker sends back (``tags`` and ``signature``, the article's, where they are made already). ``new_resolutions`` and
    ``new_units`` are the catalog rows to add when the store does not know them yet; the parent
    decides, in article order."""
    tags = tag(**_tag_arguments(row)) if tags is None else tags
    res_rows, unit_rows, new_resolutions, new_units = [], [], [], []
    for t in tags.resolutions:
        if t.discovered:
            new_resolutions.append((t.key, dict(t.discovered, slug=slug_code(t.key), discovered=1, verified=0)))
        res_rows.append({
            "resolution_key": t.key, "code": t.id, "method": t.method, "evidence": t.evidence,
            "evidence_start": t.start, "evidence_end": t.end, "sentence": t.sentence,
        })
    for u in tags.units:
        new_units.append((u.unit_id, _discovered_unit(u, mapping)))
        unit_rows.append({
            "unit_id": u.unit_id, "role": u.role, "name": u.name, "level": u.level,
            "province": u.province, "province_new": u.province_new or mapping.get(u.province or ""),
            "evidence": u.evidence, "evidence_start": u.start, "evidence_end": u.end,
        })
    province, province_new = article_place(tags.units, row.get("source_province"), mapping)
    current = row.get("signed_hash") == row["content_hash"]  # its copy signature is current
    # The copy check's fingerprint comes with a new signature, from the same shingles.
    values, prints = _signature(row) if signature is None else signature
    return {"id": row["id"], "resolutions": res_rows, "units": unit_rows, "tagged_hash": row["content_hash"],
            "province": province, "province_new": province_new,
            "targets": article_targets(_stored(row, res_rows, unit_rows, province)),
            "signature": None if current else (b"" if values is None else values.tobytes()),
            "fingerprint": None if prints is None else prints.tobytes(),
            "new_resolutions": new_resolutions, "new_units": new_units}


def _by_position(rows: list[dict], key: tuple[str, ...], columns: tuple[str, ...]) -> list[dict]:
    """Tag rows as the store gives them back to the target extractor: one per primary key
    (the last written), ordered by evidence start (title tags first), then by that key."""
    unique = {tuple(r[k] for k in key): r for r in rows}
    ordered = sorted(unique.values(), key=lambda r: (
        r["evidence_start"] is not None, r["evidence_start"] or 0, *(r[k] for k in key)))
    return [{c: r[c] for c in columns} for r in ordered]


def _stored(row: dict, res_rows: list[dict], unit_rows: list[dict], province: str | None) -> dict:
    """The article as ``store_research.articles_for_targets`` reads it once its tags are
    written: targets are found in the same pass as the tags, from the same rows."""
    return {
        "id": row["id"], "title": row["title"], "text": row["text"], "content_hash": row["content_hash"],
        "published_day": row.get("published_day"), "province": province,
        "source_unit_id": row.get("source_unit_id"), "source_name": row.get("source_name"),
        "resolutions": _by_position(res_rows, ("resolution_key",), ("resolution_key", "evidence_start", "evidence_end")),
        "units": _by_position(unit_rows, ("unit_id", "role"), ("unit_id", "name", "role", "evidence_start", "evidence_end")),
    }


def tag_batch(rows: list[dict]) -> list[dict[str, object]]:
    """``tag_row`` of every article of a batch (run by a worker): the batch's tags made a tagger at a time
    (``enrich.tag_each``), then its copy signatures, then its rows and targets: the same as article by article."""
    mapping = province_map()
    tagged = tag_each([_tag_arguments(row) for row in rows])
    signatures = [_signature(row) for row in rows]
    return [tag_row(row, mapping, tags, signature)
            for row, tags, signature in zip(rows, tagged, signatures, strict=True)]


def prepare_worker() -> None:
    """Load the catalog and the gazetteer once, when a worker starts, without the collector (then frozen)."""
    with loading_heap():
        tag("Liên đoàn Lao động tỉnh Hà Nam ban hành Nghị quyết số 02-NQ/TW", title="Nghị quyết")


def _tag_articles(db: Database, pool: WorkerPool, batches: Iterable[list[dict]], result: EnrichResult,
                  prints: Prints) -> None:
    """Tag the articles of ``batches`` (in ``pool``'s workers), then write tags and discovered
    catalog rows in article order, ``WRITE_BATCH`` articles a transaction; keep the copy
    check's fingerprints in ``prints``."""
    known_resolutions = store.catalog_keys(db, "resolutions", "key")
    known_units = store.catalog_keys(db, "units", "id")
    pending: list[dict[str, object]] = []
    new_units: list[dict[str, object]] = []
    for tagged in pool.map(tag_batch, batches):
        for item in tagged:
            fingerprint = item.pop("fingerprint")
            if fingerprint is not None:
                prints.add(item["id"], fingerprint)
            for key, discovered in item.pop("new_resolutions"):
                if key not in known_resolutions:
                    store.load_rows(db, "resolutions", [discovered], pk="key")
                    known_resolutions.add(key)
                    result.discovered += 1
            for unit_id, unit in item.pop("new_units"):
                if unit_id not in known_units:
                    new_units.append(unit)
                    known_units.add(unit_id)
            pending.append(item)
            if len(pending) >= WRITE_BATCH:
                _write(db, pending, new_units)
                pending, new_units = [], []
            result.articles += 1
            result.targets += len(item["targets"])
            result.resolution_tags += len(item["resolutions"])
            result.unit_tags += len(item["units"])
    if pending:
        _write(db, pending, new_units)


def _write(db: Database, tagged: list[dict[str, object]], new_units: list[dict[str, object]]) -> None:
    """Units first seen in ``tagged`` (in article order, in one statement), then its tags."""
    store.load_rows(db, "units", new_units, pk="id")
    store_tags.write_tags(db, tagged)


def enrich_store(db: Database, everything: bool = False, workers: int = 1) -> EnrichResult:
    """Tag articles whose tags are missing or stale (or all, with ``everything``), then their
    targets and the store's syndicated copies. ``workers`` processes tag (1: this one).

    When there is more than one batch to tag, the workers are started first and load the
    tagger while this process loads the catalogs into the store (which changes none of the
    articles to tag: the catalog stamp is compared with the files, not with the store's rows).
    Workers started later, for the copy search alone, load nothing they do not use."""
    load_catalog.cache_clear()  # before any worker is forked: they read the files as they are now
    version = catalog_version()
    result = EnrichResult()
    stale_all = everything or store.catalog_stamp(db) != version
    with WorkerPool(workers) as pool, Prints() as prints:
        batches = batched(store.articles_for_tagging(db, everything=stale_all), TAG_BATCH)
        first = list(islice(batches, 2))
        if len(first) > 1:  # a single batch is tagged in this process (WorkerPool.map)
            pool.start(initializer=prepare_worker)
        load_catalogs(db)
        _tag_articles(db, pool, chain(first, batches), result, prints)
        if stale_all:
            store_tags.prune_resolutions(db)
            store_tags.prune_units(db)
        store.set_catalog_stamp(db, version)
        result.targets += update_targets(db, workers=pool)  # articles whose tags were current
        result.copies = cluster_copies(db, pool, prints).copies
    return result
