"""New articles of a commit group are written at its commit in one statement: the same rows,
rowids and full-text entries as one by one, committed with the rest of the group or not at all."""

from __future__ import annotations

import sqlite3

import pytest

from crawler import store, store_commit, store_defer

SEEN = "2026-11-27T06:00:00+07:00"


def record(i: int, text: str = "") -> dict:
    return {"url": f"http://portal.example.vn/tin/{i}", "source_id": f"s{i % 3}", "title": f"Tin hoạt động số {i}",
            "text": text or f"Liên đoàn Lao động huyện tổ chức đại hội công đoàn cơ sở lần {i}. " * (1 + i % 4),
            "published": f"2025-0{1 + i % 9}-1{i % 10}", "author": None if i % 5 else "Minh Đức",
            "body_html": f"<p>Đoàn viên {i}</p>", "notes": None}


def write(db, records) -> list[str]:
    outcomes = []
    for i, r in enumerate(records):
        seen = f"{SEEN[:14]}{i % 60:02d}:00+07:00"
        store.record_fetch(db, run_id=None, source_id=r["source_id"], url=r["url"], kind="article", outcome="ok",
                           fetched_at=seen)
        outcomes.append(store.save_article(db, r, seen=seen))
        store.record_extraction(db, r["url"], "ok")
    return outcomes


def tables(path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
                for t in ("articles", "article_versions", "fetches")}


