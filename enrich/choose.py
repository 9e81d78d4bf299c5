"""Which catalog document a mention means, from the evidence around it.

Every candidate is scored; a candidate is rejected outright when it did not exist yet on the
article's date, when the year written next to the mention contradicts it, or (for short forms)
when the issuer named next to it is another body. Points: the exact date written next to it (4),
its day and month (3), its year (2), its term (2), its issuer named next to it (2), a matching
anniversary ("10 năm thực hiện", 2), its title following the mention (3), a related document
cited in the same article (1). Among equals a row kept only as a look-alike comes after the
others, then the most recent document comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from enrich.catalog import Catalog, Resolution, code_key
from enrich.context import Article, Near, issuer_family

TITLE_SHARE = 0.7


@dataclass(frozen=True)
class Evidence:
    """What the text says next to one mention."""

    near: Near | None
    term: int | None
    hint: str | None
    anniversary: int | None
    end: int


def evidence(art: Article, start: int, end: int, limit: int | None = None) -> Evidence:
    near = art.date_after(end) or art.date_before(start)
    return Evidence(near, art.term_after(end, limit), art.hint_after(end, limit), art.anniversary(start), end)


@cache
def _relatives(catalog: Catalog) -> dict[str, frozenset[str]]:
    """Key -> code keys of its parent and children."""
    out: dict[str, set[str]] = {}
    for res in catalog.resolutions:
        parent = catalog.by_key.get(res.parent_key)
        if parent is not None:
            out.setdefault(res.key, set()).add(code_key(parent.code))
            out.setdefault(parent.key, set()).add(code_key(res.code))
    return {k: frozenset(v) for k, v in out.items()}


def _date_points(near: Near, res: Resolution) -> float | None:
    day_month = f"{near.month:02d}-{near.day:02d}" if near.month and near.day else None
    if near.year is not None and res.year is not None:
        if day_month and res.date == f"{near.year:04d}-{day_month}":
            return 4
        if near.year == res.year:
            return 2
        if day_month and res.date[5:] == day_month:
            return 1  # the year is misprinted, the day and month are right
        return None
    if day_month and res.date:
        return 3 if res.date[5:] == day_month else -2
    return 0


def possible(res: Resolution, near: Near | None, art: Article, *, adopted: bool = False) -> bool:
    """Whether ``res`` can be meant at all, unless another issuer is named next to it (``score`` is None
    for no other reason when not ``strict``): it existed on the article's date and the date written
    next to the mention does not contradict it."""
    if art.before_publication(res, adopted=adopted):
        return False
    return near is None or _date_points(near, res) is not None


def score(res: Resolution, ev: Evidence, art: Article, catalog: Catalog, *, strict: bool = False, adopted: bool = False) -> float | None:
    """Points for ``res`` as the meaning of the mention; None when it cannot be meant. ``strict``:
    another issuer named next to it rules it out; ``adopted``: named as adopted by a plenum."""
    if not possible(res, ev.near, art, adopted=adopted):
        return None
    points = 0.0
    if ev.near is not None:
        points += _date_points(ev.near, res) or 0
    if ev.term is not None and res.term_number is not None:
        points += 2 if ev.term == res.term_number else -3
    if ev.hint is not None:
        family = issuer_family(res)
        if family == ev.hint:
            points += 2
        elif family is not None:
            if strict:
                return None
            points -= 2
    if ev.anniversary is not None and res.year:
        points += 2 if abs(res.year - ev.anniversary) <= 1 else -1
    if res.title and art.title_match(res, ev.end)[0] >= TITLE_SHARE:
        points += 3
    if _relatives(catalog).get(res.key, frozenset()) & art.codes:
        points += 1
    return points


def _order(pair: tuple[float, Resolution]) -> tuple[float, int]:
    """Points, a row kept only as a look-alike half a point behind, then the most recent."""
    points, res = pair
    return points - (0.5 if res.collision else 0), res.year or 0


def ranked(
    candidates: tuple[Resolution, ...], ev: Evidence, art: Article, catalog: Catalog, *, strict: bool = False, adopted: bool = False
) -> list[tuple[float, Resolution]]:
    """Candidates that can be meant, best first."""
    scored = []
    for res in candidates:
        points = score(res, ev, art, catalog, strict=strict, adopted=adopted)
        if points is not None:
            scored.append((points, res))
    scored.sort(key=_order, reverse=True)
    return scored


def decided(scored: list[tuple[float, Resolution]], minimum: float = 2) -> Resolution | None:
    """The best candidate when the evidence favours it alone (at least ``minimum`` points)."""
    if not scored or scored[0][0] < minimum:
        return None
    if len(scored) > 1 and _order(scored[1])[0] >= _order(scored[0])[0] and scored[1][1].code != scored[0][1].code:
        return None
    return scored[0][1]
