"""The store's tagging side: tags written for many articles at once, and the life cycle of
catalog rows. Like ``store.py``, the only place that knows these tables' columns; the two
together with ``store_ops.py`` are the store."""

from __future__ import annotations

import json
from itertools import chain
from typing import Any

from sqlite_utils import Database

from crawler.store import catalog_keys
from crawler.store_research import write_signatures, write_targets

_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False), one encoder


def write_tags(db: Database, batch: list[dict[str, Any]]) -> None:
    """Replace the tags and the province facets of many articles in one transaction.

    Each item: ``id``, ``resolutions`` and ``units`` (tag rows as for ``replace_tags``),
    ``tagged_hash``, ``province``, ``province_new``; optionally ``targets`` (target rows made
    from these tags) and ``signature`` (the copy signature's bytes, None: unchanged), written
    in the same transaction.
    """
    with db.conn:
        ids = [(item["id"],) for item in batch]
        db.conn.executemany("DELETE FROM article_resolutions WHERE article_id = ?", ids)
        db.conn.executemany("DELETE FROM article_units WHERE article_id = ?", ids)
        for table, field in (("article_resolutions", "resolutions"), ("article_units", "units")):
            tagged = [(item["id"], r) for item in batch for r in item[field]]
            if tagged:
                shapes = dict.fromkeys(tuple(r) for _, r in tagged)  # rows mostly share their keys
                columns = list(dict.fromkeys(chain.from_iterable(shapes)))
                columns = [c for c in columns if c != "article_id"]
                db.conn.executemany(
                    f"INSERT OR REPLACE INTO {table} (article_id, {', '.join(columns)}) "
                    f"VALUES ({', '.join('?' * (len(columns) + 1))})",
                    [(aid, *map(r.get, columns)) for aid, r in tagged],
                )
        db.conn.executemany(
            "UPDATE articles SET tagged_hash = ?, resolutions = ?, units = ?, province = ?, province_new = ? WHERE id = ?",
            [
                [
                    item["tagged_hash"],
                    _json(list(dict.fromkeys(r["code"] for r in item["resolutions"]))),
                    _json(list(dict.fromkeys(u["name"] for u in item["units"]))),
                    item["province"], item["province_new"], item["id"],
                ]
                for item in batch
            ],
        )
        with_targets = [(item["id"], item["targets"], item["tagged_hash"]) for item in batch if "targets" in item]
        if with_targets:
            write_targets(db, with_targets)
        signatures = [
            {"article_id": item["id"], "content_hash": item["tagged_hash"], "signature": item["signature"]}
            for item in batch if item.get("signature") is not None
        ]
        if signatures:
            write_signatures(db, signatures)


def retire_resolutions(db: Database, keep: set[str]) -> int:
    """Catalog rows no longer in the catalog file become discovered, unverified documents."""
    stale = [k for k in catalog_keys(db, "resolutions", "key") if k not in keep]
    with db.conn:
        db.conn.executemany(
            "UPDATE resolutions SET discovered = 1, verified = 0 WHERE key = ? AND discovered = 0",
            [(k,) for k in stale],
        )
    return len(stale)


def prune_resolutions(db: Database) -> int:
    """Delete discovered documents that no article cites any more; return how many."""
    with db.conn:
        cursor = db.execute(
            "DELETE FROM resolutions WHERE discovered = 1 AND key NOT IN "
            "(SELECT DISTINCT resolution_key FROM article_resolutions)"
        )
    return cursor.rowcount


def prune_units(db: Database) -> int:
    """Delete discovered units that nothing refers to any more (no article's tag, target or source, no other
    unit as its parent or successor): the old row of a discovered union whose name, and so id, changed;
    return how many."""
    with db.conn:
        cursor = db.execute(
            "DELETE FROM units WHERE discovered = 1"
            " AND id NOT IN (SELECT DISTINCT unit_id FROM article_units)"
            " AND id NOT IN (SELECT unit_id FROM targets WHERE unit_id IS NOT NULL)"
            " AND id NOT IN (SELECT unit_id FROM sources WHERE unit_id IS NOT NULL)"
            " AND id NOT IN (SELECT parent_id FROM units WHERE parent_id IS NOT NULL)"
            " AND id NOT IN (SELECT successor_id FROM units WHERE successor_id IS NOT NULL)"
        )
    return cursor.rowcount