def searched(path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        return conn.execute("SELECT rowid, bm25(articles_fts, 5.0, 1.0, 1.0) FROM articles_fts "
                            "WHERE articles_fts MATCH ? ORDER BY rowid", [query]).fetchall()


def segments(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(DISTINCT segid) FROM articles_fts_idx").fetchone()[0]


RECORDS = [record(i) for i in range(40)]
# the same article again in the same group: once changed, once as it was; and one much later
RECORDS[12:12] = [record(3, "Văn bản đã sửa: Liên đoàn Lao động tỉnh."), record(5)]
RECORDS.append(record(7, "Bản tin đã sửa lại: Công đoàn cơ sở."))


def test_a_groups_new_articles_are_written_in_one_statement_at_its_commit(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    write(db, [record(i) for i in range(30)])
    assert not [s for s in statements if s.startswith('INSERT INTO "articles"') or "articles_fts" in s]
    assert len(tables(path)["articles"]) == 0
    store_commit.flush(db)
    db.conn.set_trace_callback(None)
    assert len({s for s in statements if s.startswith('INSERT INTO main."articles"')}) == 1
    assert len(tables(path)["articles"]) == 30
    assert segments(path) == 1  # one segment of the full-text index, not one per article


def test_the_rows_and_the_index_are_those_written_one_by_one(tmp_path):
    one, grouped = tmp_path / "one.db", tmp_path / "grouped.db"
    first = write(store.open_db(one), RECORDS)  # no group: each write committed by itself
    db = store.open_db(grouped)
    store_commit.group_commits(db, rows=7, seconds=3600)  # groups of 7 writes: held rows settle at odd points
    assert write(db, RECORDS) == first
    store_commit.flush(db)
    assert first.count(store.CHANGED) == 2 and first.count(store.UNCHANGED) == 1
    assert tables(grouped) == tables(one)
    for query in ('"lien" "doan"', '"dai" "hoi"', '"sua"', '"hoat"', '"cong" "doan"'):
        assert searched(grouped, query) == searched(one, query) != []


def test_every_commit_writes_the_held_rows_first(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    write(db, [record(i) for i in range(3)])
    with db.conn:  # another write of the store commits the open group
        db.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
    assert len(tables(path)["articles"]) == 3 and len(tables(path)["article_versions"]) == 3
    assert len(searched(path, '"lien"')) == 3
    write(db, [record(i) for i in range(3, 5)])
    db.conn.commit()
    assert len(tables(path)["articles"]) == 5 and len(searched(path, '"lien"')) == 5


def test_a_failed_commit_by_with_rolls_the_group_back(tmp_path, monkeypatch):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    write(db, [record(i) for i in range(3)])

    def broken(conn):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_defer, "settle_connection", broken)
    with pytest.raises(sqlite3.OperationalError), db.conn:
        db.execute("INSERT INTO meta (key, value) VALUES ('probe', '1')")
    monkeypatch.undo()
    assert not db.conn.in_transaction
    assert tables(path) == {"articles": [], "article_versions": [], "fetches": []}


def test_a_rolled_back_group_drops_its_held_rows_with_their_versions(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    write(db, [record(i) for i in range(3)])
    db.conn.rollback()  # the held rows' table, made in that transaction, is gone with it
    write(db, [record(i) for i in range(3, 5)])
    store_commit.flush(db)
    rows = tables(path)
    assert [r[0] for r in rows["articles"]] == [1, 2] and len(rows["article_versions"]) == 2
    assert [r[1] for r in rows["articles"]] == [store.article_id(record(i)["url"]) for i in (3, 4)]
    assert [r[0] for r in searched(path, '"lien"')] == [1, 2]


def test_an_article_that_cannot_be_stored_fails_at_its_save_and_the_group_goes_on(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    with db.conn:  # a stored row holding a URL under another id (as a clash of ids would)
        db.execute("INSERT INTO articles (id, url, source_id, title, text, content_hash, first_seen, last_seen, "
                   "last_changed) VALUES ('other', ?, 's1', 't', 'x', 'h', ?, ?, ?)", [record(1)["url"], SEEN, SEEN, SEEN])
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    write(db, [record(0)])
    with pytest.raises(sqlite3.IntegrityError, match="articles.url"):
        store.save_article(db, record(1))
    with pytest.raises(sqlite3.IntegrityError, match="articles.source_id"):
        store.save_article(db, {**record(2), "source_id": None})
    write(db, [record(3)])
    store_commit.flush(db)
    stored = {r[2] for r in tables(path)["articles"]}
    assert stored == {record(i)["url"] for i in (0, 1, 3)}
    assert len(tables(path)["article_versions"]) == 2


def test_only_plain_unique_columns_let_rows_wait(tmp_path):
    db = store.open_db(tmp_path / "u.db")
    with db.conn:
        db.execute("CREATE TABLE pair (a TEXT NOT NULL, b TEXT, UNIQUE (a, b))")
        db.execute("CREATE TABLE single (a TEXT NOT NULL DEFAULT 'x', b TEXT UNIQUE)")
    assert not store_defer.defer(db, "single", {"a": "1", "b": "2"})  # no group: written at once
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    assert not store_defer.defer(db, "pair", {"a": "1", "b": "2"})  # a unique pair is not checked here
    assert not store_defer.defer(db, "single", {"a": None, "b": "2"})
    assert not store_defer.defer(db, "single", {"c": "1"})
    assert store_defer.defer(db, "single", {"b": "2"})  # the NOT NULL column's default applies
    assert not store_defer.defer(db, "single", {"b": "2"})  # held already: settled, then met now
    assert db.execute("SELECT a, b FROM single").fetchall() == [("x", "2")]


def test_a_save_that_fails_after_its_row_is_held_drops_that_row_alone(tmp_path, monkeypatch):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=5, seconds=3600)
    version_row = store._version_row

    def failing(aid, version, rec, digest, seen):  # the version's write fails once the article is held
        if rec["url"].endswith(("/0", "/3", "/7")):
            raise RuntimeError("disk full")
        return version_row(aid, version, rec, digest, seen)

    monkeypatch.setattr(store, "_version_row", failing)
    for i in range(9):  # the first one fails where the held rows' table is made: it goes with it
        if i in (0, 3, 7):
            with pytest.raises(RuntimeError):
                store.save_article(db, record(i), seen=SEEN)
        else:
            assert store.save_article(db, record(i), seen=SEEN) == store.NEW
    monkeypatch.undo()
    assert store.save_article(db, record(3), seen=SEEN) == store.NEW  # fetched again later: stored
    store_commit.flush(db)
    kept = [store.article_id(record(i)["url"]) for i in (1, 2, 4, 5, 6, 8, 3)]
    rows = tables(path)
    assert [r[1] for r in rows["articles"]] == kept
    assert [r[2] for r in rows["article_versions"]] == kept
    assert [r[0] for r in searched(path, '"hoat"')] == [r[0] for r in rows["articles"]]


def test_a_reader_of_the_file_sees_each_group_whole_or_not_at_all(tmp_path):
    path = tmp_path / "u.db"
    db = store.open_db(path)
    store_commit.group_commits(db, rows=7, seconds=3600)
    reader = sqlite3.connect(path)  # another connection to the file, as Datasette's
    counts: list[int] = []

    def read() -> None:
        articles, edits = reader.execute("SELECT count(*), coalesce(sum(version), 0) FROM articles").fetchone()
        indexed = reader.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"hoat\"'").fetchone()
        versions = reader.execute("SELECT count(*), count(DISTINCT article_id) FROM article_versions").fetchone()
        assert (articles, edits) == (indexed[0], versions[0]) == (versions[1], versions[0])
        counts.append(articles)

    for i, r in enumerate(RECORDS):
        store.save_article(db, r, seen=f"{SEEN[:14]}{i % 60:02d}:00+07:00")
        read()
    store_commit.flush(db)
    read()
    reader.close()
    assert counts[-1] == 40 and len(set(counts)) > 3  # committed in several groups, each seen whole


def test_a_new_articles_id_is_looked_for_once_in_the_table_and_once_among_the_held(tmp_path):
    """save_article looks the id up among the held rows, then in the table; the held row's own
    checks then skip the id (not the url), and the group's store is the same as before."""
    db = store.open_db(tmp_path / "u.db")
    store_commit.group_commits(db, rows=10_000, seconds=3600)
    write(db, RECORDS[:3])  # the held table exists from here on
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    write(db, [RECORDS[3]])
    db.conn.set_trace_callback(None)
    by_id = [s for s in statements if s.startswith("SELECT") and ('"id" =' in s or " id = " in s)]
    assert [s for s in by_id if "temp." in s] == [
        'SELECT 1 FROM temp."uw_held_articles" WHERE "id" = \'' + store.article_id(RECORDS[3]["url"]) + "'"]
    assert [s for s in by_id if "temp." not in s and "articles" in s and "fetches" not in s] == [
        "SELECT content_hash, version FROM articles WHERE id = '" + store.article_id(RECORDS[3]["url"]) + "'"]
    by_url = [s for s in statements if s.startswith("SELECT 1") and '"url" =' in s]
    assert len(by_url) == 2  # the table's and the held rows'
    write(db, RECORDS[4:])
    store_commit.flush(db)
    db.conn.close()
    other = tmp_path / "one.db"
    db = store.open_db(other)  # one write at a time, in the same calls
    for part in (RECORDS[:3], [RECORDS[3]], RECORDS[4:]):
        write(db, part)
    db.conn.close()
    assert tables(tmp_path / "u.db") == tables(other)
