"""Every feed's newest articles at once: what a full export needs before it builds anything.

``store_pub.feed_ids`` answers one feed (a live request); an export asks the same of about
1,500 feeds, and one query per feed reads the same pages over and over, article rows among them
(large: the text and HTML come before the province and last_changed columns). Here the date
order, the tags, sources, provinces and versions are each read in one index-only scan, grouped
by SQLite (group_concat: a few hundred rows instead of 200,000), and every feed's newest
``limit`` articles are picked in memory. The lists are the very ones ``feed_ids`` and
``feed_versions`` give, in the same order (tests compare them feed by feed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from sqlite_utils import Database

FeedKey = tuple[str, str]  # (kind, key): ("resolution", "02-NQ/TW@2021"), ("all", "")

_ORDER = (
    "SELECT group_concat(rowid), group_concat(id) FROM (SELECT rowid, id FROM articles "
    "INDEXED BY idx_articles_feed_order ORDER BY coalesce(published, first_seen) DESC, id)"
)
# (feed kind, SQL giving key and its articles: ids, or rowids when ``by_rowid``)
_GROUPS = (
    ("resolution", False, "SELECT resolution_key, group_concat(article_id) FROM article_resolutions "
                          "INDEXED BY sqlite_autoindex_article_resolutions_1 GROUP BY resolution_key"),
    ("unit", False, "SELECT unit_id, group_concat(article_id) FROM article_units "
                    "INDEXED BY sqlite_autoindex_article_units_1 GROUP BY unit_id"),
    ("source", True, "SELECT source_id, group_concat(rowid) FROM articles INDEXED BY idx_articles_source "
                     "GROUP BY source_id"),
)
_PROVINCES = (
    "SELECT province, province_new, group_concat(rowid) FROM articles INDEXED BY idx_articles_province "
    "GROUP BY province, province_new"
)
_CHANGED = (
    "SELECT last_changed, group_concat(rowid) FROM articles INDEXED BY idx_articles_last_changed "
    "GROUP BY last_changed"
)


def _split(joined: str | None) -> list[str]:
    return joined.split(",") if joined else []


def _rowids(joined: str | None) -> list[int]:
    return list(map(int, joined.split(","))) if joined else []


def _places(place: dict, members: list) -> list[int]:
    """The date-order positions of ``members`` (ids or rowids); one without a position (the tag
    of an article deleted meanwhile) is left out."""
    try:
        return list(map(place.__getitem__, members))
    except KeyError:
        return [place[m] for m in members if m in place]


QUERIES = (_ORDER, *(sql for _, _, sql in _GROUPS), _PROVINCES, _CHANGED)
Fetch = Callable[[Sequence[str]], Iterable[list[tuple]]]


def newest_by_feed(db: Database, limit: int, fetch: Fetch | None = None) -> dict[FeedKey, list[tuple[str, str]]]:
    """(kind, key) -> [(article id, last_changed)], newest ``limit`` first, for the all feed
    and every resolution, unit, province and source that has articles.

    ``fetch`` runs ``QUERIES`` and gives their rows in order (default: one after another on
    ``db``; a caller may run them side by side on connections of its own and give each as it is
    done: each is used as soon as it comes, while the later ones still run)."""
    fetch = fetch or (lambda queries: (db.execute(sql).fetchall() for sql in queries))
    results = iter(fetch(QUERIES))
    order = next(results)
    rowids, ids = _rowids(order[0][0]), _split(order[0][1])
    # rowids as integers: parsing one is cheaper than hashing an id string, and they key a dict fast
    at = {"id": {aid: i for i, aid in enumerate(ids)}, "rowid": {r: i for i, r in enumerate(rowids)}}
    members: dict[FeedKey, list[int]] = {("all", ""): list(range(min(limit, len(ids))))}
    for kind, by_rowid, _ in _GROUPS:
        place, parse = (at["rowid"], _rowids) if by_rowid else (at["id"], _split)
        for key, joined in next(results):
            members[(kind, key)] = _places(place, parse(joined))
    provinces: dict[str, list[int]] = defaultdict(list)
    for old, new, joined in next(results):
        found = _places(at["rowid"], _rowids(joined))
        for name in {old, new} - {None}:
            provinces[name] += found
    members.update((("province", name), found) for name, found in provinces.items())
    newest = {key: sorted(set(found))[:limit] for key, found in members.items() if found}
    # last_changed only of the articles picked; "" for one deleted between two of the queries, as
    # feed_versions has it
    picked = {rowids[i] for found in newest.values() for i in found}
    changed: dict[int, str] = {}
    for value, joined in next(results):
        changed.update((rowid, value) for rowid in _rowids(joined) if rowid in picked)
    return {key: [(ids[i], changed.get(rowids[i], "")) for i in found] for key, found in newest.items()}
