"""Source health after each run: ok, stale or broken (with its cause), and an alert per change."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from crawler import store_ops
from crawler.dates import VN_TZ

OK, STALE, BROKEN, NEW = "ok", "stale", "broken", "new"
STATUSES = (OK, STALE, BROKEN)
# Causes: LAYOUT (the site changed its markup: listing without links, registry selectors that
# match nothing, fields lost on re-checked articles or missing on new ones), NO_NEW_ARTICLES
# (stale), and for unreachable sources the fetch outcome of crawler/fetchlog.py: refused,
# timeout, dns, robots, too_large, http_<status>, ...
LAYOUT, NO_NEW_ARTICLES, NO_RESPONSE = "layout", "no_new_articles", "no_response"
BROKEN_ALERT, RECOVERED_ALERT, STALE_ALERT = "broken", "recovered", "stale"
ALERT_KINDS = (BROKEN_ALERT, RECOVERED_ALERT, STALE_ALERT)


@dataclass(frozen=True)
class Policy:
    """Thresholds of the assessment (UNIONWATCH_* settings, see crawler/settings.py)."""

    broken_after: int = 2  # failed runs in a row before a source that worked is broken
    stale_min_days: float = 30  # never stale sooner than this ...
    stale_factor: float = 4  # ... nor sooner than this many typical publishing intervals
    field_share: float = 0.9  # a field this common in stored articles should not vanish
    min_history: int = 5  # stored articles needed before field shares mean anything

    @classmethod
    def from_settings(cls, settings: Any) -> Policy:
        return cls(
            broken_after=settings.getint("UNIONWATCH_BROKEN_AFTER_RUNS", cls.broken_after),
            stale_min_days=settings.getfloat("UNIONWATCH_STALE_MIN_DAYS", cls.stale_min_days),
            stale_factor=settings.getfloat("UNIONWATCH_STALE_FACTOR", cls.stale_factor),
        )


def typical_interval(days: list[str]) -> float | None:
    """Median gap in days between consecutive publication days (newest first); None if < 3."""
    parsed = sorted((date.fromisoformat(d[:10]) for d in days), reverse=True)
    if len(parsed) < 3:
        return None
    return float(statistics.median((a - b).days for a, b in zip(parsed, parsed[1:], strict=False)))


def layout_problems(run: dict[str, Any], profile: dict[str, Any], policy: Policy) -> list[str]:
    """What in this run says the site's markup changed under the extractor."""
    problems = []
    if run["listing_pages"] and not run["listing_links"]:
        problems.append("the listing shows no article links")
    elif (run["listing_pages"] and not run["listed_known"] and not run["new_articles"]
          and not run["articles_failed"]):
        problems.append(f"none of the listing's {run['listing_links']} links leads to an article")
    misses = json.loads(run["selector_misses"])
    if misses:
        problems.append("registry selectors match nothing: " + ", ".join(misses))
    lost = json.loads(run["fields_lost"])
    if lost:
        fields = ", ".join(f"{name} ({n} of {run['rechecked']})" for name, n in sorted(lost.items()))
        problems.append(f"re-checked articles lost {fields}")
    history = profile["before"]
    if run["articles"] >= 2 and run["not_articles"] == run["articles"] and history >= policy.min_history:
        problems.append(f"no title or text on {run['articles']} of {run['articles']} article pages")
    for field, missing, present in (("date", "new_no_date", "with_date"), ("author", "new_no_author", "with_author")):
        share = profile[present] / history if history else 0.0
        if (run["new_articles"] >= 2 and run[missing] == run["new_articles"]
                and history >= policy.min_history and share >= policy.field_share):
            problems.append(f"no {field} on {run[missing]} new articles ({share:.0%} of stored ones have one)")
    return problems


def _age_days(moment: str | None, now: datetime) -> float | None:
    if not moment:
        return None
    parsed = datetime.fromisoformat(moment)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=VN_TZ)
    return (now - parsed).total_seconds() / 86400


