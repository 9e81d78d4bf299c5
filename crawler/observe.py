"""Per-source observations of one run: the spider counts in Scrapy stats, this reads them back.

Stats keys are ``unionwatch/source/<source id>/<counter>``; fields lost on re-checked articles
are ``.../lost/<field>`` and registry selectors that matched nothing ``.../selector_miss/<name>``.
"""

from __future__ import annotations

import json
from typing import Any

PREFIX = "unionwatch/source/"

# Counters the spider and the store pipeline keep per source (columns of ``source_runs``).
COUNTERS = (
    "listing_pages",  # listing pages parsed (200 responses)
    "listing_links",  # article links found on them
    "listed_known",  # ... of which to articles already stored
    "listing_unchanged",  # listing pages whose items were the same as last time
    "layout_changed",  # listing pages whose markup around the links changed
    "articles",  # article pages parsed
    "not_articles",  # article pages without a title or body text
    "articles_failed",  # article requests that failed for now (time-out, 5xx): tried again
    "new_articles",  # pages of articles not stored before (with a title and text)
    "new_no_date",  # ... of which without a publication date
    "new_no_author",  # ... of which without an author
    "rechecked",  # known articles fetched again (recent window, or a layout canary)
    "new",  # stored as new
    "changed",  # stored as a new version
)


def key(source_id: str, counter: str) -> str:
    return f"{PREFIX}{source_id}/{counter}"


def observations(stats: dict[str, Any], source_ids: list[str]) -> dict[str, dict[str, Any]]:
    """One ``source_runs``-shaped dict per source from a finished crawl's stats."""
    out: dict[str, dict[str, Any]] = {}
    for source_id in source_ids:
        base = f"{PREFIX}{source_id}/"
        row: dict[str, Any] = {c: int(stats.get(base + c, 0)) for c in COUNTERS}
        lost = {
            k[len(base) + 5 :]: int(v) for k, v in stats.items() if k.startswith(base + "lost/")
        }
        misses = sorted(
            k[len(base) + 14 :] for k in stats if k.startswith(base + "selector_miss/")
        )
        row["fields_lost"] = json.dumps(lost, sort_keys=True)
        row["selector_misses"] = json.dumps(misses)
        out[source_id] = row
    return out
