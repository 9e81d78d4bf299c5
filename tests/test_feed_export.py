"""A full export reads every feed's state at once and splices items shared between feeds: what
it writes is what the live path builds feed by feed, byte for byte."""

from __future__ import annotations

import json

import nh3
import pytest

from crawler import store, store_feeds, store_pub
from crawler.extract import sanitize
from feeds import build
from feeds import export as export_module
from feeds.export import database_name, export
from feeds.specs import ALL, FORMATS, all_specs
from tests.publishing import HOSTILE_BODY

BASE = "http://feeds.example"


def feed_by_feed(db, limit: int) -> dict:
    """The old definition: one feed_ids and one feed_versions query per feed."""
    out = {}
    for spec in all_specs(db):
        if spec.kind != "alerts":
            ids = store_pub.feed_ids(db, spec.kind, spec.key or None, limit, {})
            out[(spec.kind, spec.key)] = store_pub.feed_versions(db, ids)
    return out


@pytest.mark.parametrize("limit", [50, 3])
def test_every_feeds_newest_articles_at_once_equal_feed_by_feed(published_db, limit):
    db = store.open_db(published_db)
    expected = feed_by_feed(db, limit)
    newest = store_feeds.newest_by_feed(db, limit)
    assert len(expected) > 20 and any(len(v) == limit for v in expected.values())
    assert {key: newest.get(key, []) for key in expected} == expected


def test_newest_articles_at_once_on_awkward_rows(fresh_db):
    """Equal dates (the id decides), no date (first seen), an old province merged into a new
    one, a unit tagged twice (two roles), a tag left by a deleted article."""
    db = fresh_db
    db["sources"].insert_all([
        {"id": "s1", "name": "Nguồn 1", "unit_level": "province", "province": "Sóc Trăng",
         "province_new": "Cần Thơ", "url": "http://a.vn/", "listing_urls": "[]"},
        {"id": "s2", "name": "Nguồn 2", "unit_level": "province", "province": "Cần Thơ",
         "province_new": "Cần Thơ", "url": "http://b.vn/", "listing_urls": "[]"},
    ])
    for i in range(12):
        store.save_article(db, {
            "url": f"http://a.vn/{i}", "source_id": "s1" if i % 3 else "s2", "title": f"Tin {i}", "text": "x",
            "published": None if i % 5 == 0 else f"2024-01-0{1 + i % 4}T08:00:00+07:00",
            "province": "Sóc Trăng" if i % 2 else "Cần Thơ",
        }, seen=f"2024-01-0{1 + i % 3}T09:00:00+07:00")
    db.execute("UPDATE articles SET province_new = 'Cần Thơ'")
    db.execute("UPDATE articles SET province_new = NULL WHERE url = 'http://a.vn/7'")
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY url")]
    db["units"].insert({"id": "u1", "name": "Công đoàn A", "level": "grassroots"})
    db["resolutions"].insert({"key": "02-NQ/TW@2021", "code": "02-NQ/TW", "slug": "02-NQ-TW-2021", "year": 2021})
    for n, aid in enumerate(ids[:9]):
        for role in ("publisher", "mentioned")[: 1 + n % 2]:
            db["article_units"].insert({"article_id": aid, "unit_id": "u1", "role": role, "name": "Công đoàn A"})
        db["article_resolutions"].insert({"article_id": aid, "resolution_key": "02-NQ/TW@2021", "code": "02-NQ/TW",
                                          "method": "code", "evidence": "02-NQ/TW"})
    db.execute("DELETE FROM articles WHERE id = ?", [ids[4]])
    db.conn.commit()
    for limit in (1, 4, 50):
        expected = feed_by_feed(db, limit)
        assert {key: store_feeds.newest_by_feed(db, limit).get(key, []) for key in expected} == expected
        assert {"resolution", "unit", "province", "source", "all"} <= {kind for kind, _ in expected}


@pytest.mark.parametrize(("workers", "batch"), [(1, export_module.BATCH), (2, export_module.BATCH), (1, 1), (1, 7)])
def test_export_writes_what_the_live_path_builds(published_db, tmp_path, workers, batch, monkeypatch):
    """Also with the items of runs of a few feeds built at once (``batch`` articles a run)."""
    monkeypatch.setattr(export_module, "BATCH", batch)
    db = store.open_db(published_db)
    done = export(db, tmp_path, BASE, workers=workers)
    manifest = json.loads((tmp_path / "feeds" / "validators.json").read_text(encoding="utf-8"))
    specs = all_specs(db)
    assert done.written == len(FORMATS) * len(specs) == len(FORMATS) * len(manifest)
    for spec in specs:
        _, versions, stamp = build.state(db, spec, 50)
        assert manifest[spec.path()] == build.validator(spec, BASE, 50, versions, stamp), spec.path()
        rendered = build.render_both(db, spec, BASE, 50, database_name(db))
        for fmt in FORMATS:
            assert (tmp_path / spec.path(fmt).lstrip("/")).read_bytes() == rendered.body(fmt), spec.path(fmt)


