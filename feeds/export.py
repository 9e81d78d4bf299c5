"""Write every feed (RSS and Atom) and the OPML index to a directory: `unionwatch feeds export`.

Incremental: ``feeds/validators.json`` keeps each feed's validator (the same one the live feeds
send as ETag: the feed's articles and their versions, tags, base URL, limit). A feed whose
validator has not changed since the last export, and whose files are there, is not rebuilt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from feeds.build import EntryCache, render_both, state, validator
from feeds.opml import opml
from feeds.specs import FORMATS, all_specs

MANIFEST = "feeds/validators.json"


@dataclass(frozen=True)
class Exported:
    written: int
    unchanged: int


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)  # readers never see a half-written file


def database_name(db: Database) -> str:
    """The name Datasette gives this database: its file name without the extension."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return Path(file).stem
    return "unionwatch"


def _manifest(directory: Path) -> dict[str, str]:
    try:
        return json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def export(
    db: Database, directory: Path, base_url: str, limit: int = 50, rebuild: bool = False
) -> Exported:
    """Write ``feeds/<kind>/<slug>.{rss,atom}`` and ``feeds/index.opml`` under ``directory``;
    feeds unchanged since the last export are kept unless ``rebuild``."""
    specs = all_specs(db)
    name = database_name(db)
    base = base_url.rstrip("/")
    previous = {} if rebuild else _manifest(directory)
    current: dict[str, str] = {}
    cache: EntryCache = {}
    written = unchanged = 0
    for spec in specs:
        ids, versions, stamp = state(db, spec, limit)
        tag = validator(spec, base, limit, versions, stamp)
        current[spec.path()] = tag
        paths = [directory / spec.path(fmt).lstrip("/") for fmt in FORMATS]
        if previous.get(spec.path()) == tag and all(p.exists() for p in paths):
            unchanged += len(paths)
            continue
        rendered = render_both(db, spec, base, limit, name, cache=cache, ids=ids)
        for fmt, path in zip(FORMATS, paths, strict=True):
            _write(path, rendered.body(fmt))
            written += 1
    _write(directory / "feeds" / "index.opml", opml(specs, base, database=name))
    _write(directory / MANIFEST, json.dumps(current, indent=0, sort_keys=True).encode("utf-8"))
    return Exported(written, unchanged)
