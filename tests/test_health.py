"""Source health rules: streaks, layout signals, staleness, transitions and their alerts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from crawler import health, observe, store, store_ops
from crawler.dates import VN_TZ

NOW = datetime(2025, 11, 20, 3, 0, tzinfo=VN_TZ)
POLICY = health.Policy()


def run(**values) -> dict:
    row = {c: 0 for c in observe.COUNTERS}
    row.update(finished=NOW.isoformat(), requests=2, succeeded=1, failed=0, not_modified=1,
               error=None, fields_lost="{}", selector_misses="[]")
    row.update(values)
    return row


def profile(**values) -> dict:
    days = [(NOW - timedelta(days=3 * i)).date().isoformat() for i in range(10)]
    row = {"articles": 10, "before": 10, "with_date": 10, "with_author": 9,
           "last_new": NOW.isoformat(), "last_published": days[0], "recent_days": days}
    row.update(values)
    return row


def assess(prev=None, active=True, **kw):
    return health.assess(prev, kw.pop("run", run()), kw.pop("profile", profile()), active=active,
                         now=NOW, policy=POLICY)


@pytest.mark.parametrize(("days", "expected"), [
    (["2025-11-20", "2025-11-17", "2025-11-14", "2025-11-10"], 3.0),
    (["2025-11-20", "2025-11-20", "2025-11-13"], 3.5),
    (["2025-11-20", "2025-11-01"], None),
])
def test_typical_interval_is_the_median_gap(days, expected):
    assert health.typical_interval(days) == expected


def test_a_working_source_is_ok_with_its_figures():
    new = assess()
    assert (new["status"], new["cause"], new["error_streak"]) == ("ok", None, 0)
    assert new["interval_days"] == 3.0 and new["last_success"] == NOW.isoformat()


def test_a_source_that_never_answered_is_broken_at_once():
    new = assess(run=run(succeeded=0, failed=3, error="refused"))
    assert (new["status"], new["cause"], new["error_streak"]) == ("broken", "refused", 1)
    assert health.alert_for(None, new)[:2] == ("broken", "refused")


def test_a_working_source_breaks_after_two_failed_runs_and_recovers():
    ok = assess()
    once = assess(ok, run=run(succeeded=0, failed=1, error="timeout"))
    assert (once["status"], once["error_streak"]) == ("ok", 1)
    assert health.alert_for(ok, once) is None
    twice = assess(once, run=run(succeeded=0, failed=1, error="http_503"))
    assert (twice["status"], twice["cause"], twice["error_streak"]) == ("broken", "http_503", 2)
    assert health.alert_for(once, twice)[:2] == ("broken", "http_503")
    back = assess(twice)
    assert (back["status"], back["error_streak"]) == ("ok", 0)
    assert health.alert_for(twice, back)[:2] == ("recovered", "http_503")


@pytest.mark.parametrize(("values", "words"), [
    ({"listing_pages": 1, "listing_links": 0}, "no article links"),
    ({"listing_pages": 1, "listing_links": 7}, "none of the listing's 7 links leads to an article"),
    ({"listing_pages": 1, "listing_links": 5, "listed_known": 5,
      "selector_misses": json.dumps(["article_links", "body"])},
     "selectors match nothing: article_links, body"),
    ({"rechecked": 1, "articles": 1, "fields_lost": json.dumps({"published": 1})}, "lost published (1 of 1)"),
    ({"articles": 3, "not_articles": 3}, "no title or text on 3 of 3"),
    ({"articles": 3, "new_articles": 3, "new_no_date": 3}, "no date on 3 new articles (100%"),
])
def test_layout_signals_break_the_source_at_once(values, words):
    new = assess(assess(), run=run(**values))
    assert (new["status"], new["cause"]) == ("broken", "layout")
    assert words in new["message"]


def test_fields_missing_on_new_articles_need_a_history_that_had_them():
    thin = profile(articles=3, before=3, with_date=3)
    assert assess(run=run(articles=3, new_articles=3, new_no_date=3), profile=thin)["status"] == "ok"
    undated = profile(with_date=2)
    assert assess(run=run(articles=3, new_articles=3, new_no_date=3), profile=undated)["status"] == "ok"
    assert assess(run=run(articles=1, new_articles=1, new_no_date=1))["status"] == "ok"


def test_a_layout_break_lasts_until_pages_are_read_again():
    broken = assess(assess(), run=run(listing_pages=1, listing_links=0))
    unread = assess(broken, run=run(listing_pages=0))
    assert (unread["status"], unread["cause"], unread["since"]) == ("broken", "layout", broken["since"])
    assert health.alert_for(broken, unread) is None
    retried = assess(broken, run=run(listing_pages=1, listing_links=5, articles_failed=2))
    assert retried["status"] == "broken"  # pages that time out prove nothing either way
    read = assess(broken, run=run(listing_pages=1, listing_links=5, listed_known=5, articles=1, rechecked=1))
    assert read["status"] == "ok"


def test_staleness_follows_the_source_rhythm_and_skips_retired_sources():
    old = (NOW - timedelta(days=45)).date()
    days = [(old - timedelta(days=2 * i)).isoformat() for i in range(10)]
    quiet = profile(last_published=days[0], recent_days=days)
    stale = assess(assess(), profile=quiet)
    assert (stale["status"], stale["cause"]) == ("stale", "no_new_articles")
    assert "45 days old; usually one every 2 days" in stale["message"]
    assert health.alert_for(assess(), stale)[:2] == ("stale", "no_new_articles")
    assert assess(profile=quiet, active=False)["status"] == "ok"
    monthly = [(old - timedelta(days=30 * i)).isoformat() for i in range(10)]
    assert assess(profile=profile(last_published=monthly[0], recent_days=monthly))["status"] == "ok"


@dataclass(frozen=True)
class Src:
    id: str
    active_until: date | None = None


def test_assess_run_saves_health_and_alerts_only_on_change(fresh_db):
    db = fresh_db
    db["sources"].insert_all([
        {"id": s, "name": s, "unit_level": "province", "url": "http://x/", "listing_urls": "[]"}
        for s in ("a", "b")
    ])
    alerts = []
    for error in ("refused", "refused"):
        rid = store.start_run(db, "nightly", 2)
        store.record_fetch(db, run_id=rid, source_id="a", url="http://a/", kind="listing", outcome="ok", status=200)
        store.record_fetch(db, run_id=rid, source_id="b", url="http://b/", kind="listing", outcome=error)
        store_ops.record_source_runs(db, rid, {"a": run(listing_pages=1, listing_links=4, listed_known=4), "b": run()})
        store.finish_run(db, rid, "ok", store.run_counts(db, rid))
        alerts.append(health.assess_run(db, rid, [Src("a"), Src("b")], now=NOW))
    assert [len(a) for a in alerts] == [1, 0]
    rows = {r["source_id"]: r for r in store_ops.source_health(db)}
    assert (rows["a"]["status"], rows["b"]["status"], rows["b"]["cause"]) == ("ok", "broken", "refused")
    assert rows["b"]["error_streak"] == 2
    sent = store_ops.recent_alerts(db)
    assert [(a["source_id"], a["kind"], a["cause"]) for a in sent] == [("b", "broken", "refused")]
    lines = health.status_lines(db)
    assert lines[-1] == "2 sources: 1 ok, 1 broken"
    assert any(line.startswith("b ") and "broken" in line and "refused" in line for line in lines)