def test_spliced_bytes_equal_the_text_splice():
    """Feeds are spliced as UTF-8 bytes; the old definition spliced text and then encoded it."""
    from tests.test_feed_items import BASE as ITEM_BASE
    from tests.test_feed_items import CASES

    entries = [build._article_item(row, ITEM_BASE) for row in CASES.values()]
    fg = build._channel(ALL, ITEM_BASE)
    for fmt in FORMATS:
        build._links(fg, ITEM_BASE, ALL, fmt, "unionwatch")
        channel = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
        text = channel.decode("utf-8")
        at = text.rfind("</feed>" if fmt == "atom" else "</channel>")
        old = (text[:at] + "".join(build.entry_xml(e, fmt) for e in entries) + text[at:]).encode("utf-8")
        assert build._assemble(channel, entries, fmt) == old


@pytest.mark.parametrize("html", [
    HOSTILE_BODY,
    "<p onclick='x()'>Đoàn viên <a href='javascript:alert(1)'>x</a><!-- c --><style>p{}</style></p>",
    "<img src=x onerror=alert(1)><a href='http://a.vn/' target=_blank>liên kết</a><iframe src=//e></iframe>",
    "<table><tr><td colspan=2 style='x'>ô</td></tr></table><svg><script>1</script></svg>",
])
def test_the_built_cleaner_cleans_as_nh3_clean(html):
    reference = nh3.clean(html, tags=sanitize.ALLOWED_TAGS, attributes=sanitize.ALLOWED_ATTRIBUTES,
                          url_schemes={"http", "https"}, link_rel="noopener noreferrer nofollow",
                          strip_comments=True)
    assert sanitize.sanitize(html) == reference


def test_runs_of_feeds_keep_every_feed_in_order_within_the_batch_size(monkeypatch):
    monkeypatch.setattr(export_module, "BATCH", 10)
    jobs = [(str(n), None, [("a", "")] * size) for n, size in enumerate([3, 4, 0, 9, 12, 1, 1, 5])]
    runs = export_module._batches(jobs)
    assert [job for run in runs for job in run] == jobs
    assert [[job[0] for job in run] for run in runs] == [["0", "1", "2"], ["3"], ["4"], ["5", "6", "7"]]
    first_empty = [("alerts", None, []), *jobs[:2]]  # the alerts feed has no articles
    assert export_module._batches(first_empty) == [first_empty]


def test_a_file_is_replaced_whole_and_no_temporary_file_stays(tmp_path):
    target = tmp_path / "feeds" / "unit" / "u.rss"
    made: set[str] = set()
    export_module._write(target, b"<rss>old</rss>", made)
    big = "Đoàn viên".encode() * 100_000
    export_module._write(target, big, made)
    assert target.read_bytes() == big
    assert [p.name for p in target.parent.iterdir()] == ["u.rss"]
    assert made == {str(target.parent)}


def test_items_built_ahead_leave_out_an_article_deleted_meanwhile(published_db):
    db = store.open_db(published_db)
    versions = store_pub.feed_versions(db, [r[0] for r in db.execute("SELECT id FROM articles LIMIT 3")])
    cache: dict = {}
    build.prefetch(db, [*versions, ("0000000000000000", "")], BASE, cache)
    assert sorted(cache) == sorted((aid, changed, BASE) for aid, changed in versions)


def test_the_feed_catalog_reads_no_article_or_tag_row(published_db):
    """The catalog's scans of articles and tags read indexes alone: their rows hold text, and on
    a store not in memory, reading them was most of the export's reading before any feed was
    built (a unit's distinct articles were counted through idx_au_unit and the rows it points to)."""
    db = store.open_db(published_db)
    executed: list[str] = []
    db.conn.set_trace_callback(executed.append)
    catalog = store_pub.feed_catalog(db)
    db.conn.set_trace_callback(None)
    plans = [row[3] for sql in executed if sql.lstrip().upper().startswith("SELECT")
             for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()]
    scans = [line for line in plans if line.split()[:2] in (
        ["SCAN", "articles"], ["SCAN", "article_units"], ["SCAN", "article_resolutions"])]
    assert len(scans) >= 3 and all("COVERING INDEX" in line for line in scans), scans
    distinct = dict(db.execute("SELECT unit_id, count(DISTINCT article_id) FROM article_units GROUP BY unit_id"))
    assert {unit["key"]: unit["n"] for unit in catalog["unit"]} == {
        key: n for key, n in distinct.items() if key in {u["key"] for u in catalog["unit"]}}
    assert catalog["unit"] and any(n > 1 for n in distinct.values())
