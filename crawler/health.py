"""Source health from the store: last success, last new article, error streak, status."""

from __future__ import annotations

from sqlite_utils import Database

from crawler import store


def status_lines(db: Database) -> list[str]:
    """A table of source health, one line per source, for `unionwatch status`."""
    rows = store.source_health(db)
    header = f"{'source':<32} {'status':<8} {'last success':<26} {'last new article':<26} {'errors':>6}"
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r['source_id']:<32} {r['status']:<8} {(r['last_success'] or '-'):<26} "
            f"{(r['last_new'] or '-'):<26} {r['error_streak']:>6}"
        )
    return lines
