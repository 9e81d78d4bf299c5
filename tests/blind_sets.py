"""The rows of a blind unit set, checked against the set format without tagging them."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

LEVELS = {"national", "province", "district", "sector", "commune", "grassroots"}


def checked_rows(path: Path) -> list[dict]:
    """The set's rows, each asserted to follow the format: NFC lines, the fields of a passage and
    of each expected unit, one page per passage, and at least 15 passages that expect no unit."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [json.loads(line) for line in lines]
    assert len({row["url"] for row in rows}) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        assert unicodedata.is_normalized("NFC", line)
        assert set(row) == {"id", "text", "title", "date", "url", "source", "expected", "notes"}
        assert row["text"].strip() and row["notes"].strip() and row["url"].startswith("http")
        assert row["date"] is None or row["date"][:4].isdigit()
        assert row["source"] is None or set(row["source"]) == {"level", "province", "district", "name"}
        for unit in row["expected"]:
            assert set(unit) == {"name", "level", "province"} and unit["level"] in LEVELS
    assert sum(not row["expected"] for row in rows) >= 15
    return rows