def assess(prev: dict[str, Any] | None, run: dict[str, Any], profile: dict[str, Any], *,
           active: bool, now: datetime, policy: Policy) -> dict[str, Any]:
    """The new health of one source from its previous health, this run and its articles."""
    interval = typical_interval(profile["recent_days"])
    figures = {
        "last_success": run["finished"] if run["succeeded"] else (prev or {}).get("last_success"),
        "last_new": profile["last_new"], "last_published": profile["last_published"],
        "interval_days": interval, "articles": profile["articles"],
        "error_streak": 0 if run["succeeded"] else (prev or {}).get("error_streak", 0) + 1,
    }
    if not run["succeeded"]:
        cause = run["error"] or NO_RESPONSE
        streak = figures["error_streak"]
        if streak >= policy.broken_after or not figures["last_success"]:
            verdict = (BROKEN, cause, f"no page answered in {streak} run(s) in a row: {cause}")
        else:
            verdict = ((prev or {}).get("status", OK), (prev or {}).get("cause"),
                       f"the last run got no page ({cause}); broken after {policy.broken_after} such runs")
    elif problems := layout_problems(run, profile, policy):
        verdict = (BROKEN, LAYOUT, "layout changed: " + "; ".join(problems))
    elif prev and prev["status"] == BROKEN and prev["cause"] == LAYOUT and not (
            run["listing_pages"] and (run["listed_known"] or run["new_articles"])):
        verdict = (BROKEN, LAYOUT, prev["message"])  # no article was reached: no evidence either way
    else:
        verdict = _freshness(profile, interval, active=active, now=now, policy=policy)
    status, cause, message = verdict
    changed = prev is None or (prev["status"], prev["cause"]) != (status, cause)
    return {
        "status": status, "cause": cause, "message": message, **figures,
        "since": now.replace(microsecond=0).isoformat() if changed else prev["since"],
        "checked": now.replace(microsecond=0).isoformat(),
    }


def _freshness(profile: dict[str, Any], interval: float | None, *, active: bool, now: datetime,
               policy: Policy) -> tuple[str, str | None, str | None]:
    age = _age_days(profile["last_published"] or profile["last_new"], now)
    limit = max(policy.stale_min_days, policy.stale_factor * (interval or 0))
    if active and age is not None and age > limit:
        usual = f"; usually one every {interval:g} days" if interval is not None else ""
        return STALE, NO_NEW_ARTICLES, f"newest article is {age:.0f} days old{usual}"
    return OK, None, None


def alert_for(prev: dict[str, Any] | None, new: dict[str, Any]) -> tuple[str, str | None, str] | None:
    """The alert a change of health deserves: (kind, cause, message), or None."""
    before, cause_before = (prev or {}).get("status"), (prev or {}).get("cause")
    if new["status"] == BROKEN and (before != BROKEN or cause_before != new["cause"]):
        return BROKEN_ALERT, new["cause"], new["message"]
    if before == BROKEN and new["status"] != BROKEN:
        return RECOVERED_ALERT, cause_before, f"recovered from {cause_before}; now {new['status']}"
    if new["status"] == STALE and before != STALE:
        return STALE_ALERT, new["cause"], new["message"]
    if before == STALE and new["status"] == OK:
        return RECOVERED_ALERT, cause_before, "new articles again"
    return None


def assess_run(db: Database, run_id: int, sources: Iterable[Any], policy: Policy | None = None,
               now: datetime | None = None) -> list[int]:
    """Assess every source of a finished run, save its health, and return new alert ids."""
    policy = policy or Policy()
    now = now or datetime.now(VN_TZ)
    started = store_ops.run_started(db, run_id)
    previous = store_ops.health_rows(db)
    rows, alerts = [], []
    for source in sources:
        run = store_ops.source_run(db, run_id, source.id)
        if run is None:
            continue
        prev = previous.get(source.id)
        active = source.active_until is None or source.active_until >= now.date()
        new = assess(prev, run, store_ops.article_profile(db, source.id, started), active=active,
                     now=now, policy=policy)
        rows.append({"source_id": source.id, "run_id": run_id, **new})
        alert = alert_for(prev, new)
        if alert:
            alerts.append(store_ops.add_alert(db, source.id, *alert, run_id=run_id))
    store_ops.save_health(db, rows)
    return alerts


def status_lines(db: Database) -> list[str]:
    """A table of source health, one line per source, for `unionwatch status`."""
    rows = store_ops.source_health(db)
    header = (f"{'source':<30} {'status':<7} {'cause':<16} {'last success':<19} "
              f"{'last new':<19} {'published':<10} {'every':>6} {'errors':>6}")
    lines = [header, "-" * len(header)]
    for r in rows:
        every = f"{r['interval_days']:g}d" if r["interval_days"] is not None else "-"
        lines.append(
            f"{r['source_id']:<30} {r['status']:<7} {(r['cause'] or '-'):<16} "
            f"{(r['last_success'] or '-')[:19]:<19} {(r['last_new'] or '-')[:19]:<19} "
            f"{(r['last_published'] or '-')[:10]:<10} {every:>6} {r['error_streak']:>6}"
        )
        if r["status"] in (BROKEN, STALE) and r["message"]:
            lines.append(f"{'':<30} {r['message']}")
    counts = {s: sum(r["status"] == s for r in rows) for s in (*STATUSES, NEW)}
    lines.append(f"{len(rows)} sources: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
    return lines
