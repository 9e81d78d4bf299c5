"""The Datasette app UnionWatch serves: the database, the metadata file and safe settings."""

from __future__ import annotations

import json
from pathlib import Path

from datasette.app import Datasette

# Read-only to the public: no writes exist without write plugins; queries are time-limited.
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "facet_time_limit_ms": 1000,
    "allow_download": True,
    "default_cache_ttl": 60,
}


def make_datasette(db_path: str | Path, metadata_path: Path | None = None) -> Datasette:
    """A Datasette instance over ``db_path`` with UnionWatch's metadata and settings."""
    metadata: dict = {}
    if metadata_path is not None and metadata_path.exists():
        metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    # The metadata describes the database "unionwatch"; Datasette names a database after its
    # file, so apply the same description whatever the file is called.
    databases = metadata.get("databases", {})
    if "unionwatch" in databases:
        databases[Path(db_path).stem] = databases.pop("unionwatch")
    return Datasette([str(db_path)], metadata=metadata, settings=SETTINGS)
