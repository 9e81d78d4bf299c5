"""`unionwatch nightly` night after night on the sample web: an unchanged night costs at most two
requests per source, new and edited articles are stored exactly, a layout change breaks the
source with its cause and an alert (mailed and posted), and restoring the layout recovers it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest

from crawler.dates import VN_TZ
from crawler.lock import run_lock
from crawler.sampleweb import SampleWeb
from crawler.store import article_id
from crawler.urls import canonicalize
from tests.conftest import run_cli
from tests.receivers import SmtpSink, WebhookReceiver

# The sample web's pages print "today" in their header; a fixed day keeps their ETags stable.
TODAY = date(2025, 11, 1)
# Joomla's second-generation markup hides the publication date from the extractor.
LAYOUT_SOURCE = "ldld-can-tho--thoi-lai"
EDIT_SOURCE = "ldld-nghe-an"


@dataclass
class Story:
    db: str
    web: SampleWeb
    runs: dict[str, object] = field(default_factory=dict)
    status: dict[str, dict[str, dict]] = field(default_factory=dict)
    table: dict[str, str] = field(default_factory=dict)
    registry: str = ""
    recent: dict = field(default_factory=dict)
    added: dict = field(default_factory=dict)
    edited: dict = field(default_factory=dict)
    smtp: SmtpSink | None = None
    hook: WebhookReceiver | None = None


def rows(db: str, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def status_of(db: str) -> dict[str, dict]:
    result = run_cli("status", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    return {r["source_id"]: r for r in map(json.loads, result.stdout.splitlines())}


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("nightly")
    web = SampleWeb(slow_delay=0.05, today=TODAY).start()
    with SmtpSink() as smtp, WebhookReceiver() as hook:
        told = Story(db=str(tmp / "unionwatch.db"), web=web, smtp=smtp, hook=hook)
        told.recent = web.add_article(
            EDIT_SOURCE, title="Công đoàn tỉnh Nghệ An thăm hỏi công nhân khó khăn",
            body="Ban Thường vụ Liên đoàn Lao động tỉnh Nghệ An đã đến thăm 20 công nhân.",
            published=datetime.now(VN_TZ).replace(microsecond=0) - timedelta(days=2),
        )
        registry = tmp / "sampleweb.toml"
        registry.write_text(web.registry_toml(), encoding="utf-8")
        told.registry = str(registry)
        env = {
            "UNIONWATCH_SMTP_HOST": "127.0.0.1", "UNIONWATCH_SMTP_PORT": str(smtp.port),
            "UNIONWATCH_MAIL_TO": "ops@example.org, research@example.org",
            "UNIONWATCH_WEBHOOK_URL": hook.url,
        }

        def night(name: str) -> None:
            told.runs[name] = run_cli(
                "nightly", "--registry", str(registry), "--db", told.db, "--delay", "0",
                "--feeds-dir", str(tmp / "site"), env=env,
            )
            told.status[name] = status_of(told.db)
            told.table[name] = run_cli("status", "--db", told.db).stdout

        night("first")
        night("second")
        told.added = web.add_article(
            LAYOUT_SOURCE, title="LĐLĐ huyện Thới Lai tổ chức Hội nghị tổng kết",
            body="Sáng nay, Liên đoàn Lao động huyện Thới Lai tổ chức Hội nghị tổng kết năm.",
        )
        told.edited = web.edit_article(
            told.recent["url"], title="Công đoàn tỉnh Nghệ An thăm hỏi 20 công nhân khó khăn",
            body="Ban Thường vụ Liên đoàn Lao động tỉnh Nghệ An đã đến thăm và tặng quà 20 công nhân.",
        )
        night("third")
        web.set_layout(LAYOUT_SOURCE, "v2")
        night("relaid")
        web.set_layout(LAYOUT_SOURCE, "v1")
        night("restored")
        yield told
    web.stop()


def run_id(story: Story, name: str) -> int:
    return list(story.runs).index(name) + 1


def working(story: Story) -> list[str]:
    return [p.id for p in story.web.portals if p.kind != "broken"]


def test_every_night_succeeds_and_records_its_run(story):
    for name, result in story.runs.items():
        assert result.returncode == 0, f"{name}: {result.stderr}"
        assert result.stdout.startswith(f"nightly run {run_id(story, name)}:"), result.stdout
        assert result.stdout.splitlines()[1].startswith("  full-text index: "), result.stdout
    # After each night's tagging the full-text index is left in one segment.
    assert rows(story.db, "SELECT count(DISTINCT segid) FROM articles_fts_idx") == [(1,)]
    runs = rows(story.db, "SELECT id, status, mode, requests, new, changed, failed, duration FROM crawl_runs ORDER BY id")
    assert [r[:3] for r in runs] == [(i, "ok", "nightly") for i in range(1, 6)]
    for rid, _, _, requests, _, _, failed, duration in runs:
        fetched = rows(story.db, "SELECT count(*), sum(outcome NOT IN ('ok', 'not_modified')) FROM fetches WHERE run_id = ?", [rid])
        assert fetched == [(requests, failed)]
        assert duration is not None and duration >= 0
    assert runs[0][4] >= 90  # the first night stores the whole sample web


def test_unchanged_night_costs_at_most_two_requests_per_source(story):
    second = run_id(story, "second")
    per_source = dict(rows(story.db, "SELECT source_id, count(*) FROM fetches WHERE run_id = ? GROUP BY 1", [second]))
    for source_id in working(story):
        assert 1 <= per_source.get(source_id, 0) <= 2, (source_id, per_source)
    listings = rows(story.db, "SELECT DISTINCT outcome FROM fetches WHERE run_id = ? AND kind = 'listing' AND source_id != 'ldld-lai-chau'", [second])
    assert listings == [("not_modified",)]
    assert rows(story.db, "SELECT new, changed FROM crawl_runs WHERE id = ?", [second]) == [(0, 0)]


def test_third_night_stores_exactly_the_new_and_the_edited_article(story):
    third = run_id(story, "third")
    started = rows(story.db, "SELECT started FROM crawl_runs WHERE id = ?", [third])[0][0]
    written = rows(story.db, "SELECT article_id, version FROM article_versions WHERE fetched_at >= ? AND fetched_at <= (SELECT finished FROM crawl_runs WHERE id = ?) ORDER BY version", [started, third])
    added = article_id(canonicalize(story.added["url"]))
    edited = article_id(canonicalize(story.edited["url"]))
    assert written == [(added, 1), (edited, 2)]
    assert rows(story.db, "SELECT new, changed FROM crawl_runs WHERE id = ?", [third]) == [(1, 1)]
    versions = rows(story.db, "SELECT version, title FROM article_versions WHERE article_id = ? ORDER BY version", [edited])
    assert versions == [(1, story.recent["title"]), (2, story.edited["title"])]
    assert rows(story.db, "SELECT title, version FROM articles WHERE id = ?", [edited]) == [(story.edited["title"], 2)]


def test_layout_change_breaks_the_source_with_its_cause_and_an_alert(story):
    health = story.status["relaid"][LAYOUT_SOURCE]
    assert (health["status"], health["cause"]) == ("broken", "layout")
    assert "date" in health["message"] or "published" in health["message"]
    alerts = rows(story.db, "SELECT kind, cause, run_id FROM alerts WHERE source_id = ? ORDER BY id", [LAYOUT_SOURCE])
    assert ("broken", "layout", run_id(story, "relaid")) in alerts
    others = {k: v["status"] for k, v in story.status["relaid"].items() if k != LAYOUT_SOURCE}
    assert others == {k: v["status"] for k, v in story.status["third"].items() if k != LAYOUT_SOURCE}
    # the degraded page did not overwrite what was stored
    added = article_id(canonicalize(story.added["url"]))
    assert rows(story.db, "SELECT published IS NOT NULL, version FROM articles WHERE id = ?", [added]) == [(1, 1)]
    table = story.table["relaid"].splitlines()
    at = next(i for i, ln in enumerate(table) if ln.startswith(LAYOUT_SOURCE))
    assert table[at].split()[1:3] == ["broken", "layout"]
    assert table[at + 1].strip().startswith("layout changed:")


def test_restoring_the_layout_recovers_the_source(story):
    health = story.status["restored"][LAYOUT_SOURCE]
    assert (health["status"], health["cause"]) == ("ok", None)
    kinds = [r[0] for r in rows(story.db, "SELECT kind FROM alerts WHERE source_id = ? ORDER BY id", [LAYOUT_SOURCE])]
    assert kinds[-2:] == ["broken", "recovered"]
    assert story.status["restored"][EDIT_SOURCE]["status"] == "ok"


def test_alerts_are_mailed_and_posted_once(story):
    alerts = rows(story.db, "SELECT id, source_id, kind, mailed IS NOT NULL, posted IS NOT NULL FROM alerts ORDER BY id")
    assert alerts and all(r[3] and r[4] for r in alerts)
    mails = story.smtp.messages
    assert all(r == ["ops@example.org", "research@example.org"] for r in story.smtp.recipients)
    mailed_text = "\n".join(m.get_content() for m in mails)
    assert f"BROKEN [layout]  {LAYOUT_SOURCE}" in mailed_text
    assert f"RECOVERED [layout]  {LAYOUT_SOURCE}" in mailed_text
    assert any(m["Subject"] == "UnionWatch: 1 broken" for m in mails)
    posted = [a for body in story.hook.received for a in body["json"]["alerts"]]
    assert sorted(a["id"] for a in posted) == [r[0] for r in alerts]  # each alert exactly once
    assert all(b["content_type"].startswith("application/json") for b in story.hook.received)
    relaid = [a for a in posted if a["source_id"] == LAYOUT_SOURCE and a["kind"] == "broken"]
    assert relaid and relaid[0]["cause"] == "layout" and relaid[0]["source_name"]


def test_a_second_start_is_refused_with_one_line(story):
    with run_lock(story.db):
        result = run_cli("nightly", "--registry", story.registry, "--db", story.db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("unionwatch: another run is in progress"), lines
